package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SentenceSplitterTest {
  private static List<String> split(String text, int maxChars) {
    SentenceSplitter splitter = new SentenceSplitter(text, maxChars);
    List<String> out = new ArrayList<>();
    while (splitter.next()) {
      out.add(text.substring(splitter.start, splitter.end));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "I will end cash bail. It is unjust.|I will end cash bail.|It is unjust.",
      "The D.A. will end it. Mr. Banks won't.|The D.A. will end it.|Mr. Banks won't.",
      "See No. 12 of the plan. No. I will not.|See No. 12 of the plan.|No.",
      "Is it fair? No!|Is it fair?|No!",
      "He said \"no more bail.\" Then he left.|He said \"no more bail.\"|Then he left.",
      "e.g. the jail. Next one.|e.g. the jail.|Next one.",
      "Cash bail ends. and so on.|Cash bail ends. and so on.|"})
  void next_text_sentences(String text, String first, String second) {
    List<String> sentences = split(text, 1000);
    assertThat(sentences.get(0)).isEqualTo(first);
    if (second != null) {
      assertThat(sentences.get(1)).isEqualTo(second);
    }
  }

  @Test
  void next_headingsAndBullets_endSentencesAndTrimBullets() {
    assertThat(split("PRIORITIES\n\n\u2022 End cash bail\n- Keep kids home\nwith families", 1000))
        .containsExactly("PRIORITIES", "End cash bail", "Keep kids home\nwith families");
  }

  @Test
  void next_unicodeSpaceAfterPeriod_endsSentence() {
    assertThat(split("End cash bail.\u00a0Keep kids home.\u202fNow.", 1000))
        .containsExactly("End cash bail.", "Keep kids home.", "Now.");
  }

  @Test
  void next_runOnText_cutAtFirstSpaceAfterCap() {
    String text = "word ".repeat(60);
    for (String s : split(text, 100)) {
      assertThat(s.length()).isLessThanOrEqualTo(104);
    }
  }

  @Test
  void next_runWithoutSpaces_cutWithinOverrunOrTwiceTheCap() {
    for (String s : split("bail,".repeat(100), 100)) {
      assertThat(s.length()).isLessThanOrEqualTo(200);
    }
    for (String s : split("x".repeat(1000), 100)) {
      assertThat(s.length()).isEqualTo(200);
    }
  }

  @Test
  void next_manyTokens_cutAtMaxTokens() {
    List<String> pieces = split("a,".repeat(SentenceSplitter.MAX_TOKENS), 1000);
    assertThat(pieces).hasSize(2);
    assertThat(Tokenizer.phraseTokens(pieces.get(0))).hasSize(SentenceSplitter.MAX_TOKENS);
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"0020, true", "00A0, true", "202F, true", "2007, true", "3000, true",
      "2028, true", "0009, true", "0041, false", "200B, false", "002C, false"})
  void isSpace_character_unicodeSpacesAreSpaces(String code, boolean space) {
    assertThat(SentenceSplitter.isSpace((char) Integer.parseInt(code, 16))).isEqualTo(space);
  }
}
