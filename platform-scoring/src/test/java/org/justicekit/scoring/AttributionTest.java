package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.justicekit.scoring.StageHarness.through;

import org.justicekit.demands.OfficeType;
import org.junit.jupiter.api.Test;

final class AttributionTest {
  @Test
  void process_sourceWithReportingVerb_sentenceAttributed() {
    Sentence s = through(OfficeType.MAYOR,
        "Critics of the department said officers should wear body cameras.", Attribution.class);

    assertThat(s.attributed).isTrue();
    assertThat(s.skipped(0)).isTrue();
  }

  @Test
  void process_officialSpeaksInClause_clauseNotSkipped() {
    Sentence s = through(OfficeType.PROSECUTOR,
        "Critics call it soft on crime, but I am proud that we declined shoplifting cases.",
        Attribution.class);

    int mine = s.clauseOf[StageHarness.token(s, "proud")];
    assertThat(s.attributed).isTrue();
    assertThat(s.skipped(mine)).isFalse();
  }

  @Test
  void process_actorAsSubject_clauseIsTheirs() {
    Sentence s = through(OfficeType.MAYOR, "The incumbent banned chokeholds.",
        Attribution.class);

    assertThat(s.clauseOther[0]).isTrue();
  }

  @Test
  void process_actorAsOwner_clauseStaysOfficials() {
    Sentence s = through(OfficeType.MAYOR, "My predecessor's ban on chokeholds will stay.",
        Attribution.class);

    assertThat(s.clauseOther[0]).isFalse();
  }

  @Test
  void process_rivalAsSubject_clauseIsTheirs() {
    Sentence s = through(OfficeType.PROSECUTOR,
        "She faces a challenge from Theo Banks. Banks has pledged to end cash bail.",
        Attribution.class);

    assertThat(s.clauseOther[0]).isTrue();
  }
}
