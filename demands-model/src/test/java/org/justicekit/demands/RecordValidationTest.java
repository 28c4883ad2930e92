package org.justicekit.demands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class RecordValidationTest {
  private static final Demand BAIL = DemandCatalog.standard().demand("end-money-bail");
  private static final Demand CAMS = DemandCatalog.standard().demand("body-cameras");

  @Test
  void evidence_offsetsMustMatchText() {
    assertThatThrownBy(() -> new Evidence("abc", 5, 7, "x", Stance.SUPPORTS))
        .hasMessageContaining("3 characters but its offsets span 2");
    assertThatThrownBy(() -> new Evidence("", -1, -1, "x", Stance.SUPPORTS))
        .hasMessageContaining("0 <= start <= end");
  }

  @Test
  void assessment_strengthInRange_andEvidenceRequired() {
    assertThatThrownBy(() -> new Assessment(BAIL, Stance.MIXED, 1.5, List.of()))
        .hasMessageContaining("strength must be between 0 and 1");
    assertThatThrownBy(() -> new Assessment(BAIL, Stance.MIXED, 0.5, List.of()))
        .hasMessageContaining("needs at least one evidence sentence");
    assertThatThrownBy(() -> new Assessment(BAIL, Stance.MIXED, Double.NaN, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void assessment_copiesEvidenceList() {
    List<Evidence> list = new ArrayList<>(List.of(new Evidence("a", 0, 1, "a", Stance.SUPPORTS)));
    Assessment a = new Assessment(BAIL, Stance.SUPPORTS, 1, list);
    list.clear();
    assertThat(a.evidence()).hasSize(1);
    assertThat(a.bestEvidence()).isPresent();
  }

  @Test
  void platformScore_alignmentCountsMixedAsHalf() {
    Evidence e = new Evidence("a", 0, 1, "a", Stance.SUPPORTS);
    List<Assessment> list = List.of(
        new Assessment(BAIL, Stance.SUPPORTS, 1, List.of(e)),
        new Assessment(DemandCatalog.standard().demand("prosecute-bad-cops"), Stance.MIXED, 0.5, List.of(e)),
        Assessment.notMentioned(DemandCatalog.standard().demand("prosecution-transparency")));
    PlatformScore score = PlatformScore.of(OfficeType.PROSECUTOR, list, "a");
    assertThat(score.alignment()).isEqualTo(50.0);
    assertThat(score.assessment("prosecute-bad-cops").orElseThrow().stance()).isEqualTo(Stance.MIXED);
    assertThat(PlatformScore.alignmentOf(List.of())).isZero();
  }

  @Test
  void platformScore_rejectsOtherOfficesDemands() {
    assertThatThrownBy(() -> PlatformScore.of(OfficeType.PROSECUTOR,
        List.of(Assessment.notMentioned(CAMS)), ""))
        .hasMessageContaining("body-cameras is for MAYOR, not PROSECUTOR");
  }

  @Test
  void demand_rejectsBlankFields() {
    assertThatThrownBy(() -> new Demand("x", OfficeType.MAYOR, "t", " ", "r", List.of()))
        .hasMessage("summary must not be blank");
    assertThatThrownBy(() -> new Demand("x", OfficeType.MAYOR, "t", "s", "r", List.of("")))
        .hasMessage("asks[] must not be blank");
  }
}
