package org.justicekit.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.justicekit.cli.CliJson;
import org.justicekit.demands.DemandCatalog;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;
import org.justicekit.officials.FetchRefusedException;
import org.justicekit.officials.OfficialsClient;
import org.justicekit.officials.OfficialsException;
import org.justicekit.officials.PlaceQuery;
import org.justicekit.officials.platform.PlatformFetcher;
import org.justicekit.scoring.InputFormat;
import org.justicekit.scoring.InputRejectedException;
import org.justicekit.scoring.PlatformScorer;
import org.justicekit.scoring.ScoringException;

/**
 * What each endpoint does, apart from HTTP: requests in as parsed JSON or query parameters,
 * answers out as JSON, bad requests as {@link ApiException}. Immutable and thread-safe.
 */
final class ApiOperations {
  private static final Set<String> LOOKUP_PARAMETERS = Set.of("place", "zip", "ocdId");

  private final ObjectMapper mapper;
  private final PlatformScorer scorer;
  private final OfficialsClient officials;
  private final @Nullable PlatformFetcher fetcher;
  private final int maxBatchItems;
  private final String version;
  private final JsonNode allDemands;

  ApiOperations(ObjectMapper mapper, PlatformScorer scorer, OfficialsClient officials,
      @Nullable PlatformFetcher fetcher, int maxBatchItems, String version) {
    this.mapper = mapper;
    this.scorer = scorer;
    this.officials = officials;
    this.fetcher = fetcher;
    this.maxBatchItems = maxBatchItems;
    this.version = version;
    this.allDemands = readTree(scorer.catalog().toJson());
  }

  /** {@code GET /healthz}. */
  JsonNode health() {
    ObjectNode node = mapper.createObjectNode();
    node.put("status", "ok");
    node.put("version", version);
    node.put("catalog", scorer.catalog().name() + " " + scorer.catalog().version());
    node.put("fetch", fetcher != null);
    return node;
  }

  /** {@code GET /v1/demands[?office=O]}: the catalog as {@code demands --format json} shows it. */
  JsonNode demands(Map<String, String> query) {
    allowOnly(query, Set.of("office"));
    DemandCatalog catalog = scorer.catalog();
    String name = query.get("office");
    if (name == null) {
      return allDemands;
    }
    OfficeType office = office(name);
    if (!catalog.officeTypes().contains(office)) {
      throw ApiException.badRequest("the catalog " + catalog.name() + " has no demands of office "
          + office + "; its offices are " + catalog.officeTypes());
    }
    return readTree(DemandCatalog.of(catalog.name(), catalog.version(), catalog.demands(office))
        .toJson());
  }

  /** {@code POST /v1/score}: one platform, the record {@code score --format json} writes. */
  JsonNode score(JsonNode body) {
    if (!body.isObject()) {
      throw ApiException.badRequest("the body must be a JSON object {\"office\", \"text\"}");
    }
    return scoreItem(body);
  }

  /**
   * {@code POST /v1/score/batch}: one answer per item, in order; an item that cannot be scored
   * answers {@code {"id", "error"}} in its place, as a bad line of {@code score --batch} does.
   */
  JsonNode batch(JsonNode body) {
    if (!body.isArray()) {
      throw ApiException.badRequest(
          "the body must be a JSON array of {\"id\", \"office\", \"text\"} objects");
    }
    if (body.size() > maxBatchItems) {
      throw new ApiException(413, String.format(Locale.ROOT,
          "the batch has %,d items, over the limit of %,d; split it", body.size(), maxBatchItems));
    }
    ArrayNode out = mapper.createArrayNode();
    for (int i = 0; i < body.size(); i++) {
      JsonNode item = body.get(i);
      try {
        if (!item.isObject()) {
          throw ApiException.badRequest("item " + i + " is not a JSON object");
        }
        out.add(scoreItem(item));
      } catch (ApiException e) {
        if (e.status() != 400) {
          throw e;
        }
        ObjectNode error = out.addObject();
        String id = item.isObject() ? id(item) : null;
        if (id != null) {
          error.put("id", id);
        }
        error.put("error", e.getMessage());
      }
    }
    return out;
  }

