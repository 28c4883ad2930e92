package org.justicekit.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The data that drives the scorer: the shared lexicon (negations, action verbs with their
 * direction, evaluations, hedges, conditions, exceptions, attribution cues, clause breaks) and,
 * per demand, its topic phrases with their reform direction, demand-specific action verbs and
 * hedges. {@link #standard()} covers the standard catalog; a custom catalog brings its own
 * rules in the same JSON schema (documented in {@code platform-scoring/RULES.md}; see
 * {@code standard-rules.json} in this package).
 *
 * <p>Immutable and thread-safe. Rules are checked when a {@link PlatformScorer} is built; a
 * problem fails there with a {@link RulesException}.
 */
public final class ScoringRules {
  /** The rules schema version this library reads. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  final String source;
  final String catalogName;
  final Lexicon global;
  final Map<String, DemandRules> demands;

  private ScoringRules(String source, String catalogName, Lexicon global,
      Map<String, DemandRules> demands) {
    this.source = source;
    this.catalogName = catalogName;
    this.global = global;
    this.demands = demands;
  }

  /** The rules for the standard catalog's nine demands. */
  public static ScoringRules standard() {
    return Standard.INSTANCE;
  }

  /**
   * Reads rules from a JSON file.
   *
   * @throws RulesException if the file cannot be read or the rules are malformed
   */
  public static ScoringRules fromPath(Path path) {
    try {
      return fromJson(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new RulesException(path.toString(), "cannot read file: " + e.getMessage(), e);
    }
  }

  /**
   * Reads rules from JSON text.
   *
   * @param source a name for error messages
   * @throws RulesException naming the source, the place and the problem
   */
  public static ScoringRules fromJson(String source, String json) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(json, "json");
    if (json.isBlank()) {
      throw new RulesException(source, "the document is empty");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new RulesException(source, "malformed JSON at line " + e.getLocation().getLineNr()
          + ": " + e.getOriginalMessage(), e);
    }
    Parser p = new Parser(source);
    if (!root.isObject()) {
      throw p.fail("", "the document must be a JSON object");
    }
    JsonNode version = root.get("schemaVersion");
    if (version == null || !version.isInt() || version.intValue() != SCHEMA_VERSION) {
      throw p.fail("schemaVersion", "unknown schema version " + version + "; expected "
          + SCHEMA_VERSION);
    }
    String catalog = p.text(root, "catalog");
    Lexicon global = p.lexicon(p.object(root, "global"), "global");
    JsonNode demandsNode = p.object(root, "demands");
    Map<String, DemandRules> demands = new LinkedHashMap<>();
    for (var entry : demandsNode.properties()) {
      String at = "demands." + entry.getKey();
      JsonNode d = entry.getValue();
      if (!d.isObject()) {
        throw p.fail(at, "must be an object");
      }
      List<Topic> topics = new ArrayList<>();
      JsonNode topicsNode = d.get("topics");
      if (topicsNode == null || !topicsNode.isArray() || topicsNode.isEmpty()) {
        throw p.fail(at + ".topics", "a demand needs at least one topic group");
      }
      for (int i = 0; i < topicsNode.size(); i++) {
        JsonNode t = topicsNode.get(i);
        String tat = at + ".topics[" + i + "]";
        String polarity = p.text(t, "polarity", tat);
        int sign = switch (polarity) {
          case "reform" -> 1;
          case "status-quo" -> -1;
          case "neutral" -> 0;
          default -> throw p.fail(tat + ".polarity",
              "must be reform, status-quo or neutral, was '" + polarity + "'");
        };
        topics.add(new Topic(sign, p.phrases(t, "phrases", tat, true),
            p.phrases(t, "requiresAny", tat, false)));
      }
      demands.put(entry.getKey(), new DemandRules(topics,
          p.lexicon(d.has("lexicon") ? d.get("lexicon") : MAPPER.createObjectNode(), at + ".lexicon"),
          p.phrases(d, "ignoreHedges", at, false)));
    }
    return new ScoringRules(source, catalog, global, demands);
  }

  /** Where these rules came from. */
  public String source() {
    return source;
  }

  /** The name of the catalog these rules were written for. */
  public String catalogName() {
    return catalogName;
  }

  /** The ids of the demands these rules cover. */
  public List<String> demandIds() {
    return List.copyOf(demands.keySet());
  }

  @Override
  public String toString() {
    return "ScoringRules[" + source + ", " + demands.size() + " demands]";
  }

  /** A group of topic phrases with one reform direction. */
  record Topic(int sign, List<String> phrases, List<String> requiresAny) {}

  /** A demand's topics and its own cue words. */
  record DemandRules(List<Topic> topics, Lexicon lexicon, List<String> ignoreHedges) {}

  /** Cue words, global or per demand: the phrases of each {@link RuleKind.Key}, by index. */
  record Lexicon(List<List<String>> byKey) {
    Lexicon {
      byKey = List.copyOf(byKey);
    }

    /** The phrases under one key. */
    List<String> get(RuleKind.Key key) {
      return byKey.get(key.index());
    }
  }

  /** Reads parts of the rules document, naming the place of any problem. */
  private static final class Parser {
    private final String source;

    Parser(String source) {
      this.source = source;
    }

    RulesException fail(String at, String problem) {
      return new RulesException(source, (at.isEmpty() ? "" : "at " + at + ": ") + problem);
    }

    JsonNode object(JsonNode parent, String name) {
      JsonNode node = parent.get(name);
      if (node == null || !node.isObject()) {
        throw fail(name, node == null ? "missing" : "must be an object");
      }
      return node;
    }

    String text(JsonNode parent, String name) {
      return text(parent, name, "");
    }

    String text(JsonNode parent, String name, String at) {
      JsonNode node = parent.get(name);
      String where = at.isEmpty() ? name : at + "." + name;
      if (node == null || !node.isTextual() || node.textValue().isBlank()) {
        throw fail(where, node == null ? "missing" : "must be a non-blank string");
      }
      return node.textValue();
    }

    List<String> phrases(JsonNode parent, String name, String at, boolean required) {
      JsonNode node = parent.get(name);
      String where = at.isEmpty() ? name : at + "." + name;
      if (node == null || node.isNull()) {
        if (required) {
          throw fail(where, "missing");
        }
        return List.of();
      }
      if (!node.isArray()) {
        throw fail(where, "must be an array of phrases");
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        if (!item.isTextual() || item.textValue().isBlank()) {
          throw fail(where + "[" + i + "]", "must be a non-blank string");
        }
        if (Tokenizer.phraseTokens(item.textValue()).isEmpty()) {
          throw fail(where + "[" + i + "]", "'" + item.textValue() + "' has no words");
        }
        out.add(item.textValue());
      }
      if (required && out.isEmpty()) {
        throw fail(where, "needs at least one phrase");
      }
      return List.copyOf(out);
    }

    Lexicon lexicon(JsonNode node, String at) {
      if (!node.isObject()) {
        throw fail(at, "must be an object");
      }
      List<List<String>> byKey = new ArrayList<>();
      for (RuleKind.Key key : RuleKind.lexiconKeys()) {
        byKey.add(phrases(node, key.name(), at, false));
      }
      return new Lexicon(byKey);
    }
  }

  /** Holder for the lazily loaded standard rules. */
  private static final class Standard {
    static final ScoringRules INSTANCE = load();

    private static ScoringRules load() {
      try (InputStream in = ScoringRules.class.getResourceAsStream("standard-rules.json")) {
        if (in == null) {
          throw new IllegalStateException("bundled standard-rules.json is missing");
        }
        return fromJson("classpath:standard-rules.json",
            new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
