package org.justicekit.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class JsonLineTest {
  static List<JsonLine> lines() {
    return List.of(JsonLine.of("gs://bucket/a.jsonl", 12, "{\"id\":\"x\"}"),
        JsonLine.of("{}"),
        new JsonLine("f", 3, "b\uFFFDx", "line is not valid UTF-8"),
        JsonLine.of("f", Long.MAX_VALUE, "émigré — “quoted”"));
  }

  @ParameterizedTest
  @MethodSource("lines")
  void coder_roundTrip_equalLineAndDeterministic(JsonLine line) throws CoderException {
    byte[] bytes = CoderUtils.encodeToByteArray(JsonLine.coder(), line);
    assertThat(CoderUtils.decodeFromByteArray(JsonLine.coder(), bytes)).isEqualTo(line);
    assertThat(CoderUtils.encodeToByteArray(JsonLine.coder(), line)).isEqualTo(bytes);
  }

  @Test
  void new_negativeNumber_refused() {
    assertThatThrownBy(() -> JsonLine.of("f", -1, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }
}
