package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.justicekit.scoring.StageHarness.through;

import org.justicekit.demands.OfficeType;
import org.junit.jupiter.api.Test;

final class ClauseSplitterTest {
  @Test
  void process_contrastiveBreak_splitsAndMarksLaterClause() {
    Sentence s = through(OfficeType.PROSECUTOR,
        "I will not defund the police, but I will end cash bail.", ClauseSplitter.class);

    assertThat(s.clauses).isEqualTo(2);
    assertThat(s.clauseOf[StageHarness.token(s, "not")]).isZero();
    assertThat(s.clauseOf[StageHarness.token(s, "bail")]).isEqualTo(1);
    assertThat(s.clauseContrast[1]).isTrue();
    assertThat(s.clauseContrast[0]).isFalse();
  }

  @Test
  void process_colonAfterShortLabel_doesNotSplit() {
    Sentence s = through(OfficeType.PROSECUTOR, "Cash bail: ended for all nonviolent charges.",
        ClauseSplitter.class);

    assertThat(s.clauses).isEqualTo(1);
  }

  @Test
  void process_colonAfterLongOpening_splits() {
    Sentence s = through(OfficeType.PROSECUTOR,
        "My plan for the first year in office: ending cash bail.", ClauseSplitter.class);

    assertThat(s.clauses).isEqualTo(2);
  }

  @Test
  void process_nonAnswer_marksItsClause() {
    Sentence s = through(OfficeType.PROSECUTOR,
        "Asked about cash bail, she declined to comment.", ClauseSplitter.class);

    assertThat(s.clauseNonAnswer[s.clauseOf[StageHarness.token(s, "declined")]]).isTrue();
  }
}
