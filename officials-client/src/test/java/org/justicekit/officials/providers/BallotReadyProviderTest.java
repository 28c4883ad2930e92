package org.justicekit.officials.providers;

import org.justicekit.officials.OfficialsException;
import org.justicekit.officials.PlaceQuery;
import org.justicekit.officials.testing.LocalServer;
import org.justicekit.officials.QuotaExceededException;
import org.justicekit.officials.PlaceLookup;
import org.justicekit.officials.testing.FakeTime;
import org.justicekit.officials.AuthenticationException;
import org.justicekit.officials.InvalidAddressException;
import org.justicekit.officials.OfficeHolding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.justicekit.demands.ContactChannel;
import org.justicekit.demands.OfficeType;

final class BallotReadyProviderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static BallotReadyProvider provider(LocalServer server) {
    return BallotReadyProvider.builder().apiKey(Fixtures.KEY)
        .http(Fixtures.quick(server.baseUrl(), new FakeTime()).build()).build();
  }

  private static JsonNode body(LocalServer.Recorded r) throws Exception {
    return JSON.readTree(r.body());
  }

  @Test
  void lookup_address_followsPagesFiltersCurrentAndMapsOffices() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("ballotready/page1.json"));
      server.enqueueJson(200, Fixtures.read("ballotready/page2.json"));
      PlaceLookup result = provider(server)
          .lookup(PlaceQuery.address("121 N LaSalle St, Chicago, IL 60602"));

      assertThat(result.officials()).extracting(h -> h.office().officeType())
          .containsExactly(OfficeType.MAYOR, OfficeType.PROSECUTOR);
      OfficeHolding mayor = result.officials().get(0);
      assertThat(mayor.office().title()).isEqualTo("Mayor of Chicago");
      assertThat(mayor.office().jurisdiction().name()).isEqualTo("Chicago");
      assertThat(mayor.office().jurisdiction().ocdId().value())
          .isEqualTo("ocd-division/country:us/state:il/place:chicago");
      assertThat(mayor.office().elected()).isTrue();
      assertThat(mayor.holder().name()).isEqualTo("Dana Riverton");
      assertThat(mayor.holder().party()).isEqualTo("Democratic");
      assertThat(mayor.holder().website()).isEqualTo(URI.create("https://example.org/riverton"));
      // the person's accounts are the campaign's (issue 19)
      assertThat(mayor.holder().channels()).containsExactly(
          new ContactChannel("twitter-campaign", "https://twitter.com/riverton"));
      assertThat(mayor.holder().emails()).containsExactly("riverton@example.org");
      assertThat(mayor.holder().asOf()).isEqualTo(LocalDate.of(2026, 11, 25));
      OfficeHolding sa = result.officials().get(1);
      assertThat(sa.office().jurisdiction().ocdId().value())
          .isEqualTo("ocd-division/country:us/state:il/county:cook");
      assertThat(sa.holder().name()).isEqualTo("Morgan Lakeside");
      assertThat(result.places()).singleElement().satisfies(p -> {
        assertThat(p.name()).isEqualTo("Chicago");
        assertThat(p.countyOcdId()).hasToString("ocd-division/country:us/state:il/county:cook");
      });
      assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("no longer current"));

      assertThat(server.requests()).hasSize(2);
      LocalServer.Recorded first = server.requests().get(0);
      assertThat(first.method()).isEqualTo("POST");
      assertThat(first.path()).isEqualTo("/graphql");
      assertThat(first.header("Authorization")).isEqualTo("Bearer " + Fixtures.KEY);
      assertThat(first.header("Content-Type")).isEqualTo("application/json");
      assertThat(first.query()).isEmpty();
      JsonNode vars = body(first).get("variables");
      assertThat(body(first).get("query").asText()).contains("officeHolders(").contains("pageInfo");
      // issue 19: LocationFilter takes a point or a zip, never an address
      assertThat(vars.get("location").has("address")).isFalse();
      assertThat(vars.get("location").get("zip").asText()).isEqualTo("60602");
      assertThat(body(first).get("query").asText()).contains("addresses { addressLine1");
      assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("by its ZIP code 60602"));
      assertThat(vars.get("filterBy").get("isCurrent").asBoolean()).isTrue();
      assertThat(vars.get("after").isNull()).isTrue();
      assertThat(body(server.requests().get(1)).get("variables").get("after").asText())
          .isEqualTo("Y3Vyc29yOjI=");
    }
  }

  @Test
  void lookup_pointAndZip_sendTheirLocationShapes() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("ballotready/empty.json"));
      BallotReadyProvider p = provider(server);
      p.lookup(PlaceQuery.point(41.5, -87.25));
      JsonNode point = body(server.lastRequest()).get("variables").get("location").get("point");
      assertThat(point.get("latitude").asDouble()).isEqualTo(41.5);
      assertThat(point.get("longitude").asDouble()).isEqualTo(-87.25);
      p.lookup(PlaceQuery.zip("60602"));
      assertThat(body(server.lastRequest()).get("variables").get("location").get("zip").asText())
          .isEqualTo("60602");
    }
  }

  @Test
  void lookup_noHolders_emptyWithNote() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("ballotready/empty.json"));
      PlaceLookup result = provider(server).lookup(PlaceQuery.zip("67001"));
      assertThat(result.officials()).isEmpty();
      assertThat(result.notes()).singleElement().asString().contains("no office holders");
    }
  }

  @Test
  void lookup_endlessPages_stopsAtCapAndSaysSo() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("ballotready/endless.json"));
      BallotReadyProvider p = BallotReadyProvider.builder().apiKey(Fixtures.KEY)
          .maxPages(3).pageSize(10).http(Fixtures.quick(server.baseUrl(), new FakeTime()).build())
          .build();
      PlaceLookup result = p.lookup(PlaceQuery.zip("87501"));
      assertThat(server.requests()).hasSize(3);
      assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("3 pages"));
      // A judicial-district DA has no county or city id to map to: left out, with a note.
      assertThat(result.officials()).isEmpty();
      assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("does not map"));
    }
  }

  @ParameterizedTest
  @CsvSource({
      "error-unauthenticated.json,AuthenticationException",
      "error-geocode.json,InvalidAddressException",
      "error-rate.json,QuotaExceededException"})
  void lookup_graphqlErrorsWith200_mapToTypedException(String fixture, String type) {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("ballotready/" + fixture));
      OfficialsException e = catchThrowableOfType(OfficialsException.class,
          () -> provider(server).lookup(PlaceQuery.zip("87501")));
      assertThat(e.getClass().getSimpleName()).isEqualTo(type);
      assertThat(e.statusCode()).isEqualTo(200);
      assertThat(server.requests()).hasSize(1);
      Fixtures.assertNoKey(e);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Mayor of Chicago|Mayor|Chicago", "Chicago Mayor|Mayor|Chicago",
      "Cook County State's Attorney|State's Attorney|Cook County",
      "District Attorney - Kings County|District Attorney|Kings County",
      "Mayor of the City of Houston|Mayor|Houston"})
  void jurisdictionName_stripsTheTitle(String position, String normalized, String expected) {
    assertThat(BallotReadyProvider.jurisdictionName(position, normalized)).isEqualTo(expected);
  }

  @Test
  void toString_neverShowsKey() {
    assertThat(BallotReadyProvider.create(Fixtures.KEY).toString()).doesNotContain(Fixtures.KEY);
  }

  /** Issue 19: an address without a ZIP and no geocoder is refused before any request. */
  @Test
  void issue19_addressWithoutZipOrGeocoder_refusedWithoutRequest() {
    try (LocalServer server = new LocalServer()) {
      InvalidAddressException e = catchThrowableOfType(InvalidAddressException.class,
          () -> provider(server).lookup(PlaceQuery.address("1 Main St, Santa Fe, NM")));

      assertThat(e.getMessage()).contains("only a point or a ZIP code").contains("geocoder");
      assertThat(server.requests()).isEmpty();
      assertThat(provider(server).supports(PlaceQuery.city("Chicago, IL"))).isFalse();
    }
  }

  /**
   * Issue 19: with a geocoder, an address is geocoded (Census {@code locations/onelineaddress},
   * fixture {@code census/locations-only.json}) and asked of BallotReady as a point.
   */
  @Test
  void issue19_addressWithGeocoder_askedAsPoint() throws Exception {
    try (LocalServer census = new LocalServer(); LocalServer server = new LocalServer()) {
      census.enqueueJson(200, Fixtures.read("census/locations-only.json"));
      server.enqueueJson(200, Fixtures.read("ballotready/empty.json"));
      CensusGeocoderProvider geocoder = CensusGeocoderProvider.builder()
          .http(Fixtures.quick(census.baseUrl(), new FakeTime()).build()).build();
      BallotReadyProvider p = BallotReadyProvider.builder().apiKey(Fixtures.KEY).geocoder(geocoder)
          .http(Fixtures.quick(server.baseUrl(), new FakeTime()).build()).build();

      p.lookup(PlaceQuery.address("121 N LaSalle St, Chicago, IL 60602"));

      assertThat(census.lastRequest().path()).isEqualTo("/locations/onelineaddress");
      assertThat(census.lastRequest().query())
          .containsEntry("address", "121 N LaSalle St, Chicago, IL 60602");
      JsonNode location = body(server.lastRequest()).get("variables").get("location");
      assertThat(location.has("zip")).isFalse();
      assertThat(location.get("point").get("latitude").asDouble()).isEqualTo(41.88);
      assertThat(location.get("point").get("longitude").asDouble()).isEqualTo(-87.63);
    }
  }

  /**
   * Issue 19: the office's own contacts, site and address (on the OfficeHolder) come first and
   * plain; the person's accounts are marked campaign; REGIONAL and LOCAL positions are mapped;
   * startAt and endAt are the term. Shapes per the schema (see {@code ballotready/README.md}).
   */
  @Test
  void issue19_officeHolderContactsAndRegionalLevel_mapped() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("ballotready/office-contacts.json"));

      PlaceLookup result = provider(server).lookup(PlaceQuery.zip("62701"));

      assertThat(result.officials()).extracting(h -> h.office().jurisdiction().ocdId().value())
          .containsExactly("ocd-division/country:us/state:il/place:springfield",
              "ocd-division/country:us/state:il/county:sangamon");
      OfficeHolding mayor = result.officials().get(0);
      assertThat(mayor.holder().website())
          .isEqualTo(URI.create("https://springfield.example.gov/mayor"));
      assertThat(mayor.holder().emails()).containsExactly("mayor@springfield.example.gov",
          "team@elleryforspringfield.example.org");
      assertThat(mayor.holder().phones()).containsExactly("(217) 555-0142");
      assertThat(mayor.holder().channels()).containsExactly(
          new ContactChannel("twitter", "https://twitter.com/springfieldmayor"),
          new ContactChannel("facebook-campaign", "https://facebook.com/elleryforspringfield"),
          new ContactChannel("postal", "800 E Monroe St, Room 300, Springfield, IL 62701"));
      assertThat(mayor.info().termStart()).isEqualTo(LocalDate.of(2023, 5, 1));
      assertThat(mayor.info().termEnd()).isEqualTo(LocalDate.of(2027, 4, 30));
      assertThat(result.officials().get(1).holder().name()).isEqualTo("Quinn Marlow");
      assertThat(mayor.office().elected()).isTrue();
      assertThat(result.officials().get(1).office().elected()).isFalse(); // isAppointed
    }
  }
}
