package org.justicekit.officials.openstates;

import org.justicekit.officials.Place;
import org.justicekit.officials.PlaceQuery;
import org.justicekit.officials.PlaceLookup;
import org.justicekit.officials.OfficialsProvider;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.justicekit.demands.Jurisdiction;
import org.justicekit.demands.OcdId;
import org.justicekit.demands.Office;
import org.justicekit.demands.OfficeType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

final class OpenStatesProviderTest {
  @TempDir Path dir;

  private OfficialsProvider provider;

  @BeforeEach
  void importTree() {
    OpenStatesTree tree = OpenStatesTree.in(dir);
    tree.mayor("tx", "houston", "John Whitmire", "2028-01-01");
    tree.mayor("tx", "san_antonio", "Ron Nirenberg", "2025-11-30");
    tree.mayor("mn", "saint_paul", "Kaohly Her", "2029-01-01");
    tree.mayor("nc", "winston_salem", "Allen Joines", "2024-12-31");
    tree.mayor("ut", "midvale_", "Dustin Gettel", "2029-01-08");
    tree.mayor("nc", "north_charleston", "R Keith Summey", "2023-11-07");
    tree.mayor("pa", "reading", "Eddie Mor\u00e1n", "2028-01-03");
    tree.person("hi", "Rick-Blangiardi.yml", """
        name: Rick Blangiardi
        roles:
        - end_date: '2029-01-02'
          type: mayor
          jurisdiction: ocd-jurisdiction/country:us/state:hi/county:honolulu/government
        """);
    // Two spellings of one city filed separately: a city query finds both.
    tree.mayor("fl", "st_petersburg", "Ken Welch", "2026-01-06");
    tree.mayor("fl", "saint_petersburg", "Kenneth Welch", "2030-01-06");
    tree.placeList("tx", """
        - name: Houston
          id: ocd-jurisdiction/country:us/state:tx/place:houston/government
        - name: San Antonio
          id: ocd-jurisdiction/country:us/state:tx/place:san_antonio/government
        """);
    provider = tree.load().provider();
  }

  @Test
  void name_isOpenstates() {
    assertThat(provider.name()).isEqualTo("openstates");
  }

  static Stream<Arguments> queries() {
    return Stream.of(
        Arguments.of(PlaceQuery.city("Houston, TX"), true),
        Arguments.of(PlaceQuery.ocdId("ocd-division/country:us/state:tx/place:houston"), true),
        Arguments.of(PlaceQuery.zip("77002"), false),
        Arguments.of(PlaceQuery.address("901 Bagby St, Houston, TX"), false),
        Arguments.of(PlaceQuery.point(29.76, -95.37), false));
  }

  @ParameterizedTest
  @MethodSource("queries")
  void supports_cityAndDivisionOnly(PlaceQuery query, boolean supported) {
    assertThat(provider.supports(query)).isEqualTo(supported);
  }

  @Test
  void lookup_currentMayor_mayorHoldingWithoutNotes() {
    PlaceLookup lookup = provider.lookup(PlaceQuery.city("Houston, TX"));

    OcdId houston = OcdId.parse("ocd-division/country:us/state:tx/place:houston");
    assertThat(lookup.query()).isEqualTo("Houston, TX");
    assertThat(lookup.providers()).containsExactly("openstates");
    assertThat(lookup.places()).containsExactly(new Place("Houston", "TX", houston, null));
    assertThat(lookup.officials()).singleElement().satisfies(h -> {
      assertThat(h.office()).isEqualTo(new Office(OfficeType.MAYOR, "Mayor of Houston",
          new Jurisdiction("Houston", houston), true, null, null));
      assertThat(h.holder()).isNotNull();
      assertThat(h.holder().name()).isEqualTo("John Whitmire");
      assertThat(h.provider()).isEqualTo("openstates");
    });
    assertThat(lookup.notes()).isEmpty();
  }

