package org.justicekit.officials.openstates;

import org.justicekit.officials.PlaceQuery;
import org.justicekit.officials.PlaceLookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.justicekit.demands.ContactChannel;
import org.justicekit.demands.OcdId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Facts from the Open States people snapshot in {@code ../shared/data/openstates-people}
 * (HEAD 934bf09a, 2026-08-05), judged as of 2026-11-25. Read in place, never copied.
 */
final class OpenStatesSnapshotTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
  private static final String DIVISION = "ocd-division/country:us/state:";

  private static OpenStatesMayors mayors;

  @BeforeAll
  static void importSnapshot() {
    String shared = System.getProperty("justicekit.shared.dir");
    assumeTrue(shared != null, "system property justicekit.shared.dir is not set; skipping");
    Path checkout = Path.of(shared, "data", "openstates-people");
    assumeTrue(Files.isDirectory(checkout.resolve("data")),
        "no Open States snapshot at " + checkout + "; skipping");
    mayors = OpenStatesImport.builder().asOf(AS_OF).build().load(checkout);
  }

  private static OpenStatesMayor mayor(String stateAndPlace) {
    return mayors.mayor(OcdId.parse(DIVISION + stateAndPlace)).orElseThrow();
  }

  @Test
  void load_snapshot_totalsMatchTheDataReadme() {
    assertThat(mayors.filesRead()).isEqualTo(608);
    assertThat(mayors.mayors()).hasSize(591);
    assertThat(mayors.currentCount()).isEqualTo(293);
    assertThat(mayors.mayors().stream().filter(m -> !m.current())).hasSize(298);
  }

  @Test
  void load_snapshot_onlyTheTwoIrregularIdsWarned() {
    assertThat(mayors.warnings()).extracting(OpenStatesWarning::file).containsExactly(
        "data/nc/municipalities/R-Keith-Summey-7b44ffe1-7632-4afa-a542-87dc00fc0311.yml",
        "data/ut/municipalities/Dustin-Gettel-33cce721-522a-47c1-98cd-a73f0ba8a65f.yml");
  }

  @Test
  void houston_johnWhitmire_currentUntil2028() {
    OpenStatesMayor houston = mayor("tx/place:houston");

    assertThat(houston.official().name()).isEqualTo("John Whitmire");
    assertThat(houston.current()).isTrue();
    assertThat(houston.termEnd()).isEqualTo(LocalDate.of(2028, 1, 1));
    assertThat(houston.official().emails()).containsExactly("mayor.jw@houstontx.gov");
    assertThat(houston.official().phones()).containsExactly("713-837-0311");
    assertThat(houston.official().asOf()).isEqualTo(AS_OF);
    assertThat(houston.official().sources()).contains(URI.create(
        "data/tx/municipalities/John-Whitmire-92d60f74-2fed-11ef-9454-0242ac120002.yml"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "pa/place:philadelphia | Cherelle Parker | 2028-01-01 | Jim Kenney",
      "ca/place:san_francisco | Daniel Lurie | 2029-01-08 | London Breed"})
  void load_predecessorKept_latestMayorChosen(String place, String name, LocalDate end,
      String predecessor) {
    OpenStatesMayor mayor = mayor(place);

    assertThat(mayor.official().name()).isEqualTo(name);
    assertThat(mayor.termEnd()).isEqualTo(end);
    assertThat(mayor.current()).isTrue();
    assertThat(mayor.notes()).anySatisfy(n -> assertThat(n).startsWith("replaces " + predecessor));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "San Antonio, TX | Ron Nirenberg | 2025-11-30",
      "Charlotte, NC | Vi Lyles | 2025-11-04"})
  void lookup_staleRecord_flaggedNotCurrent(String city, String name, LocalDate end) {
    PlaceLookup lookup = mayors.provider().lookup(PlaceQuery.city(city));

    assertThat(lookup.officials()).singleElement().satisfies(h -> {
      assertThat(h.holder().name()).isEqualTo(name);
      assertThat(h.holder().asOf()).isEqualTo(end);
    });
    assertThat(lookup.notes()).contains("Mayor of " + city.substring(0, city.indexOf(','))
        + ": term ended " + end + " according to Open States; not verified as current");
  }

  @Test
  void losAngeles_karenBass_legislativeRolesIgnored() {
    OpenStatesMayor la = mayor("ca/place:los_angeles");

    assertThat(la.official().name()).isEqualTo("Karen Bass");
    assertThat(la.termStart()).isEqualTo(LocalDate.of(2022, 12, 12));
    assertThat(la.termEnd()).isEqualTo(LocalDate.of(2026, 12, 11));
    assertThat(la.official().party()).isEqualTo("Democratic");
    assertThat(la.official().sources()).extracting(URI::getScheme)
        .containsExactly("https", null);
    assertThat(mayors.mayors()).noneMatch(m -> m.ocdId().segments().size() < 3);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "or/place:portland | Keith Wilson | 2028-12-31",
      "wa/place:renton | Armondo Pavone | 2028-01-01"})
  void load_unquotedDates_parsed(String place, String name, LocalDate end) {
    OpenStatesMayor mayor = mayor(place);

    assertThat(mayor.official().name()).isEqualTo(name);
    assertThat(mayor.termEnd()).isEqualTo(end);
  }

  @Test
  void renton_unquotedStartDate_parsed() {
    assertThat(mayor("wa/place:renton").termStart()).isEqualTo(LocalDate.of(2020, 1, 1));
  }

  @Test
  void beaverton_idsBecomeChannels() {
    assertThat(mayor("or/place:beaverton").official().channels()).containsExactly(
        new ContactChannel("facebook", "MayorLaceyBeaty"),
        new ContactChannel("twitter", "laceybeaty"),
        new ContactChannel("youtube", "mayorlaceybeaty1591"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "St. Paul, MN | mn/place:saint_paul",
      "North Charleston, SC | sc/place:north_charleston",
      "Midvale, UT | ut/place:midvale",
      "Honolulu, HI | hi/county:honolulu",
      "Kauai, HI | hi/county:kauai",
      "San Antonio, TX | tx/place:san_antonio",
      "Reading, PA | pa/place:reading"})
  void lookup_irregularPlaces_found(String city, String division) {
    PlaceLookup lookup = mayors.provider().lookup(PlaceQuery.city(city));

    assertThat(lookup.places()).extracting(p -> p.ocdId().value())
        .containsExactly(DIVISION + division);
  }

  @Test
  void ronNirenberg_doubleHyphenFileName_read() {
    assertThat(mayor("tx/place:san_antonio").file()).contains("Ron-Nirenberg--");
  }

  @Test
  void reading_nonAsciiName_readAsUtf8() {
    assertThat(mayor("pa/place:reading").official().name()).isEqualTo("Eddie Mor\u00e1n");
  }

  @Test
  void lookup_washingtonDc_notInThisData() {
    PlaceLookup lookup = mayors.provider().lookup(PlaceQuery.city("Washington, DC"));

    assertThat(lookup.officials()).isEmpty();
    assertThat(lookup.notes()).singleElement().asString().contains("no mayor file");
  }

  @Test
  void load_snapshot_everyRecordCitesItsFileAndDatesStaleOnesByTermEnd() {
    assertThat(mayors.mayors()).allSatisfy(m -> {
      assertThat(m.official().sources()).contains(URI.create(m.file()));
      assertThat(m.official().asOf()).isEqualTo(m.current() ? AS_OF : m.termEnd());
      String folder = m.ocdId().value().endsWith("sc/place:north_charleston") ? "nc"
          : m.state().toLowerCase(Locale.ROOT);
      assertThat(m.file()).startsWith("data/" + folder + "/municipalities/");
    });
  }

  @Test
  void toDirectoryJson_snapshot_allMayorsSorted() throws Exception {
    JsonNode json = new ObjectMapper().readTree(mayors.toDirectoryJson());

    assertThat(json.get("count").asInt()).isEqualTo(591);
    assertThat(json.get("currentCount").asInt()).isEqualTo(293);
    assertThat(json.get("mayors").get(0).get("ocdId").asText())
        .isEqualTo(DIVISION + "ak/place:anchorage");
  }
}