  /** {@code GET /v1/lookup?place=|zip=|ocdId=}: as {@code lookup --format json} answers. */
  JsonNode lookup(Map<String, String> query) {
    allowOnly(query, LOOKUP_PARAMETERS);
    List<String> given = LOOKUP_PARAMETERS.stream().filter(query::containsKey).sorted().toList();
    if (given.size() != 1) {
      throw ApiException.badRequest(given.isEmpty()
          ? "say which place: ?place=City%2C%20ST, ?zip=Z or ?ocdId=ID"
          : "give only one of place, zip and ocdId, not " + String.join(" and ", given));
    }
    String value = query.get(given.get(0));
    PlaceQuery place;
    try {
      place = switch (given.get(0)) {
        case "zip" -> PlaceQuery.zip(value);
        case "ocdId" -> PlaceQuery.ocdId(value.strip());
        default -> PlaceQuery.parse(value);
      };
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(message(e));
    }
    if (!officials.supports(place)) {
      throw ApiException.badRequest("this server looks places up in its directory, which cannot "
          + "answer '" + value + "'; give a city and state (\"Chicago, IL\"), a ZIP code or an "
          + "OCD id");
    }
    try {
      return readTree(CliJson.lookup(officials.lookup(place)));
    } catch (OfficialsException e) {
      throw new ApiException(502, "the lookup failed: " + message(e));
    }
  }

  private JsonNode scoreItem(JsonNode item) {
    String id = id(item);
    OfficeType office = office(requireText(item, "office"));
    InputFormat format = format(item.get("format"));
    String text = text(item);
    PlatformScore score;
    try {
      score = scorer.score(office, text, format);
    } catch (InputRejectedException e) {
      throw new ApiException(e.reason() == InputRejectedException.Reason.TOO_LARGE ? 413 : 400,
          message(e));
    } catch (IllegalArgumentException | ScoringException e) {
      throw ApiException.badRequest(message(e));
    }
    return CliJson.score(id, score);
  }

  private String text(JsonNode item) {
    JsonNode url = item.get("url");
    if (url == null || url.isNull()) {
      return requireText(item, "text");
    }
    if (item.hasNonNull("text")) {
      throw ApiException.badRequest("give either \"text\" or \"url\", not both");
    }
    if (fetcher == null) {
      throw ApiException.badRequest("this server does not fetch pages; send the page's \"text\", "
          + "or start the server with --allow-fetch");
    }
    if (!url.isTextual()) {
      throw ApiException.badRequest("\"url\" must be a string");
    }
    URI uri;
    try {
      uri = new URI(url.textValue().strip());
    } catch (URISyntaxException e) {
      throw ApiException.badRequest("\"url\" is not a valid URL: " + e.getReason());
    }
    try {
      return fetcher.fetch(uri).content();
    } catch (FetchRefusedException e) {
      throw ApiException.badRequest("the page was refused: " + message(e));
    } catch (OfficialsException e) {
      throw new ApiException(502, "the page could not be fetched: " + message(e));
    }
  }

  private static @Nullable String id(JsonNode item) {
    JsonNode id = item.get("id");
    return id == null || id.isNull() || id.isContainerNode() ? null : id.asText();
  }

  private static OfficeType office(String name) {
    try {
      return OfficeType.of(name);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(message(e));
    }
  }

  private static InputFormat format(@Nullable JsonNode format) {
    if (format == null || format.isNull()) {
      return InputFormat.AUTO;
    }
    String name = format.isTextual() ? format.textValue().strip().toLowerCase(Locale.ROOT) : "";
    return switch (name) {
      case "auto" -> InputFormat.AUTO;
      case "text" -> InputFormat.TEXT;
      case "html" -> InputFormat.HTML;
      default -> throw ApiException.badRequest(
          "\"format\" must be \"auto\", \"text\" or \"html\", was " + format);
    };
  }

  private static String requireText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw ApiException.badRequest("missing string field \"" + field + "\"");
    }
    if (!value.isTextual()) {
      throw ApiException.badRequest("\"" + field + "\" must be a string");
    }
    return value.textValue();
  }

  private static void allowOnly(Map<String, String> query, Set<String> allowed) {
    for (String name : query.keySet()) {
      if (!allowed.contains(name)) {
        throw ApiException.badRequest("unknown query parameter '" + name + "'; this endpoint takes "
            + allowed.stream().sorted().toList());
      }
    }
  }

  private JsonNode readTree(String json) {
    try {
      return mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("our own JSON did not parse", e);
    }
  }

  private static String message(Exception e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String line = m.strip().replaceAll("\\s*\\R\\s*", " ");
    return line.length() > 500 ? line.substring(0, 500) + "..." : line;
  }
}