  @Test
  void lookup_endedTerm_holderWithNotVerifiedNote() {
    PlaceLookup lookup = provider.lookup(PlaceQuery.city("San Antonio, TX"));

    assertThat(lookup.officials()).singleElement()
        .satisfies(h -> assertThat(h.holder().name()).isEqualTo("Ron Nirenberg"));
    assertThat(lookup.notes()).containsExactly("Mayor of San Antonio: term ended 2025-11-30 "
        + "according to Open States; not verified as current");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "St. Paul, MN | ocd-division/country:us/state:mn/place:saint_paul",
      "Saint Paul, MN | ocd-division/country:us/state:mn/place:saint_paul",
      "ST PAUL, mn | ocd-division/country:us/state:mn/place:saint_paul",
      "Winston-Salem, NC | ocd-division/country:us/state:nc/place:winston_salem",
      "Midvale, UT | ocd-division/country:us/state:ut/place:midvale",
      "North Charleston, SC | ocd-division/country:us/state:sc/place:north_charleston",
      "Honolulu, HI | ocd-division/country:us/state:hi/county:honolulu",
      "Reading, PA | ocd-division/country:us/state:pa/place:reading"})
  void lookup_cityWrittenDifferently_findsThePlace(String query, String ocdId) {
    PlaceLookup lookup = provider.lookup(PlaceQuery.city(query));

    assertThat(lookup.places()).extracting(p -> p.ocdId().value()).containsExactly(ocdId);
    assertThat(lookup.officials()).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ocd-division/country:us/state:mn/place:saint_paul | ocd-division/country:us/state:mn/place:saint_paul | 0",
      "ocd-division/country:us/state:mn/place:st_paul | ocd-division/country:us/state:mn/place:saint_paul | 1",
      "ocd-division/country:us/state:ut/place:midvale | ocd-division/country:us/state:ut/place:midvale | 1",
      "ocd-division/country:us/state:sc/place:north_charleston | ocd-division/country:us/state:sc/place:north_charleston | 2",
      "ocd-division/country:us/state:nc/place:winston-salem | ocd-division/country:us/state:nc/place:winston_salem | 2",
      "ocd-division/country:us/state:hi/county:honolulu | ocd-division/country:us/state:hi/county:honolulu | 0",
      "ocd-division/country:us/state:hi/place:honolulu | ocd-division/country:us/state:hi/county:honolulu | 1"})
  void lookup_division_exactThenSpellingTolerant(String query, String found, int notes) {
    PlaceLookup lookup = provider.lookup(PlaceQuery.ocdId(query));

    assertThat(lookup.places()).extracting(p -> p.ocdId().value()).containsExactly(found);
    assertThat(lookup.notes()).hasSize(notes);
    if (!query.equals(found)) {
      assertThat(lookup.notes()).contains("matched Open States' " + found + " for " + query);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ocd-division/country:us/state:tx/place:austin | ocd-division/country:us/state:tx/place:austin",
      "ocd-division/country:us/state:tx | ocd-division/country:us/state:tx",
      "ocd-division/country:us | ocd-division/country:us",
      "ocd-division/country:us/state:ca/place:houston | ocd-division/country:us/state:ca/place:houston",
      "ocd-division/country:us/state:nc/place:north_charleston | ocd-division/country:us/state:nc/place:north_charleston",
      "ocd-division/country:us/state:tx/county:harris | ocd-division/country:us/state:tx/county:harris"})
  void lookup_divisionWithoutFile_emptyWithNote(String query, String shown) {
    PlaceLookup lookup = provider.lookup(PlaceQuery.ocdId(query));

    assertThat(lookup.places()).isEmpty();
    assertThat(lookup.officials()).isEmpty();
    assertThat(lookup.notes()).containsExactly(
        "Open States has no mayor file for '" + shown + "' (it covers 10 places)");
    assertThat(lookup.providers()).containsExactly("openstates");
  }

  @Test
  void lookup_cityWithoutFile_emptyWithNote() {
    PlaceLookup lookup = provider.lookup(PlaceQuery.city("Washington, DC"));

    assertThat(lookup.officials()).isEmpty();
    assertThat(lookup.notes()).singleElement().asString()
        .contains("no mayor file for 'Washington, DC'");
  }

  @Test
  void lookup_twoFilesForOneCitySpelling_listsBothAndSaysSo() {
    PlaceLookup lookup = provider.lookup(PlaceQuery.city("St. Petersburg, FL"));

    assertThat(lookup.ambiguous()).isTrue();
    assertThat(lookup.officials()).extracting(h -> h.holder().name())
        .containsExactlyInAnyOrder("Ken Welch", "Kenneth Welch");
    assertThat(lookup.notes()).contains("'St. Petersburg, FL' matches 2 places in Open States; "
        + "each is listed");
  }

  @Test
  void lookup_correctedId_notesTheCorrectionAndTheEndedTerm() {
    PlaceLookup lookup = provider.lookup(PlaceQuery.city("North Charleston, SC"));

    assertThat(lookup.notes()).hasSize(2);
    assertThat(lookup.notes().get(0)).isEqualTo("Mayor of North Charleston: term ended "
        + "2023-11-07 according to Open States; not verified as current");
    assertThat(lookup.notes().get(1)).contains("North Charleston is in South Carolina");
  }

  @Test
  void lookup_unsupportedQuery_emptyWithNote() {
    PlaceLookup lookup = provider.lookup(PlaceQuery.zip("77002"));

    assertThat(lookup.officials()).isEmpty();
    assertThat(lookup.notes()).singleElement().asString()
        .contains("answers only \"City, ST\" and OCD division id queries");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "St. Louis | saint_louis",
      "saint_louis | saint_louis",
      "st_louis | saint_louis",
      "Ste. Genevieve | sainte_genevieve",
      "Ft. Worth | fort_worth",
      "Mt. Pleasant | mount_pleasant",
      "Winston-Salem | winston_salem",
      "Coeur d'Alene | coeur_dalene",
      "Espa\u00f1ola | espanola",
      "midvale_ | midvale",
      "West St. Paul | west_st_paul",
      "'  ' | ''"})
  void placeKey_spellings_normalised(String text, String key) {
    assertThat(OpenStatesProvider.placeKey(text)).isEqualTo(key);
  }
}
