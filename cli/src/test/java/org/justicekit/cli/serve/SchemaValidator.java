package org.justicekit.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON value against a schema of an OpenAPI 3.1 document: the subset the document
 * uses ({@code $ref} to components, {@code type} as a name or a list, {@code properties},
 * {@code required}, {@code additionalProperties: false}, {@code items}, {@code enum},
 * {@code oneOf}, {@code minimum}, {@code maximum}). A keyword outside the subset fails the
 * check, so the document cannot quietly outgrow the validator.
 */
final class SchemaValidator {
  private static final List<String> KNOWN = List.of("$ref", "type", "properties", "required",
      "additionalProperties", "items", "enum", "oneOf", "minimum", "maximum", "description",
      "examples", "default", "format");

  private final JsonNode document;

  SchemaValidator(JsonNode document) {
    this.document = document;
  }

  /** The problems found, each with its JSON path; empty when the value conforms. */
  List<String> validate(JsonNode value, JsonNode schema) {
    List<String> problems = new ArrayList<>();
    check(value, schema, "$", problems);
    return problems;
  }

  /** The schema of a response: path, method, status, as the document gives it. */
  JsonNode responseSchema(String path, String method, int status) {
    JsonNode response = document.path("paths").path(path).path(method)
        .path("responses").path(String.valueOf(status));
    if (response.isMissingNode()) {
      throw new AssertionError("the document has no " + status + " response for " + method + " "
          + path);
    }
    return resolve(response).path("content").path("application/json").path("schema");
  }

  /** The schema of a named component response (e.g. NotFound, for paths not in the document). */
  JsonNode componentResponseSchema(String name) {
    return document.path("components").path("responses").path(name)
        .path("content").path("application/json").path("schema");
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode ref = node.get("$ref");
    if (ref == null) {
      return node;
    }
    String prefix = "#/";
    if (!ref.asText().startsWith(prefix)) {
      throw new AssertionError("only local references are supported: " + ref);
    }
    JsonNode target = document;
    for (String part : ref.asText().substring(prefix.length()).split("/")) {
      target = target.path(part);
    }
    if (target.isMissingNode()) {
      throw new AssertionError("dangling reference " + ref);
    }
    return resolve(target);
  }

  private void check(JsonNode value, JsonNode schemaNode, String at, List<String> problems) {
    if (schemaNode.isMissingNode()) {
      throw new AssertionError("no schema at " + at);
    }
    JsonNode schema = resolve(schemaNode);
    for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
      String keyword = it.next();
      if (!KNOWN.contains(keyword)) {
        throw new AssertionError("schema keyword '" + keyword + "' is outside the validator's subset");
      }
    }
    if (schema.has("type") && !typeMatches(value, schema.get("type"))) {
      problems.add(at + ": expected type " + schema.get("type") + ", was " + value.getNodeType());
      return;
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode allowed : schema.get("enum")) {
        found |= allowed.equals(value);
      }
      if (!found) {
        problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
      }
    }
    if (schema.has("minimum") && value.isNumber()
        && value.doubleValue() < schema.get("minimum").doubleValue()) {
      problems.add(at + ": " + value + " is below " + schema.get("minimum"));
    }
    if (schema.has("maximum") && value.isNumber()
        && value.doubleValue() > schema.get("maximum").doubleValue()) {
      problems.add(at + ": " + value + " is above " + schema.get("maximum"));
    }
    if (schema.has("oneOf")) {
      int matches = 0;
      List<String> why = new ArrayList<>();
      for (JsonNode option : schema.get("oneOf")) {
        List<String> p = new ArrayList<>();
        check(value, option, at, p);
        if (p.isEmpty()) {
          matches++;
        } else {
          why.addAll(p);
        }
      }
      if (matches != 1) {
        problems.add(at + ": matches " + matches + " of the oneOf schemas, not exactly one " + why);
      }
    }
    if (value.isObject()) {
      for (JsonNode name : schema.path("required")) {
        if (!value.has(name.asText())) {
          problems.add(at + ": missing required property '" + name.asText() + "'");
        }
      }
      JsonNode properties = schema.path("properties");
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        JsonNode property = properties.get(field.getKey());
        if (property != null) {
          check(field.getValue(), property, at + "." + field.getKey(), problems);
        } else if (schema.path("additionalProperties").isBoolean()
            && !schema.get("additionalProperties").booleanValue()) {
          problems.add(at + ": property '" + field.getKey() + "' is not allowed");
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(value.get(i), schema.get("items"), at + "[" + i + "]", problems);
      }
    }
  }

  private static boolean typeMatches(JsonNode value, JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeMatches(value, t)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> throw new AssertionError("unknown type " + type);
    };
  }
}
