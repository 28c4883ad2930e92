package org.justicekit.officials.providers;

import org.justicekit.officials.HolderStatus;
import org.justicekit.officials.OfficeHolding;
import org.justicekit.officials.OfficialsException;
import org.justicekit.officials.PlaceQuery;
import org.justicekit.officials.SourceRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The holders part of the directory format: top-level entries, overlays, and bad files. */
final class DirectoryHoldersTest {
  private static final String COOK = "ocd-division/country:us/state:il/place:chicago";

  private static final String OVERLAY = """
      {"schemaVersion": 1, "name": "mine", "version": "7", "asOf": "2026-11-30",
       "holders": [
         {"office": "il-cook", "name": "Pat Example", "asOf": "2026-11-30",
          "termStart": "2026-12-01", "website": "https://example.org/pat",
          "sources": [{"url": "https://example.org/roster", "seen": "2026-11-30"},
                      "https://example.org/news"],
          "note": "sworn in this week"},
         {"mayorOf": "%s", "unsourced": "our records are being checked"}]}
      """.formatted(COOK);

  private static OfficeHolding office(EmbeddedDirectory dir, String title) {
    return dir.lookup(PlaceQuery.city("Chicago, IL")).officials().stream()
        .filter(h -> h.office().title().equals(title)).findFirst().orElseThrow();
  }

  @Test
  void fromJson_holdersOnlyDocument_correctsTheStandardDirectory() {
    EmbeddedDirectory mine = EmbeddedDirectory.fromJson(OVERLAY);

    OfficeHolding cook = office(mine, "Cook County State's Attorney");
    assertThat(cook.holder().name()).isEqualTo("Pat Example");
    assertThat(cook.holder().website()).hasToString("https://example.org/pat");
    assertThat(cook.info().termStart()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(cook.info().note()).isEqualTo("sworn in this week");
    assertThat(cook.info().sources()).extracting(s -> s.url().toString(), SourceRef::seen)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("https://example.org/roster", LocalDate.of(2026, 11, 30)),
            org.assertj.core.groups.Tuple.tuple("https://example.org/news", LocalDate.of(2026, 11, 30)));
    OfficeHolding mayor = office(mine, "Mayor of Chicago");
    assertThat(mayor.holder()).isNull();
    assertThat(mayor.info().status()).isEqualTo(HolderStatus.UNSOURCED);
    assertThat(mayor.info().note()).isEqualTo("our records are being checked");
    // the rest is the standard directory, unchanged
    assertThat(office(mine, "DuPage County State's Attorney").holder())
        .isEqualTo(office(EmbeddedDirectory.standard(), "DuPage County State's Attorney").holder());
    assertThat(EmbeddedDirectory.standard().lookup(PlaceQuery.city("Chicago, IL")).officials())
        .noneMatch(h -> h.holder() != null && h.holder().name().equals("Pat Example"));
  }

  @Test
  void withOverlay_fileHoldersWinOverTheStandardOnes(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("mine.json"), OVERLAY);
    EmbeddedDirectory merged = EmbeddedDirectory.standard().withOverlay(EmbeddedDirectory.fromPath(file));

    assertThat(office(merged, "Cook County State's Attorney").holder().name()).isEqualTo("Pat Example");
    assertThat(merged.places()).hasSameSizeAs(EmbeddedDirectory.standard().places());
  }

  @Test
  void holdings_standard_listsEveryRecordedOffice() {
    assertThat(EmbeddedDirectory.standard().holdings())
        .hasSize(EmbeddedDirectory.standard().places().size() + 163)
        .anyMatch(h -> h.holder() != null && h.holder().name().equals("Eileen O'Neill Burke"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"office\": \"il-cook\"|\"office\": \"il-nowhere\"|holders[0] (office il-nowhere) refers to office 'il-nowhere', which is not defined",
      "\"office\": \"il-cook\", \"name\"|\"office\": \"il-cook\", \"mayorOf\": \"x\", \"name\"|must name exactly one of 'office'",
      "\"Pat Example\", \"asOf\": \"2026-11-30\"|\"Pat Example\", \"asOf\": \"30/11/2026\"|holders[0] (office il-cook) asOf '30/11/2026' is not a date",
      "\"website\": \"https://example.org/pat\"|\"termEnd\": \"2026-01-01\", \"website\": \"https://example.org/pat\"|termEnd 2026-01-01 is before termStart",
      "\"seen\": \"2026-11-30\"|\"seen\": \"soon\"|sources[0].seen 'soon' is not a date",
      "\"https://example.org/news\"|42|sources[1] must be a URL or an object",
      "\"unsourced\": \"our records are being checked\"|\"name\": \"X\", \"unsourced\": \"why\"|gives both a holder name and 'unsourced'",
      "\"unsourced\": \"our records are being checked\"|\"party\": \"none\"|holder name is missing",
      "place:chicago\"|place:gotham\"|refers to place 'ocd-division/country:us/state:il/place:gotham', which is not defined",
      "\"name\": \"Pat Example\", \"asOf\": \"2026-11-30\",|\"name\": \"Pat Example\",|holder asOf is missing"})
  void fromJson_badHolder_namesTheFieldAndTheProblem(String from, String to, String problem) {
    String broken = OVERLAY.replace(from, to);
    assertThat(broken).isNotEqualTo(OVERLAY);
    assertThatThrownBy(() -> EmbeddedDirectory.fromJson(broken))
        .isInstanceOf(OfficialsException.class)
        .hasMessageStartingWith("invalid officials directory (JSON text): ")
        .hasMessageContaining(problem);
  }

  @Test
  void fromPath_syntaxError_namesTheFileAndTheLine(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("broken.json"), OVERLAY.replace("\"note\":", "note:"));
    assertThatThrownBy(() -> EmbeddedDirectory.fromPath(file))
        .isInstanceOf(OfficialsException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("line 7, column");
  }

  @Test
  void fromJson_twoEntriesForOneOffice_rejected() {
    String twice = OVERLAY.replace("{\"mayorOf\"", "{\"office\": \"il-cook\", \"unsourced\": \"again\"},\n {\"mayorOf\"");
    assertThatThrownBy(() -> EmbeddedDirectory.fromJson(twice))
        .hasMessageContaining("holders[1] (office il-cook) is a second holder entry for the same office il-cook");
  }
}
