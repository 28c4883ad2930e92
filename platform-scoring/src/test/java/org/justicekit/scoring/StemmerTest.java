package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class StemmerTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "ending, end", "ended, end", "ends, end", "end, end",
      "banning, ban", "banned, ban", "bans, ban",
      "calling, call", "called, call",
      "policies, policy", "release, releas", "released, releas", "releasing, releas",
      "class, class", "status, status", "this, this",
      "officer's, officer", "officers', officer",
      "bail, bail", "ice, ice", "kids, kid", "use, use", "uses, use",
      "nation, nation", "fairness, fairness"})
  void stem_word_foldedForm(String word, String stem) {
    assertThat(Stemmer.stem(word)).isEqualTo(stem);
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({"prosecute, prosecuted", "prosecuting, prosecutes", "divert, diverted",
      "charging, charges", "decline, declined"})
  void stem_inflections_sameStem(String a, String b) {
    assertThat(Stemmer.stem(a)).isEqualTo(Stemmer.stem(b));
  }
}
