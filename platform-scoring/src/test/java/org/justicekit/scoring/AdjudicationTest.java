package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;
import org.justicekit.demands.ReviewReason;
import org.justicekit.demands.SecondOpinion.Outcome;
import org.justicekit.demands.Stance;
import org.junit.jupiter.api.Test;

/**
 * The scorer's side of a second opinion: what is routed, what is sent, and how answers are
 * checked. The adjudicators here are small real implementations of the interface; the HTTP one
 * is tested in its own artifact.
 */
final class AdjudicationTest {
  private static final String PLATFORM = "Public safety comes first in this county. "
      + "Cash bail is one tool, and I will look at each case on its own facts. "
      + "I will publish our charging data every quarter.";

  /** Answers with a fixed opinion and records what it was asked. */
  static final class Recording implements StanceAdjudicator {
    final List<AdjudicationRequest> asked = new ArrayList<>();
    final Opinion answer;

    Recording(Opinion answer) {
      this.answer = answer;
    }

    @Override
    public String model() {
      return "recording";
    }

    @Override
    public Opinion adjudicate(AdjudicationRequest request) {
      asked.add(request);
      return answer;
    }
  }

  private static PlatformScore score(StanceAdjudicator a, AdjudicationMode mode, String text) {
    return PlatformScorer.builder().adjudicator(a).adjudicationMode(mode).build()
        .score(OfficeType.PROSECUTOR, text);
  }

  private static Assessment bail(PlatformScore s) {
    return s.assessment("end-money-bail").orElseThrow();
  }

  @Test
  void score_uncertainMode_routesOnlyFlaggedOrMixed() {
    Recording r = new Recording(new Opinion(Stance.MIXED,
        "Cash bail is one tool, and I will look at each case on its own facts."));
    PlatformScore s = score(r, AdjudicationMode.UNCERTAIN, PLATFORM);
    PlatformScore rules = PlatformScorer.create().score(OfficeType.PROSECUTOR, PLATFORM);
    long uncertain = rules.assessments().stream()
        .filter(a -> a.needsReview() || a.stance() == Stance.MIXED).count();
    assertThat(r.asked).hasSize((int) uncertain);
    assertThat(r.asked).extracting(q -> q.demand().id()).contains("end-money-bail");
    assertThat(bail(s).secondOpinion().outcome()).isEqualTo(Outcome.CONFIRMED);
    assertThat(bail(s).needsReview()).isFalse();
  }

  @Test
  void score_request_sendsEvidenceSentenceAndNeighboursOnly() {
    Recording r = new Recording(new Opinion(Stance.MIXED, ""));
    score(r, AdjudicationMode.ALL, PLATFORM + " The weather was fine. Nothing else here.");
    AdjudicationRequest q = r.asked.stream()
        .filter(x -> x.demand().id().equals("end-money-bail")).findFirst().orElseThrow();
    assertThat(q.sentences()).containsExactly("Public safety comes first in this county.",
        "Cash bail is one tool, and I will look at each case on its own facts.",
        "I will publish our charging data every quarter.");
    assertThat(q.ruleStance()).isEqualTo(Stance.MIXED);
  }

  @Test
  void score_revisionWithVerbatimSentence_revises() {
    Recording r = new Recording(new Opinion(Stance.OPPOSES,
        "  \u201cCash bail is one tool, and I will look at each case on its own facts\u201d "));
    Assessment a = bail(score(r, AdjudicationMode.ALL, PLATFORM));
    assertThat(a.stance()).isEqualTo(Stance.OPPOSES);
    assertThat(a.secondOpinion().outcome()).isEqualTo(Outcome.REVISED);
    assertThat(a.secondOpinion().ruleStance()).isEqualTo(Stance.MIXED);
    assertThat(a.bestEvidence().orElseThrow().text())
        .isEqualTo("Cash bail is one tool, and I will look at each case on its own facts.");
    assertThat(a.bestEvidence().orElseThrow().cue()).isEqualTo("second opinion: recording");
    assertThat(PLATFORM.substring(a.bestEvidence().orElseThrow().start(),
        a.bestEvidence().orElseThrow().end())).isEqualTo(a.bestEvidence().orElseThrow().text());
  }

  @Test
  void score_evidenceNotASentenceOfTheInput_rejected() {
    Recording r = new Recording(new Opinion(Stance.OPPOSES, "Cash bail keeps us safe."));
    Assessment rules = bail(PlatformScorer.create().score(OfficeType.PROSECUTOR, PLATFORM));
    Assessment a = bail(score(r, AdjudicationMode.ALL, PLATFORM));
    assertThat(a.stance()).isEqualTo(rules.stance());
    assertThat(a.evidence()).isEqualTo(rules.evidence());
    assertThat(a.secondOpinion().outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(a.reviewReasons()).contains(ReviewReason.SECOND_OPINION_DISAGREES);
  }

  @Test
  void score_partOfASentence_rejected() {
    Recording r = new Recording(new Opinion(Stance.OPPOSES, "Cash bail is one tool"));
    assertThat(bail(score(r, AdjudicationMode.ALL, PLATFORM)).secondOpinion().outcome())
        .isEqualTo(Outcome.REJECTED);
  }

  @Test
  void score_throwingAdjudicator_ruleResultStands() {
    StanceAdjudicator broken = new StanceAdjudicator() {
      @Override
      public String model() {
        return "broken";
      }

      @Override
      public Opinion adjudicate(AdjudicationRequest request) {
        throw new IllegalStateException("boom\nsecond line");
      }
    };
    PlatformScore rules = PlatformScorer.create().score(OfficeType.PROSECUTOR, PLATFORM);
    PlatformScore s = score(broken, AdjudicationMode.ALL, PLATFORM);
    assertThat(s.alignment()).isEqualTo(rules.alignment());
    Assessment a = bail(s);
    assertThat(a.stance()).isEqualTo(bail(rules).stance());
    assertThat(a.secondOpinion().outcome()).isEqualTo(Outcome.FAILED);
    assertThat(a.secondOpinion().detail()).isEqualTo("no second opinion: boom second line");
  }

  @Test
  void score_revisionToNotMentioned_needsNoEvidence() {
    Recording r = new Recording(new Opinion(Stance.NOT_MENTIONED, ""));
    Assessment a = bail(score(r, AdjudicationMode.ALL, PLATFORM));
    assertThat(a.stance()).isEqualTo(Stance.NOT_MENTIONED);
    assertThat(a.evidence()).isEmpty();
    assertThat(a.secondOpinion().outcome()).isEqualTo(Outcome.REVISED);
  }

  @Test
  void score_noAdjudicator_noSecondOpinion() {
    assertThat(PlatformScorer.create().score(OfficeType.PROSECUTOR, PLATFORM).assessments())
        .allSatisfy(a -> assertThat(a.secondOpinion()).isNull());
  }

  @Test
  void normalize_foldsSpaceQuotesAndFinalStop() {
    assertThat(Adjudication.normalize(" \u201cI will  end\n bail.\u201d ")).isEqualTo("I will end bail");
  }
}
