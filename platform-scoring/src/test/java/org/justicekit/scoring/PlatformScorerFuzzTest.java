package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.function.Supplier;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.Evidence;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformDocument;
import org.justicekit.demands.PlatformScore;
import org.justicekit.demands.Stance;

/**
 * Fuzz tests of the scorer's contract (issue 11): on any input a {@code score} method returns a
 * result or throws an {@link InputRejectedException}, never anything else; every evidence
 * sentence lies at its offsets in the scored text; a decided stance has evidence and an
 * unmentioned one has none.
 *
 * <p>{@code ./mvnw verify} replays the seeds in {@code PlatformScorerFuzzTestInputs/<method>/}
 * (regression mode); {@code JAZZER_FUZZ=1} fuzzes one method (README: Fuzzing).
 */
final class PlatformScorerFuzzTest {
  private static final PlatformScorer SCORER = PlatformScorer.create();
  private static final OfficeType[] OFFICES = {OfficeType.PROSECUTOR, OfficeType.MAYOR};

  @FuzzTest
  void score_anyText_resultOrInputRejected(FuzzedDataProvider data) {
    OfficeType office = data.pickValue(OFFICES);
    InputFormat format = data.pickValue(InputFormat.values());
    String text = data.consumeRemainingAsString();
    checkContract(office, () -> SCORER.score(office, text, format));
  }

  @FuzzTest
  void score_anyUtf8Bytes_resultOrInputRejected(FuzzedDataProvider data) {
    OfficeType office = data.pickValue(OFFICES);
    InputFormat format = data.pickValue(InputFormat.values());
    byte[] bytes = data.consumeRemainingAsBytes();
    checkContract(office, () -> SCORER.score(office, bytes, format));
  }

  @FuzzTest
  void score_anyHtml_resultOrInputRejected(FuzzedDataProvider data) {
    OfficeType office = data.pickValue(OFFICES);
    String html = data.consumeRemainingAsString();
    checkContract(office, () -> SCORER.score(office, html, InputFormat.HTML));
  }

  @FuzzTest
  void score_anyDocument_resultOrInputRejected(FuzzedDataProvider data) {
    OfficeType office = data.pickValue(OFFICES);
    PlatformDocument.ContentType type = data.pickValue(PlatformDocument.ContentType.values());
    String content = data.consumeRemainingAsString();
    PlatformDocument document = new PlatformDocument(content, type, null, null, null);
    checkContract(office, () -> SCORER.score(office, document));
  }

  /** Runs one score and asserts the contract; any other exception fails the fuzz test. */
  private static void checkContract(OfficeType office, Supplier<PlatformScore> scoring) {
    PlatformScore score;
    try {
      score = scoring.get();
    } catch (InputRejectedException documented) {
      assertThat(documented.getMessage()).isNotBlank();
      return;
    }
    assertThat(score.officeType()).isEqualTo(office);
    assertThat(score.assessments()).hasSize(SCORER.demands(office).size());
    assertThat(score.alignment()).isEqualTo(PlatformScore.alignmentOf(score.assessments()));
    String scored = score.text();
    for (Assessment a : score.assessments()) {
      if (a.stance() == Stance.NOT_MENTIONED) {
        assertThat(a.evidence()).isEmpty();
      } else {
        assertThat(a.evidence()).isNotEmpty();
      }
      for (Evidence e : a.evidence()) {
        assertThat(e.end()).isLessThanOrEqualTo(scored.length());
        assertThat(scored.substring(e.start(), e.end())).isEqualTo(e.text());
      }
    }
  }
}
