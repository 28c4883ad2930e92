package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Places as people type them resolve offline (issue 14). */
final class PlaceInputTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Chicago, Illinois|Chicago|IL",
      "chicago il|Chicago|IL",
      "Chicago IL|Chicago|IL",
      "new york, new york|New York|NY",
      "San Francisco CA|San Francisco|CA",
      "Washington DC|Washington|DC",
      "Washington, D.C.|Washington|DC",
      "St Louis|St. Louis|MO",
      "Ft. Worth|Fort Worth|TX",
      "fort worth texas|Fort Worth|TX",
      "St. Louis, Missouri|St. Louis|MO",
      "Chicago, IL|Chicago|IL"})
  void issue14_placeAsTyped_resolvesOffline(String typed, String city, String state)
      throws Exception {
    CliRun run = CliRun.of("lookup", "--format", "json", typed);
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode place = ScoreJson.MAPPER.readTree(run.out()).get("places").get(0);
    assertThat(place.get("name").asText()).isEqualTo(city);
    assertThat(place.get("state").asText()).isEqualTo(state);
    assertThat(ScoreJson.MAPPER.readTree(run.out()).get("officials").size()).isGreaterThan(1);
  }

  @ParameterizedTest
  @CsvSource({"--zip", "PLACE"})
  void issue14_zip19104_givesPhiladelphiasMayorAndDistrictAttorney(String how) throws Exception {
    CliRun run = how.equals("--zip") ? CliRun.of("lookup", "--format", "json", "--zip", "19104")
        : CliRun.of("lookup", "--format", "json", "19104");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = ScoreJson.MAPPER.readTree(run.out());
    assertThat(root.get("officials").findValuesAsText("title"))
        .contains("Mayor of Philadelphia", "District Attorney of Philadelphia");
    assertThat(root.get("notes").toString()).contains("ZIP 19104 is in Philadelphia County, PA");
  }

  @Test
  void issue14_zipOfCountyWithoutEntry_givesTheCountyProsecutor() throws Exception {
    CliRun run = CliRun.of("lookup", "--format", "json", "--zip", "61820");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(ScoreJson.MAPPER.readTree(run.out()).get("officials").findValuesAsText("title"))
        .contains("Champaign County State's Attorney");
  }

  @Test
  void issue14_scorecardTakesThePlaceAsTyped() {
    CliRun run = CliRun.of("scorecard", "--offline", "chicago il");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Cook County State's Attorney");
  }

  @Test
  void issue14_cityInTwoStates_asksWhichNamingBoth() {
    CliRun run = CliRun.of("lookup", "Glendale");
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("there is a Glendale in AZ and CA")
        .contains("\"Glendale, AZ\"");
  }

  @Test
  void issue14_unknownCityWithoutState_saysExactlyWhatIsNeeded() {
    CliRun run = CliRun.of("lookup", "Smallville");
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err().lines()).singleElement().asString()
        .contains("'Smallville' is not a place the embedded directory knows without its state")
        .contains("\"Smallville, IL\"").contains("--zip Z").contains("--address");
    CliVoiceTest.assertCliTerms(run.err());
  }

  @Test
  void issue14_scorecardUnknownCityWithoutState_saysWhatToAdd() {
    CliRun run = CliRun.of("scorecard", "--offline", "Smallville");
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("without its state").doesNotContain("geocoder");
  }

  @Test
  void issue14_unknownCityWithState_namesTheStateSystemAndTheZipRoute() throws Exception {
    CliRun run = CliRun.of("lookup", "--format", "json", "Smallville Kansas");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = ScoreJson.MAPPER.readTree(run.out());
    assertThat(root.get("query").asText()).isEqualTo("Smallville, KS");
    assertThat(root.get("notes").toString()).contains("Smallville, KS");
  }
}
