package org.justicekit.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class LineReaderTest {
  private static List<JsonLine> read(byte[] bytes, int maxLineBytes) throws IOException {
    List<JsonLine> lines = new ArrayList<>();
    new LineReader("f.jsonl", maxLineBytes).read(new ByteArrayInputStream(bytes), lines::add);
    return lines;
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\nb\n\nc", "a\r\nb\r\n\r\nc\r\n", "a\rb\r\rc", "a\n  \nb\r\n\nc\n",
      "\na\nb\nc"})
  void read_anyLineTerminators_sameNumbersAsBufferedReader(String input) throws IOException {
    List<String> expected = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new StringReader(input))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          expected.add(number + ":" + line);
        }
      }
    }
    List<String> actual = read(input.getBytes(StandardCharsets.UTF_8), 1000).stream()
        .map(l -> l.number() + ":" + l.text()).toList();
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void read_invalidUtf8Line_onlyThatLineHasAProblem() throws IOException {
    byte[] bytes = {'o', 'k', '\n', 'b', (byte) 0xC3, 'x', '\n', 'f', 'i', 'n', 'e'};
    List<JsonLine> lines = read(bytes, 1000);
    assertThat(lines).extracting(JsonLine::number).containsExactly(1L, 2L, 3L);
    assertThat(lines.get(0).problem()).isNull();
    assertThat(lines.get(1).problem()).isEqualTo("line is not valid UTF-8");
    assertThat(lines.get(1).text()).isEqualTo("b\uFFFDx");
    assertThat(lines.get(2).problem()).isNull();
    assertThat(lines.get(2).text()).isEqualTo("fine");
  }

  @Test
  void read_lineOverLimit_keptShortWithProblemAndNextLineIntact() throws IOException {
    String longLine = "x".repeat(5000);
    List<JsonLine> lines = read((longLine + "\nnext\n").getBytes(StandardCharsets.UTF_8), 1000);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).problem()).isEqualTo("line is 5,000 bytes, over the limit of 1,000");
    assertThat(lines.get(0).text()).hasSize(LineReader.KEPT_CHARS);
    assertThat(lines.get(1).text()).isEqualTo("next");
    assertThat(lines.get(1).number()).isEqualTo(2);
  }

  @Test
  void read_multibyteCharacters_decodedWhole() throws IOException {
    String text = "{\"text\":\"Ridgemont — “quoted” café\"}";
    List<JsonLine> lines = read(text.getBytes(StandardCharsets.UTF_8), 1000);
    assertThat(lines).singleElement().extracting(JsonLine::text).isEqualTo(text);
  }
}
