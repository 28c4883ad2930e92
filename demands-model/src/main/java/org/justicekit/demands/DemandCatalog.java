package org.justicekit.demands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A versioned set of demands: the {@link #standard() standard nine} or a campaign's own.
 *
 * <p>Catalogs are JSON documents of this shape (schema version 1):
 *
 * <pre>{@code
 * {"schemaVersion": 1, "name": "my-campaign", "version": "2026.1",
 *  "officeTypes": ["SHERIFF"],
 *  "demands": [{"id": "end-287g", "officeType": "SHERIFF", "title": "...",
 *               "summary": "...", "rationale": "...", "asks": ["..."]}]}
 * }</pre>
 *
 * <p>{@code officeTypes} declares offices beyond the built-in {@code MAYOR} and {@code
 * PROSECUTOR}. Unknown properties are ignored, so newer catalogs load in older readers as long
 * as the schema version is known. A bad catalog fails with a {@link CatalogException} that names
 * the source, the field and the problem.
 *
 * <p>Immutable and thread-safe: load once and share, safe as {@code static final}.
 */
public final class DemandCatalog {
  /** The catalog schema version this library reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  private static final String STANDARD_RESOURCE = "standard-catalog.json";

  private final String name;
  private final String version;
  private final Set<OfficeType> officeTypes;
  private final Map<String, Demand> demands;

  private DemandCatalog(
      String name, String version, Set<OfficeType> officeTypes, Map<String, Demand> demands) {
    this.name = name;
    this.version = version;
    this.officeTypes = Set.copyOf(officeTypes);
    this.demands = demands;
  }

  /** The nine standard demands: three of mayors and six of prosecutors. */
  public static DemandCatalog standard() {
    return Standard.INSTANCE;
  }

  /**
   * Builds a catalog from demands already in memory.
   *
   * @throws CatalogException if two demands share an id
   */
  public static DemandCatalog of(String name, String version, List<Demand> demands) {
    Checks.nonBlank(name, "name");
    Checks.nonBlank(version, "version");
    Map<String, Demand> byId = new LinkedHashMap<>();
    Set<OfficeType> offices = new LinkedHashSet<>();
    for (Demand demand : demands) {
      if (byId.putIfAbsent(demand.id(), demand) != null) {
        throw new CatalogException(name, "demands", "duplicate demand id '" + demand.id() + "'",
            null);
      }
      offices.add(demand.officeType());
    }
    return new DemandCatalog(name, version, offices, java.util.Collections.unmodifiableMap(byId));
  }

  /**
   * Reads a catalog from a JSON file.
   *
   * @throws CatalogException if the file is missing, unreadable, not UTF-8 or not a valid catalog
   */
  public static DemandCatalog fromPath(Path path) {
    Objects.requireNonNull(path, "path");
    String source = path.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new CatalogException(source, null, "file not found", e);
    } catch (IOException e) {
      throw new CatalogException(source, null, "cannot read file: " + e.getMessage(), e);
    }
    return fromJson(source, decode(source, bytes));
  }

  /**
   * Reads a catalog from a UTF-8 JSON stream; the stream is read fully but not closed.
   *
   * @param source a name for error messages, such as a file name or URL
   */
  public static DemandCatalog fromJson(String source, InputStream json) {
    try {
      return fromJson(source, decode(source, json.readAllBytes()));
    } catch (IOException e) {
      throw new CatalogException(source, null, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a catalog from JSON text.
   *
   * @param source a name for error messages, such as a file name or URL
   * @throws CatalogException naming the source, the field and the problem
   */
  public static DemandCatalog fromJson(String source, String json) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(json, "json");
    if (json.isBlank()) {
      throw new CatalogException(source, null, "the document is empty", null);
    }
    JsonNode root;
    try {
      root = ModelJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new CatalogException(source, null, "malformed JSON at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
          + ": " + e.getOriginalMessage(), e);
    }
    return new Reader(source).catalog(root);
  }

  private static String decode(String source, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CatalogException(source, null, "not valid UTF-8 text", e);
    }
  }

  /** The catalog's name, e.g. {@code justicekit-standard}. */
  public String name() {
    return name;
  }

  /** The catalog's own version, e.g. {@code 2026.11}. */
  public String version() {
    return version;
  }

  /** The office types this catalog makes demands of. */
  public Set<OfficeType> officeTypes() {
    return officeTypes;
  }

  /** All demands, in catalog order. */
  public List<Demand> demands() {
    return List.copyOf(demands.values());
  }

  /** The demands of one office, in catalog order; empty if the catalog has none for it. */
  public List<Demand> demands(OfficeType officeType) {
    Objects.requireNonNull(officeType, "officeType");
    return demands.values().stream().filter(d -> d.officeType().equals(officeType)).toList();
  }

  /** The demand with this id, if the catalog has it. */
  public Optional<Demand> find(String id) {
    return Optional.ofNullable(demands.get(id));
  }

  /**
   * The demand with this id.
   *
   * @throws IllegalArgumentException naming the known ids if there is none
   */
  public Demand demand(String id) {
    Demand demand = demands.get(id);
    if (demand == null) {
      throw new IllegalArgumentException(
          "unknown demand id '" + id + "'; known ids: " + String.join(", ", demands.keySet()));
    }
    return demand;
  }

  /** This catalog as JSON in the schema {@link #fromJson(String, String)} reads. */
  public String toJson() {
    ObjectNode root = ModelJson.mapper().createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("name", name);
    root.put("version", version);
    ArrayNode custom = root.putArray("officeTypes");
    officeTypes.stream().filter(o -> !o.isBuiltIn()).sorted().forEach(o -> custom.add(o.name()));
    ArrayNode list = root.putArray("demands");
    for (Demand demand : demands.values()) {
      list.add(ModelJson.mapper().valueToTree(demand));
    }
    try {
      return ModelJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DemandCatalog other
        && other.name.equals(name)
        && other.version.equals(version)
        && other.demands().equals(demands());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, version, demands());
  }

  @Override
  public String toString() {
    return "DemandCatalog[" + name + " " + version + ", " + demands.size() + " demands]";
  }

  /** Reads one catalog document, keeping the source for error messages. */
  private static final class Reader {
    private final String source;

    Reader(String source) {
      this.source = source;
    }

    DemandCatalog catalog(JsonNode root) {
      if (!root.isObject()) {
        throw fail(null, "the document must be a JSON object, found " + kind(root));
      }
      JsonNode schema = root.get("schemaVersion");
      if (schema == null) {
        throw fail("schemaVersion", "missing; this library reads schema version "
            + SCHEMA_VERSION);
      }
      if (!schema.isInt() || schema.intValue() != SCHEMA_VERSION) {
        throw fail("schemaVersion", "unknown schema version " + schema
            + "; this library reads schema version " + SCHEMA_VERSION);
      }
      String name = text(root, "name", "name");
      String version = text(root, "version", "version");
      Set<OfficeType> known = new LinkedHashSet<>(List.of(OfficeType.MAYOR, OfficeType.PROSECUTOR));
      JsonNode declared = root.get("officeTypes");
      if (declared != null && !declared.isNull()) {
        if (!declared.isArray()) {
          throw fail("officeTypes", "must be an array of names, found " + kind(declared));
        }
        for (int i = 0; i < declared.size(); i++) {
          known.add(officeType(declared.get(i), "officeTypes[" + i + "]", null));
        }
      }
      JsonNode list = root.get("demands");
      if (list == null || !list.isArray()) {
        throw fail("demands", list == null ? "missing" : "must be an array, found " + kind(list));
      }
      if (list.isEmpty()) {
        throw fail("demands", "a catalog needs at least one demand");
      }
      List<Demand> demands = new ArrayList<>();
      Set<String> ids = new LinkedHashSet<>();
      for (int i = 0; i < list.size(); i++) {
        String at = "demands[" + i + "]";
        JsonNode node = list.get(i);
        if (!node.isObject()) {
          throw fail(at, "must be an object, found " + kind(node));
        }
        String id = text(node, "id", at + ".id");
        if (!ids.add(id)) {
          throw fail(at + ".id", "duplicate demand id '" + id + "'");
        }
        OfficeType office = officeType(node.get("officeType"), at + ".officeType", known);
        String title = text(node, "title", at + ".title");
        String summary = text(node, "summary", at + ".summary");
        String rationale = text(node, "rationale", at + ".rationale");
        List<String> asks = new ArrayList<>();
        JsonNode askNode = node.get("asks");
        if (askNode != null && !askNode.isNull()) {
          if (!askNode.isArray()) {
            throw fail(at + ".asks", "must be an array of strings, found " + kind(askNode));
          }
          for (int j = 0; j < askNode.size(); j++) {
            asks.add(text(askNode.get(j), at + ".asks[" + j + "]"));
          }
        }
        try {
          demands.add(new Demand(id, office, title, summary, rationale, asks));
        } catch (IllegalArgumentException e) {
          throw fail(at, e.getMessage());
        }
      }
      return of(name, version, demands);
    }

    private OfficeType officeType(@Nullable JsonNode node, String at, @Nullable Set<OfficeType> known) {
      String value = text(node, at);
      OfficeType type;
      try {
        type = OfficeType.of(value);
      } catch (IllegalArgumentException e) {
        throw fail(at, e.getMessage());
      }
      if (known != null && !known.contains(type)) {
        throw fail(at, "unknown office type '" + value + "'; known: " + known
            + " (declare custom offices in \"officeTypes\")");
      }
      return type;
    }

    private String text(JsonNode parent, String property, String at) {
      return text(parent.get(property), at);
    }

    private String text(@Nullable JsonNode node, String at) {
      if (node == null || node.isNull()) {
        throw fail(at, "missing");
      }
      if (!node.isTextual()) {
        throw fail(at, "must be a string, found " + kind(node));
      }
      if (node.textValue().isBlank()) {
        throw fail(at, "must not be blank");
      }
      return node.textValue();
    }

    private CatalogException fail(@Nullable String field, String problem) {
      return new CatalogException(source, field, problem, null);
    }

    private static String kind(JsonNode node) {
      return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Holder for the lazily loaded standard catalog. */
  private static final class Standard {
    static final DemandCatalog INSTANCE = load();

    private static DemandCatalog load() {
      try (InputStream in = DemandCatalog.class.getResourceAsStream(STANDARD_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled " + STANDARD_RESOURCE + " is missing");
        }
        return fromJson("classpath:" + STANDARD_RESOURCE, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
