package org.justicekit.officials.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Small null-safe readers over Jackson trees, for the providers' parsers. */
public final class Json {
  private Json() {}

  /** The field as trimmed text, or null if it is missing, null, not a scalar, or blank. */
  public static @Nullable String text(@Nullable JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /** The non-blank strings of an array field; empty if the field is missing or not an array. */
  public static List<String> texts(@Nullable JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : array(node, field)) {
      if (v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
        out.add(v.asText().strip());
      }
    }
    return out;
  }

  /** The elements of an array field; empty if the field is missing or not an array. */
  public static List<JsonNode> array(@Nullable JsonNode node, String field) {
    List<JsonNode> out = new ArrayList<>();
    if (node != null) {
      JsonNode v = node.get(field);
      if (v != null && v.isArray()) {
        v.forEach(out::add);
      }
    }
    return out;
  }

  /**
   * A date field's day, from {@code 2024-12-01}, {@code 2024-12-01 00:00:00} or an ISO date-time;
   * null if the field is missing or not a date.
   */
  public static java.time.@Nullable LocalDate date(@Nullable JsonNode node, String field) {
    String s = text(node, field);
    if (s == null || s.length() < 10) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(s.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
