package org.justicekit.officials.providers;

import org.justicekit.officials.OfficialsException;
import org.justicekit.officials.PlaceQuery;
import org.justicekit.officials.ProsecutorSystem;
import org.justicekit.officials.PlaceLookup;
import org.justicekit.officials.OfficeHolding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.justicekit.demands.OfficeType;

final class EmbeddedDirectoryTest {
  private static final EmbeddedDirectory DIR = EmbeddedDirectory.standard();

  private static PlaceLookup city(String text) {
    return DIR.lookup(PlaceQuery.city(text));
  }

  private static List<String> prosecutors(PlaceLookup answer) {
    return answer.officials().stream()
        .filter(h -> h.office().officeType().equals(OfficeType.PROSECUTOR))
        .map(h -> h.office().title()).toList();
  }

  private static OfficeHolding prosecutor(PlaceLookup answer, String title) {
    return answer.officials().stream().filter(h -> h.office().title().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError(title + " not in " + prosecutors(answer)));
  }

  @Test
  void standard_isLoadedOnceAndDated() {
    assertThat(EmbeddedDirectory.standard()).isSameAs(DIR);
    assertThat(DIR.name()).isEqualTo("embedded");
    assertThat(DIR.asOf()).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(DIR.version()).isEqualTo("2026.11.25");
    assertThat(DIR.places()).hasSizeGreaterThanOrEqualTo(150);
    assertThat(DIR.prosecutorSystems()).hasSize(51);
    assertThat(DIR.toString()).contains("2026.11.25").contains("places");
  }

  @Test
  void lookup_chicago_mayorFirstThenCookCountyStatesAttorney() {
    PlaceLookup answer = city("Chicago, IL");
    assertThat(answer.query()).isEqualTo("Chicago, IL");
    assertThat(answer.providers()).containsExactly("embedded");
    assertThat(answer.places()).singleElement().satisfies(p -> {
      assertThat(p.ocdId().value()).isEqualTo("ocd-division/country:us/state:il/place:chicago");
      assertThat(p.countyOcdId()).hasToString("ocd-division/country:us/state:il/county:cook");
    });
    OfficeHolding mayor = answer.officials().get(0);
    assertThat(mayor.office().officeType()).isEqualTo(OfficeType.MAYOR);
    assertThat(mayor.office().title()).isEqualTo("Mayor of Chicago");
    assertThat(mayor.office().website()).hasToString("https://www.chicago.gov");
    assertThat(mayor.holder()).isNull();
    OfficeHolding cook = prosecutor(answer, "Cook County State's Attorney");
    assertThat(cook.office().elected()).isTrue();
    assertThat(cook.office().jurisdiction().ocdId().value())
        .isEqualTo("ocd-division/country:us/state:il/county:cook");
    assertThat(answer.notes()).anyMatch(n -> n.contains("office holders are not named"));
  }

  @Test
  void lookup_brooklyn_kingsCountyDistrictAttorneyOnly() {
    PlaceLookup answer = city("Brooklyn, NY");
    assertThat(prosecutors(answer)).containsExactly("Kings County District Attorney");
    assertThat(answer.officials().get(0).office().title()).isEqualTo("Mayor of New York");
    assertThat(prosecutor(answer, "Kings County District Attorney").office().coverage())
        .isEqualTo("Brooklyn (Kings County)");
    assertThat(answer.places()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("New York");
      assertThat(p.countyOcdId()).hasToString("ocd-division/country:us/state:ny/county:kings");
    });
    assertThat(answer.notes()).anyMatch(n -> n.startsWith("Brooklyn is part of New York"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Manhattan, NY|New York County District Attorney",
      "the bronx, ny|Bronx County District Attorney",
      "Staten Island, NY|Richmond County District Attorney",
      "Queens, NY|Queens County District Attorney"})
  void lookup_nycBorough_itsDistrictAttorney(String query, String title) {
    assertThat(prosecutors(city(query))).containsExactly(title);
  }

