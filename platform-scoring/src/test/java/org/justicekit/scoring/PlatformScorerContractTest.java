package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.Evidence;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;
import org.justicekit.demands.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scorer's contract (see {@link PlatformScorer}): on any input it returns a result or
 * throws an {@link InputRejectedException}, in time linear in the input; a decided stance
 * always has evidence. Regression tests of issue 11.
 */
final class PlatformScorerContractTest {
  private static final PlatformScorer SCORER = PlatformScorer.create();
  private static final CompiledRules RULES =
      CompiledRules.compile(ScoringRules.standard(), SCORER.catalog());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "PROSECUTOR|end-money-bail|Bail reform. Bail reform. Bail reform. Bail reform. "
          + "I will end cash bail.|I will end cash bail.",
      "MAYOR|body-cameras|Body cameras. Body cameras. Body cameras. Body cameras. "
          + "Every officer will wear a body camera on every shift.|"
          + "Every officer will wear a body camera on every shift.",
      "PROSECUTOR|end-money-bail|Cash bail. Cash bail. Cash bail. Cash bail. Cash bail. "
          + "Cash bail. I will never ask for cash bail.|I will never ask for cash bail."})
  void issue11_repeatedBareMentions_keepDecidingEvidence(String office, String demand,
      String text, String deciding) {
    Assessment a = SCORER.score(OfficeType.of(office), text).assessment(demand).orElseThrow();

    assertThat(a.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(a.strength()).isEqualTo(0.6);
    assertThat(a.evidence()).extracting(Evidence::text).containsExactly(deciding);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"bail,", "cash;bail,", "bail-", "not bail", "a.b.", "it,", "(bail)"})
  void issue11_runsWithoutSpaces_boundedTokensPerSentence(String unit) {
    Work small = work(unit.repeat((64 << 10) / unit.length()));
    Work large = work(unit.repeat((128 << 10) / unit.length()));

    assertThat(large.maxTokens).isLessThanOrEqualTo(SentenceSplitter.MAX_TOKENS);
    assertThat(large.maxChars).isLessThanOrEqualTo(2 * PlatformScorer.DEFAULT_MAX_SENTENCE_CHARS);
    // twice the text is twice the sentences and tokens, each sentence bounded: linear
    assertThat(large.sentences).isBetween(2 * small.sentences - 2, 2 * small.sentences + 2);
    assertThat(large.tokens).isBetween(2 * small.tokens - 300, 2 * small.tokens + 300);
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"00A0", "202F", "2007", "2009", "3000", ","})
  void issue11_proseWithOtherSeparators_boundedTokensPerSentence(String separator) {
    String sep = separator.length() == 1 ? separator
        : String.valueOf((char) Integer.parseInt(separator, 16));
    String prose = "I will not request cash bail for any misdemeanor in the county and we will "
        + "publish the data on every plea offer each month so voters can see the record. ";
    Work work = work(prose.repeat(400).replace(" ", sep));

    assertThat(work.maxTokens).isLessThanOrEqualTo(SentenceSplitter.MAX_TOKENS);
    assertThat(work.maxChars).isLessThanOrEqualTo(2 * PlatformScorer.DEFAULT_MAX_SENTENCE_CHARS);
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"00A0", "202F"})
  void issue11_unicodeSpaces_separateWordsAndSentences(String code) {
    String sp = String.valueOf((char) Integer.parseInt(code, 16));
    String text = String.join(sp, "I", "will", "not", "seek", "cash", "bail.", "Cash",
        "bail", "is", "a", "valuable", "tool.");

    PlatformScore score = SCORER.score(OfficeType.PROSECUTOR, text);

    Assessment bail = score.assessment("end-money-bail").orElseThrow();
    assertThat(bail.stance()).isEqualTo(Stance.MIXED);
    assertThat(bail.evidence()).hasSize(2);
  }

  @Test
  void issue11_htmlParagraphOfCommaRun_scoredWithBoundedSentences() {
    String html = "<html><body><p>" + "bail,".repeat((64 << 10) / 5) + "</p></body></html>";

    Work work = work(HtmlText.extract(html));
    PlatformScore score = SCORER.score(OfficeType.PROSECUTOR, html);

    assertThat(work.maxTokens).isLessThanOrEqualTo(SentenceSplitter.MAX_TOKENS);
    assertThat(work.sentences).isGreaterThan((64 << 10) / 5 * 2 / SentenceSplitter.MAX_TOKENS);
    assertThat(score.assessments()).hasSize(6);
  }

  @Test
  void score_generatedInputs_returnResultOrThrowInputRejected() {
    String[] words = {"Bail reform", "Body cameras", "I", "will", "not", "never", "end", "cash",
        "bail", "chokeholds", "ban", "it", "No", "Yes", "Q:", "A:", "?", ".", ",", ";", ":",
        "-", "--", "\u2014", "'", "\u2019s", "\"", "(", ")", "critics", "said", "if",
        "unless", "but", "rather than", "there is no", "faces", "Banks", "whether", "consider",
        "nobody", "D.A.", "U.S.", "No.", "\n", "\n\n", "\u00a0", "\u202f", "\t", "\u0007",
        "\ufffd", "\ud800", "<p>", "</p>", "<form>", "<br>", "&amp;", "kids", "adult court",
        "plea data", "ICE", "\u2022", "#", "1", "2023", "x".repeat(60)};
    SplittableRandom random = new SplittableRandom(11);
    List<String> failures = new ArrayList<>();
    for (int n = 0; n < 500; n++) {
      StringBuilder text = new StringBuilder(random.nextBoolean() ? "" : "<html><body>");
      int length = random.nextInt(60);
      for (int w = 0; w < length; w++) {
        text.append(words[random.nextInt(words.length)]).append(random.nextInt(3) == 0 ? "" : " ");
      }
      OfficeType office = random.nextBoolean() ? OfficeType.PROSECUTOR : OfficeType.MAYOR;
      for (InputFormat format : InputFormat.values()) {
        try {
          PlatformScore score = SCORER.score(office, text.toString(), format);
          for (Assessment a : score.assessments()) {
            assertThat(a.stance() == Stance.NOT_MENTIONED || !a.evidence().isEmpty()).isTrue();
          }
          SCORER.score(office, text.toString().getBytes(StandardCharsets.UTF_8), format);
        } catch (InputRejectedException expected) {
          // documented: binary or malformed input
        } catch (RuntimeException e) {
          failures.add(e + " on " + text.toString().replace("\n", "\\n"));
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  /** What the splitter and tokenizer hand to the stages for a text. */
  private record Work(int sentences, long tokens, int maxTokens, int maxChars) {}

  private static Work work(String text) {
    Tokenizer tokenizer = new Tokenizer(RULES.table);
    SentenceSplitter splitter =
        new SentenceSplitter(text, PlatformScorer.DEFAULT_MAX_SENTENCE_CHARS);
    int sentences = 0;
    long tokens = 0;
    int maxTokens = 0;
    int maxChars = 0;
    while (splitter.next()) {
      tokenizer.tokenize(text, splitter.start, splitter.end);
      sentences++;
      tokens += tokenizer.count;
      maxTokens = Math.max(maxTokens, tokenizer.count);
      maxChars = Math.max(maxChars, splitter.end - splitter.start);
    }
    return new Work(sentences, tokens, maxTokens, maxChars);
  }
}
