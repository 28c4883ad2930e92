package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.justicekit.demands.Assessment;
import org.justicekit.demands.Evidence;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.Stance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class DemandTallyTest {
  private static final int BAIL = StageHarness.demand("end-money-bail");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "I will end cash bail.|SUPPORTS|0.6|1",
      "I will end cash bail. Cash bail must end. I will not seek cash bail.|SUPPORTS|0.8|3",
      "I will end cash bail. Cash bail is a valuable tool.|MIXED|0.6|2",
      "Bail reform. Bail reform.|SUPPORTS|0.3|2",
      "Bail reform. I will keep cash bail.|OPPOSES|0.6|1",
      "The weather is fine.|NOT_MENTIONED|0.0|0"})
  void assessment_readings_aggregatedWithStrengthAndEvidence(String text, Stance stance,
      double strength, int evidence) {
    StanceReader reader = StageHarness.reader(OfficeType.PROSECUTOR);
    reader.read(text);

    Assessment a = reader.assessment(BAIL);
    assertThat(a.stance()).isEqualTo(stance);
    assertThat(a.strength()).isEqualTo(strength);
    assertThat(a.evidence()).hasSize(evidence);
  }

  @ParameterizedTest(name = "{0} mentions")
  @CsvSource({"1", "4", "9"})
  void evidence_manyBareMentionsBeforeDecidingSentence_decidingSentenceKept(int mentions) {
    StanceReader reader = StageHarness.reader(OfficeType.PROSECUTOR);
    reader.read("Bail reform. ".repeat(mentions) + "I will end cash bail.");

    Assessment a = reader.assessment(BAIL);
    assertThat(a.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(a.evidence()).extracting(Evidence::text).containsExactly("I will end cash bail.");
  }

  @ParameterizedTest(name = "{0} sentences")
  @CsvSource({"3", "4", "10"})
  void evidence_manyDecidingSentences_atMostMaxEvidence(int sentences) {
    StanceReader reader = StageHarness.reader(OfficeType.PROSECUTOR);
    reader.read("I will end cash bail. ".repeat(sentences));

    assertThat(reader.assessment(BAIL).evidence())
        .hasSize(Math.min(sentences, EvidenceKeeper.MAX_EVIDENCE));
  }
}