  @Test
  void lookup_newYorkCity_allFiveDistrictAttorneysAndWhy() {
    PlaceLookup answer = city("New York, NY");
    assertThat(prosecutors(answer)).containsExactly("New York County District Attorney",
        "Kings County District Attorney", "Queens County District Attorney",
        "Bronx County District Attorney", "Richmond County District Attorney");
    assertThat(answer.officials()).filteredOn(h -> h.office().officeType().equals(OfficeType.PROSECUTOR))
        .allSatisfy(h -> assertThat(h.office().coverage()).isNotBlank());
    assertThat(answer.notes()).anyMatch(n -> n.contains("five counties, one per borough"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Philadelphia, PA|District Attorney of Philadelphia|true|city and county are one",
      "San Francisco, CA|San Francisco District Attorney|true|consolidated",
      "Denver, CO|Denver District Attorney|true|2nd Judicial District",
      "Honolulu, HI|Prosecuting Attorney of the City and County of Honolulu|true|consolidated",
      "St. Louis, MO|Circuit Attorney for the City of St. Louis|true|independent city",
      "Baltimore, MD|State's Attorney for Baltimore City|true|independent city",
      "Richmond, VA|Commonwealth's Attorney for the City of Richmond|true|independent city",
      "Virginia Beach, VA|Commonwealth's Attorney for the City of Virginia Beach|true|independent city",
      "Norfolk, VA|Commonwealth's Attorney for the City of Norfolk|true|independent city",
      "Newark, NJ|Essex County Prosecutor|false|Governor",
      "Jersey City, NJ|Hudson County Prosecutor|false|Governor",
      "Hartford, CT|State's Attorney for the Judicial District of Hartford|false|Criminal Justice Commission",
      "Anchorage, AK|Anchorage District Attorney|false|Department of Law",
      "Dover, DE|Delaware Attorney General|true|no local prosecutors",
      "Providence, RI|Rhode Island Attorney General|true|no local prosecutors",
      "Miami, FL|State Attorney, 11th Judicial Circuit of Florida|true|Miami-Dade",
      "Nashville, TN|District Attorney General, 20th Judicial District of Tennessee|true|Davidson"})
  void lookup_specialCase_singleProsecutorElectedAndExplained(String query, String title,
      boolean elected, String explained) {
    PlaceLookup answer = city(query);
    assertThat(prosecutors(answer)).containsExactly(title);
    OfficeHolding holding = prosecutor(answer, title);
    assertThat(holding.office().elected()).isEqualTo(elected);
    assertThat(String.join(" ", answer.notes()) + " " + holding.office().jurisdiction().name())
        .contains(explained);
  }

  @Test
  void lookup_washingtonDc_usAttorneyAppointedAndElectedAttorneyGeneral() {
    PlaceLookup answer = city("Washington, DC");
    assertThat(answer.places()).singleElement()
        .satisfies(p -> assertThat(p.ocdId().value()).isEqualTo("ocd-division/country:us/district:dc"));
    OfficeHolding usao = prosecutor(answer, "United States Attorney for the District of Columbia");
    OfficeHolding oag = prosecutor(answer, "Attorney General for the District of Columbia");
    assertThat(usao.office().elected()).isFalse();
    assertThat(usao.office().coverage()).contains("adult");
    assertThat(oag.office().elected()).isTrue();
    assertThat(oag.office().coverage()).contains("juvenile");
    assertThat(answer.officials().get(0).office().title()).isEqualTo("Mayor of the District of Columbia");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Houston, TX|Harris County District Attorney;Fort Bend County District Attorney;Montgomery County District Attorney",
      "Dallas, TX|Dallas County Criminal District Attorney;Collin County Criminal District Attorney;Denton County Criminal District Attorney;Kaufman County Criminal District Attorney;Rockwall County Criminal District Attorney",
      "Kansas City, MO|Jackson County Prosecuting Attorney;Clay County Prosecuting Attorney;Platte County Prosecuting Attorney;Cass County Prosecuting Attorney",
      "Oklahoma City, OK|Oklahoma County District Attorney;Canadian County District Attorney;District Attorney, District 21 of Oklahoma;District Attorney, District 23 of Oklahoma",
      "Columbus, OH|Franklin County Prosecuting Attorney;Delaware County Prosecuting Attorney;Fairfield County Prosecuting Attorney",
      "Atlanta, GA|Fulton County District Attorney;DeKalb County District Attorney"})
  void lookup_cityInSeveralCounties_eachProsecutorSaysWhichPart(String query, String titles) {
    PlaceLookup answer = city(query);
    assertThat(prosecutors(answer)).containsExactly(titles.split(";"));
    List<String> coverage = answer.officials().stream()
        .filter(h -> h.office().officeType().equals(OfficeType.PROSECUTOR))
        .map(h -> h.office().coverage()).toList();
    assertThat(coverage).doesNotContainNull().doesNotHaveDuplicates();
    assertThat(coverage.get(0)).startsWith("most of the city");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "saint louis, mo|St. Louis",
      "ST LOUIS, MO|St. Louis",
      "Ft. Worth, TX|Fort Worth",
      "fort worth, tx|Fort Worth",
      "St. Paul, MN|Saint Paul",
      "winston salem, NC|Winston-Salem",
      "San José, CA|San Jose",
      "Nashville-Davidson, TN|Nashville",
      "Port Saint Lucie, FL|Port St. Lucie",
      "  honolulu ,hi|Honolulu",
      "Urban Honolulu, HI|Honolulu",
      "Boise City, ID|Boise"})
  void lookup_spellingVariants_findThePlace(String query, String name) {
    assertThat(city(query).places()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo(name));
  }

  @Test
  void lookup_sameNameOtherState_isNotConfused() {
    assertThat(city("Augusta, ME").places()).singleElement()
        .satisfies(p -> assertThat(p.state()).isEqualTo("ME"));
    assertThat(prosecutors(city("Augusta, GA"))).containsExactly("District Attorney, Augusta Judicial Circuit");
    assertThat(city("Glendale, CA").officials().get(1).office().title())
        .isEqualTo("Los Angeles County District Attorney");
  }

  @Test
  void lookup_uncoveredPlace_emptyWithStateSystemNote() {
    PlaceLookup answer = city("Smallville, KS");
    assertThat(answer.officials()).isEmpty();
    assertThat(answer.places()).isEmpty();
    assertThat(answer.notes()).singleElement().satisfies(n -> assertThat(n)
        .startsWith("no embedded data for Smallville, KS; in Kansas the local prosecutor is the County Attorney, elected, one per county.")
        .contains("District Attorney"));
  }

  @Test
  void lookup_uncoveredPlaceInStatewideState_stillGetsAttorneyGeneral() {
    PlaceLookup answer = city("Wilmington, DE");
    assertThat(answer.officials()).extracting(h -> h.office().title()).containsExactly("Delaware Attorney General");
    assertThat(answer.notes()).anyMatch(n -> n.startsWith("no embedded data for Wilmington, DE"));
  }

  @Test
  void lookup_uncoveredDistrictOrStatewideState_wordedForIt() {
    assertThat(DIR.lookup(PlaceQuery.ocdId("ocd-division/country:us/state:de")).notes())
        .anyMatch(n -> n.contains("in Delaware the local prosecutor is the Attorney General, elected, one for the whole state"));
    assertThat(DIR.lookup(PlaceQuery.ocdId("ocd-division/country:us/district:dc/ward:2")).notes())
        .anyMatch(n -> n.contains("Washington, DC"));
    assertThat(DIR.lookup(PlaceQuery.ocdId("ocd-division/country:us/state:nj/county:sussex")).notes())
        .anyMatch(n -> n.contains("in New Jersey the local prosecutor is the County Prosecutor, appointed, not elected"));
  }

  @Test
  void lookup_unknownStateCode_noteSaysSo() {
    PlaceLookup answer = city("San Juan, PR");
    assertThat(answer.officials()).isEmpty();
    assertThat(answer.notes()).singleElement().satisfies(n -> assertThat(n).contains("PR is not one of the 50 states or DC"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ocd-division/country:us/state:il/place:chicago|Chicago|Cook County State's Attorney",
      "ocd-division/country:us/state:il/place:chicago/ward:1|Chicago|Cook County State's Attorney",
      "ocd-division/country:us/state:co/county:denver|Denver|Denver District Attorney",
      "ocd-division/country:us/state:tn/place:nashville|Nashville|District Attorney General, 20th Judicial District of Tennessee",
      "ocd-division/country:us/state:mo/county:st_louis_city|St. Louis|Circuit Attorney for the City of St. Louis",
      "ocd-division/country:us/state:hi/place:honolulu|Honolulu|Prosecuting Attorney of the City and County of Honolulu"})
  void lookup_placeDivision_theCity(String id, String name, String prosecutor) {
    PlaceLookup answer = DIR.lookup(PlaceQuery.ocdId(id));
    assertThat(answer.places()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo(name));
    assertThat(prosecutors(answer)).contains(prosecutor);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ocd-division/country:us/state:il/county:cook|Cook County State's Attorney",
      "ocd-division/country:us/state:ny/county:kings|Kings County District Attorney",
      "ocd-division/country:us/state:ny/place:new_york/county:kings|Kings County District Attorney",
      "ocd-division/country:us/state:ny/borough:staten_island|Richmond County District Attorney",
      "ocd-division/country:us/state:fl/county:clay|State Attorney, 4th Judicial Circuit of Florida"})
  void lookup_countyDivision_itsProsecutorWithoutMayor(String id, String prosecutor) {
    PlaceLookup answer = DIR.lookup(PlaceQuery.ocdId(id));
    assertThat(prosecutors(answer)).containsExactly(prosecutor);
    assertThat(answer.officials()).noneMatch(h -> h.office().officeType().equals(OfficeType.MAYOR));
    assertThat(answer.notes()).anyMatch(n -> n.contains("has no mayor of its own"));
  }

  @Test
  void lookup_stateAndUnknownDivisions_systemNotes() {
    PlaceLookup ri = DIR.lookup(PlaceQuery.ocdId("ocd-division/country:us/state:ri"));
    assertThat(prosecutors(ri)).containsExactly("Rhode Island Attorney General");
    PlaceLookup ks = DIR.lookup(PlaceQuery.ocdId("ocd-division/country:us/state:ks/county:finney"));
    assertThat(ks.officials()).isEmpty();
    assertThat(ks.notes()).singleElement().satisfies(n -> assertThat(n).contains("in Kansas the local prosecutor is the County Attorney"));
    PlaceLookup ca = DIR.lookup(PlaceQuery.ocdId("ocd-division/country:ca/province:on"));
    assertThat(ca.notes()).singleElement().satisfies(n -> assertThat(n).contains("United States only"));
  }

  @Test
  void lookup_zip_stateNoteOrStatewideOffices() {
    PlaceLookup chicago = DIR.lookup(PlaceQuery.zip("60602"));
    assertThat(chicago.officials()).isEmpty();
    assertThat(chicago.notes()).singleElement().satisfies(n -> assertThat(n)
        .contains("cannot tell offline which city or county ZIP 60602").contains("Illinois")
        .contains("State's Attorney"));
    assertThat(prosecutors(DIR.lookup(PlaceQuery.zip("19901-1234")))).containsExactly("Delaware Attorney General");
    PlaceLookup dc = DIR.lookup(PlaceQuery.zip("20001"));
    assertThat(prosecutors(dc)).containsExactly("United States Attorney for the District of Columbia",
        "Attorney General for the District of Columbia");
    assertThat(DIR.lookup(PlaceQuery.zip("00601")).notes()).singleElement()
        .satisfies(n -> assertThat(n).contains("territories"));
  }

  @Test
  void lookup_addressOrPoint_unsupportedWithNote() {
    PlaceQuery address = PlaceQuery.address("50 W Washington St, Chicago, IL 60602");
    assertThat(DIR.supports(address)).isFalse();
    assertThat(DIR.supports(PlaceQuery.point(41.88, -87.63))).isFalse();
    assertThat(DIR.supports(PlaceQuery.zip("60602"))).isTrue();
    PlaceLookup answer = DIR.lookup(address);
    assertThat(answer.officials()).isEmpty();
    assertThat(answer.notes()).singleElement().satisfies(n -> assertThat(n).contains("geocoding provider"));
  }

  @Test
  void prosecutorSystem_byState() {
    assertThat(DIR.prosecutorSystem("hi")).get().satisfies(s -> {
      assertThat(s.selection()).isEqualTo(ProsecutorSystem.Selection.MIXED);
      assertThat(s.elected()).isFalse();
      assertThat(s.unit().label()).isEqualTo("county");
    });
    assertThat(DIR.prosecutorSystem("SC")).get().satisfies(s -> assertThat(s.title()).isEqualTo("Solicitor"));
    assertThat(DIR.prosecutorSystem("PR")).isEmpty();
  }

  private static final String MINIMAL = """
      {"schemaVersion": 1, "name": "test", "version": "1", "asOf": "2026-01-02",
       "states": [{"state": "KS", "name": "Kansas", "prosecutor": {"title": "County Attorney",
         "unit": "COUNTY", "selection": "ELECTED", "note": "n"}}],
       "offices": [{"id": "ks-finney", "title": "Finney County Attorney",
         "jurisdiction": {"name": "Finney County", "ocdId": "ocd-division/country:us/state:ks/county:finney"},
         "elected": true, "website": null, "future": 1,
         "holder": {"name": "A. Person", "asOf": "2026-01-01", "sources": ["https://example.org/roster"]}}],
       "places": [{"name": "Garden City", "state": "KS",
         "ocdId": "ocd-division/country:us/state:ks/place:garden_city",
         "mayor": {"title": "Mayor of Garden City", "website": null},
         "prosecutors": [{"office": "ks-finney"}]}]}""";

  @Test
  void fromJson_customDirectory_holderWithSourceAndDate() {
    EmbeddedDirectory custom = EmbeddedDirectory.fromJson(MINIMAL);
    PlaceLookup answer = custom.lookup(PlaceQuery.city("Garden City, KS"));
    OfficeHolding attorney = prosecutor(answer, "Finney County Attorney");
    assertThat(attorney.holder()).isNotNull();
    assertThat(attorney.holder().name()).isEqualTo("A. Person");
    assertThat(attorney.holder().asOf()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(attorney.holder().sources()).hasToString("[https://example.org/roster]");
    assertThat(answer.notes()).anyMatch(n -> n.contains("office holders are not named"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"schemaVersion\": 1|\"schemaVersion\": 2|schemaVersion 2 is not supported",
      "\"office\": \"ks-finney\"|\"office\": \"ks-nowhere\"|refers to office 'ks-nowhere', which is not defined",
      "\"sources\": [\"https://example.org/roster\"]|\"sources\": []|names a holder without a source",
      "\"asOf\": \"2026-01-02\"|\"asOf\": \"yesterday\"|'yesterday' is not a date",
      "county:finney\"|county:Finney\"|invalid OCD division id",
      "\"website\": null, \"future\"|\"website\": \"javascript:alert(1)\", \"future\"|is not an http(s) URL",
      "\"elected\": true,|\"elected\": null,|does not say whether it is elected",
      "\"unit\": \"COUNTY\"|\"unit\": \"PARISH\"|No enum constant"})
  void fromJson_brokenRule_namedInTypedException(String from, String to, String problem) {
    String broken = MINIMAL.replace(from, to);
    assertThat(broken).isNotEqualTo(MINIMAL);
    assertThatThrownBy(() -> EmbeddedDirectory.fromJson(broken))
        .isInstanceOf(OfficialsException.class)
        .hasMessageStartingWith("invalid officials directory")
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(((OfficialsException) e).provider()).isEqualTo("embedded"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"''", "'{'", "'[1,2]'", "'null'", "'{\"schemaVersion\": 1}'",
      "'<html>nope</html>'"})
  void fromJson_malformed_typedException(String json) {
    assertThatThrownBy(() -> EmbeddedDirectory.fromJson(json))
        .isInstanceOf(OfficialsException.class)
        .hasMessageStartingWith("invalid officials directory");
  }

  @Test
  void fromJson_deepNesting_typedExceptionNotStackOverflow() {
    String deep = "[".repeat(100_000);
    assertThatThrownBy(() -> EmbeddedDirectory.fromJson(deep)).isInstanceOf(OfficialsException.class);
  }

  @Test
  void fromPath_fileCases(@TempDir Path dir) throws Exception {
    Path good = Files.writeString(dir.resolve("good.json"), MINIMAL);
    assertThat(EmbeddedDirectory.fromPath(good).places()).hasSize(1);
    Path binary = Files.write(dir.resolve("binary.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    assertThatThrownBy(() -> EmbeddedDirectory.fromPath(binary)).isInstanceOf(OfficialsException.class)
        .hasMessageContaining("not UTF-8");
    assertThatThrownBy(() -> EmbeddedDirectory.fromPath(dir.resolve("missing.json")))
        .isInstanceOf(OfficialsException.class).hasMessageContaining("file not found");
  }
}
