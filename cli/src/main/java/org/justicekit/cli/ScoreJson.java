package org.justicekit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.ModelJson;
import org.justicekit.demands.PlatformScore;

/**
 * The CLI's JSON of a scored platform: the one shape of DESIGN.md, written by {@link ModelJson}
 * (so {@code ModelJson.fromJson} reads it back), with the record's {@code id} first.
 */
final class ScoreJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private ScoreJson() {}

  static ObjectNode of(@Nullable String id, PlatformScore score) {
    ObjectNode root = MAPPER.createObjectNode();
    if (id != null) {
      root.put("id", id);
    }
    try {
      root.setAll((ObjectNode) MAPPER.readTree(ModelJson.toJson(score)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("ModelJson wrote JSON that does not parse", e);
    }
    return root;
  }
}
