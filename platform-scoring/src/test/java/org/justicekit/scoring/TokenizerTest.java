package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TokenizerTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "I WON'T seek Cash Bail.|i not seek cash bail",
      "won\u2019t, can't|not , not",
      "bail (cash) ; money: bond|bail , cash , ; money : bond",
      "cash bail - never again|cash bail ; never again",
      "cash\u00a0bail \u2014 never|cash bail ; never",
      "no-cash bail|no cash bail",
      "Officers' body-cameras|officer body camera",
      "D.A. 2024|d a 2024"})
  void phraseTokens_text_lowerCasedStemmedWithClausePunctuation(String text, String tokens) {
    assertThat(String.join(" ", Tokenizer.phraseTokens(text))).isEqualTo(tokens);
  }

  @Test
  void tokenize_range_offsetsIntoTheWholeText() {
    TokenTable table = new TokenTable();
    int cash = table.intern("cash");
    int bail = table.intern("bail");
    Tokenizer tokenizer = new Tokenizer(table);
    String text = "Intro. End cash bail now.";

    tokenizer.tokenize(text, 7, text.length());

    assertThat(tokenizer.count).isEqualTo(4);
    List<String> words = new ArrayList<>();
    for (int t = 0; t < tokenizer.count; t++) {
      words.add(text.substring(tokenizer.starts[t], tokenizer.ends[t]));
    }
    assertThat(words).containsExactly("End", "cash", "bail", "now");
    assertThat(tokenizer.ids[1]).isEqualTo(cash);
    assertThat(tokenizer.ids[2]).isEqualTo(bail);
    assertThat(tokenizer.ids[0]).isEqualTo(-1);
  }

  @Test
  void tokenize_wordLongerThanMaximum_unknownToken() {
    TokenTable table = new TokenTable();
    table.intern("a".repeat(Tokenizer.MAX_WORD));
    Tokenizer tokenizer = new Tokenizer(table);
    String text = "a".repeat(Tokenizer.MAX_WORD + 5);

    tokenizer.tokenize(text, 0, text.length());

    assertThat(tokenizer.count).isEqualTo(1);
    assertThat(tokenizer.ids[0]).isEqualTo(-1);
    assertThat(tokenizer.ends[0]).isEqualTo(text.length());
  }
}
