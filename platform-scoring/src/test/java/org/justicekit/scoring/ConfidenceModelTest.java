package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.DemandCatalog;
import org.justicekit.demands.Evidence;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.ReviewReason;
import org.justicekit.demands.Stance;
import org.justicekit.scoring.ConfidenceModel.Feature;
import org.junit.jupiter.api.Test;

final class ConfidenceModelTest {
  private static final ConfidenceModel MODEL = ConfidenceModel.standard();
  private static final org.justicekit.demands.Demand BAIL =
      DemandCatalog.standard().demand("end-money-bail");

  private static Evidence ev(String text, String cue, Stance stance) {
    return new Evidence(text, 0, text.length(), cue, stance);
  }

  private static boolean has(boolean[] f, Feature feature) {
    return f[feature.ordinal()];
  }

  @Test
  void features_negatedCueAndFirstPerson() {
    boolean[] f = MODEL.features(new Assessment(BAIL, Stance.SUPPORTS, 0.6,
        List.of(ev("I won’t seek cash bail.", "won’t seek", Stance.SUPPORTS))));
    assertThat(has(f, Feature.SUPPORTS)).isTrue();
    assertThat(has(f, Feature.NEGATED_CUE)).isTrue();
    assertThat(has(f, Feature.FIRST_PERSON)).isTrue();
    assertThat(has(f, Feature.REPORTED)).isFalse();
    assertThat(has(f, Feature.CONFLICT)).isFalse();
  }

  @Test
  void features_conflictReportedConditionalPast() {
    boolean[] f = MODEL.features(new Assessment(BAIL, Stance.MIXED, 0.6, List.of(
        ev("Critics said she would have ended bail.", "ended", Stance.SUPPORTS),
        ev("Keep bail.", "keep", Stance.OPPOSES))));
    assertThat(has(f, Feature.CONFLICT)).isTrue();
    assertThat(has(f, Feature.REPORTED)).isTrue();
    assertThat(has(f, Feature.CONDITIONAL)).isTrue();
    assertThat(has(f, Feature.PAST_CUE)).isTrue();
    assertThat(has(f, Feature.ONE_WORD_CUE)).isTrue();
  }

  @Test
  void apply_bareMention_flaggedWithReason() {
    Assessment a = MODEL.apply(new Assessment(BAIL, Stance.SUPPORTS, 0.3,
        List.of(ev("Bail reform.", "bail reform", Stance.SUPPORTS))));
    assertThat(a.needsReview()).isTrue();
    assertThat(a.reviewReasons()).contains(ReviewReason.BARE_MENTION);
  }

  @Test
  void apply_notMentioned_neverFlagged() {
    Assessment a = MODEL.apply(Assessment.notMentioned(BAIL));
    assertThat(a.needsReview()).isFalse();
    assertThat(a.confidence()).isBetween(0.5, 1.0);
  }

  @Test
  void apply_severalAgreeingSentences_moreConfidentThanOne() {
    Evidence one = ev("I will end cash bail in every case.", "end", Stance.SUPPORTS);
    Evidence two = ev("Money bail punishes the poor and I will stop asking for it.", "stop",
        Stance.SUPPORTS);
    double single = MODEL.apply(new Assessment(BAIL, Stance.SUPPORTS, 0.6, List.of(one)))
        .confidence();
    double both = MODEL.apply(new Assessment(BAIL, Stance.SUPPORTS, 0.7, List.of(one, two)))
        .confidence();
    assertThat(both).isGreaterThan(single);
  }

  @Test
  void scorer_reviewThreshold_one_flagsEveryMentionedReading() {
    PlatformScorer strict = PlatformScorer.builder().reviewThreshold(1.0).build();
    assertThat(strict.score(OfficeType.PROSECUTOR, "I will end cash bail. I will publish "
        + "plea data.").assessments())
        .filteredOn(a -> a.stance() != Stance.NOT_MENTIONED)
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.needsReview()).isTrue());
  }

  @Test
  void words_foldsCaseAndCurlyApostrophes() {
    assertThat(ConfidenceModel.words("I Won’t — ever, OK?")).containsExactly("i", "won't",
        "ever", "ok");
  }
}
