package org.justicekit.officials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.justicekit.demands.Jurisdiction;
import org.justicekit.demands.Office;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.Official;
import org.junit.jupiter.api.Test;

final class StalenessTest {
  private static final Office OFFICE = new Office(OfficeType.MAYOR, "Mayor of Example",
      Jurisdiction.of("Example", "ocd-division/country:us/state:ks/place:example"), true, null, null);
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  private static OfficeHolding named(LocalDate asOf, LocalDate termEnd) {
    Official o = Official.of("Jo Example", asOf, List.of(URI.create("https://example.org/a")));
    return new OfficeHolding(OFFICE, o, "embedded", new HolderInfo(HolderStatus.NAMED, null,
        termEnd, List.of(new SourceRef(URI.create("https://example.org/a"), asOf)), null));
  }

  @Test
  void warnings_freshCurrentHolder_none() {
    assertThat(Staleness.standard().warnings(named(LocalDate.of(2026, 6, 1), LocalDate.of(2028, 1, 1)), TODAY))
        .isEmpty();
  }

  @Test
  void warnings_termEnded_saysSoWithTheName() {
    assertThat(Staleness.standard().warnings(named(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 1)), TODAY))
        .containsExactly("the term on record ended 2026-11-01; Jo Example may no longer hold the office");
  }

  @Test
  void warnings_olderThanTheConfiguredAge_flagged() {
    OfficeHolding h = named(LocalDate.of(2026, 6, 1), null);
    assertThat(Staleness.standard().warnings(h, TODAY)).isEmpty();
    assertThat(Staleness.of(Period.ofDays(90)).warnings(h, TODAY)).singleElement()
        .asString().contains("as of 2026-06-01, 184 days old (over the 90-day limit)");
    assertThat(Staleness.of(Period.ofDays(90)).isStale(h, TODAY)).isTrue();
  }

  @Test
  void warnings_unsourced_carriesTheReason() {
    OfficeHolding h = new OfficeHolding(OFFICE, null, "embedded",
        HolderInfo.unsourced("no current source", List.of()));
    assertThat(Staleness.standard().warnings(h, TODAY)).containsExactly("holder not sourced: no current source");
  }

  @Test
  void warnings_notRecorded_none() {
    assertThat(Staleness.standard().warnings(new OfficeHolding(OFFICE, null, "census"), TODAY)).isEmpty();
  }

  @Test
  void of_nonPositiveAge_rejected() {
    assertThatThrownBy(() -> Staleness.of(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void holding_holderWithoutNamedStatus_rejected() {
    Official o = Official.of("Jo Example", TODAY, List.of());
    assertThatThrownBy(() -> new OfficeHolding(OFFICE, o, "x", HolderInfo.NOT_RECORDED))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
