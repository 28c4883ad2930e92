package org.justicekit.officials.providers;

import org.justicekit.officials.HttpSettings;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.justicekit.officials.ProviderUnavailableException;

import org.justicekit.officials.Place;
import org.justicekit.officials.OfficialsException;
import org.justicekit.officials.PlaceQuery;
import org.justicekit.officials.testing.LocalServer;
import org.justicekit.officials.PlaceLookup;
import org.justicekit.officials.testing.FakeTime;
import org.justicekit.officials.InvalidAddressException;
import org.justicekit.officials.MalformedResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.justicekit.demands.OcdId;

final class CensusGeocoderProviderTest {

  private static PlaceLookup answer(String fixture, PlaceQuery query, LocalServer server) {
    server.enqueueJson(200, Fixtures.read("census/" + fixture));
    return CensusGeocoderProvider.builder()
        .http(Fixtures.quick(server.baseUrl(), new FakeTime()).build()).build().lookup(query);
  }

  @Test
  void issue19_layerQueryError_retryableNotNoPlace() {
    try (LocalServer server = new LocalServer()) {
      ProviderUnavailableException e = catchThrowableOfType(ProviderUnavailableException.class,
          () -> answer("layer-error.json", PlaceQuery.address("121 N LaSalle St, Chicago, IL 60602"),
              server));
      assertThat(e.retryable()).isTrue();
      assertThat(e.getMessage()).contains("'Incorporated Places' layer").contains("try again");
    }
  }

  @Test
  void issue19_locationsOnlyAnswer_saysWrongEndpointOrLayers() {
    try (LocalServer server = new LocalServer()) {
      MalformedResponseException e = catchThrowableOfType(MalformedResponseException.class,
          () -> answer("locations-only.json",
              PlaceQuery.address("121 N LaSalle St, Chicago, IL 60602"), server));
      assertThat(e.getMessage()).contains("locations but no geographies")
          .contains("'locations' endpoint").contains("layers=");
    }
  }

  @Test
  void lookup_address_parsesPlaceAndCountyAndSendsCensusParameters() {
    try (LocalServer server = new LocalServer()) {
      PlaceLookup result = answer("match.json",
          PlaceQuery.address("121 N LaSalle St, Chicago, IL 60602"), server);

      assertThat(result.places()).containsExactly(new Place("Chicago", "IL",
          OcdId.parse("ocd-division/country:us/state:il/place:chicago"),
          OcdId.parse("ocd-division/country:us/state:il/county:cook")));
      assertThat(result.officials()).isEmpty();
      assertThat(result.providers()).containsExactly("census");
      assertThat(result.notes()).isEmpty();
      LocalServer.Recorded req = server.lastRequest();
      assertThat(req.method()).isEqualTo("GET");
      assertThat(req.path()).isEqualTo("/geographies/onelineaddress");
      assertThat(req.query()).hasSize(5).containsAllEntriesOf(Map.of(
          "address", "121 N LaSalle St, Chicago, IL 60602",
          "benchmark", "Public_AR_Current",
          "vintage", "Current_Current",
          "layers", "Counties,Incorporated Places,County Subdivisions",
          "format", "json"));
    }
  }

  @Test
  void lookup_point_usesCoordinatesEndpointAndMapsIndependentCity() {
    try (LocalServer server = new LocalServer()) {
      PlaceLookup result = answer("coordinates.json", PlaceQuery.point(38.627, -90.199), server);

      assertThat(result.places()).containsExactly(new Place("St. Louis", "MO",
          OcdId.parse("ocd-division/country:us/state:mo/place:st_louis"), null));
      LocalServer.Recorded req = server.lastRequest();
      assertThat(req.path()).isEqualTo("/geographies/coordinates");
      assertThat(req.query()).containsEntry("x", "-90.199000").containsEntry("y", "38.627000")
          .containsEntry("benchmark", "Public_AR_Current");
    }
  }

  @Test
  void lookup_noMatch_emptyPlacesWithNote() {
    try (LocalServer server = new LocalServer()) {
      PlaceLookup result = answer("no-match.json", PlaceQuery.address("1 Nowhere Lane, Atlantis"), server);
      assertThat(result.places()).isEmpty();
      assertThat(result.notes()).singleElement().asString().contains("no match");
    }
  }

  @Test
  void lookup_severalMatches_listsEveryCandidateAndSaysSo() {
    try (LocalServer server = new LocalServer()) {
      PlaceLookup result = answer("several.json", PlaceQuery.address("100 Main St, Springfield"), server);
      assertThat(result.ambiguous()).isTrue();
      assertThat(result.places()).extracting(p -> p.ocdId().value()).containsExactly(
          "ocd-division/country:us/state:il/place:springfield",
          "ocd-division/country:us/state:mo/place:springfield");
      assertThat(result.places()).extracting(p -> String.valueOf(p.countyOcdId())).containsExactly(
          "ocd-division/country:us/state:il/county:sangamon",
          "ocd-division/country:us/state:mo/county:greene");
      assertThat(result.notes().get(0)).contains("2 locations").contains("SPRINGFIELD, MO");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "independent-city.json|St. Louis|MO|ocd-division/country:us/state:mo/place:st_louis|",
      "virginia-city-no-place-layer.json|Richmond|VA|ocd-division/country:us/state:va/place:richmond|",
      "dc.json|Washington|DC|ocd-division/country:us/district:dc|",
      "new-england-town.json|Brookline|MA|ocd-division/country:us/state:ma/place:brookline|"
          + "ocd-division/country:us/state:ma/county:norfolk",
      "unincorporated.json|Los Angeles County|CA|ocd-division/country:us/state:ca/county:los_angeles|"
          + "ocd-division/country:us/state:ca/county:los_angeles"})
  void lookup_specialGeographies_mapToOcdRules(String fixture, String name, String state, String id,
      String county) {
    try (LocalServer server = new LocalServer()) {
      PlaceLookup result = answer(fixture, PlaceQuery.address("1 Main St, Somewhere"), server);
      assertThat(result.places()).containsExactly(new Place(name, state, OcdId.parse(id),
          county == null ? null : OcdId.parse(county)));
    }
  }

  @Test
  void lookup_unincorporated_notesThatNoMayorServes() {
    try (LocalServer server = new LocalServer()) {
      PlaceLookup result = answer("unincorporated.json", PlaceQuery.address("1 Quiet Rd, Altadena, CA"), server);
      assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("no mayor"));
    }
  }

  @Test
  void lookup_error400Envelope_throwsInvalidAddress() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(400, Fixtures.read("census/error-400.json"));
      assertThatThrownBy(() -> CensusGeocoderProvider.builder()
          .http(Fixtures.quick(server.baseUrl(), new FakeTime()).build()).build().lookup(PlaceQuery.address("x")))
          .isInstanceOf(InvalidAddressException.class)
          .hasMessageContaining("Address cannot be empty")
          .extracting(e -> ((OfficialsException) e).statusCode()).isEqualTo(400);
    }
  }

  @Test
  void lookup_wrongShape_throwsMalformed() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("census/wrong-shape.json"));
      assertThatThrownBy(() -> CensusGeocoderProvider.builder()
          .http(Fixtures.quick(server.baseUrl(), new FakeTime()).build()).build().lookup(PlaceQuery.address("x")))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("addressMatches");
    }
  }

  @Test
  void supports_addressesAndPointsOnly() {
    CensusGeocoderProvider p = CensusGeocoderProvider.create();
    assertThat(p.supports(PlaceQuery.address("1 Main St"))).isTrue();
    assertThat(p.supports(PlaceQuery.point(1, 2))).isTrue();
    assertThat(p.supports(PlaceQuery.city("Chicago, IL"))).isFalse();
    assertThat(p.supports(PlaceQuery.zip("60602"))).isFalse();
    assertThatThrownBy(() -> p.lookup(PlaceQuery.zip("60602")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"ftp://example.org/", "file:///etc/passwd", "https://example.org/?key=1",
      "https://user:pw@example.org/", "/relative/path", "https://example.org/#frag"})
  void builder_hostileBaseUrl_rejected(String url) {
    assertThatThrownBy(() -> HttpSettings.builder().baseUrl(URI.create(url)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toBuilder_keepsSettingsAndAddsSlash() {
    CensusGeocoderProvider p = CensusGeocoderProvider.builder()
        .http(HttpSettings.builder().baseUrl(URI.create("http://127.0.0.1:9/geo")).build())
        .vintage("Census2020_Current").build();
    CensusGeocoderProvider copy = p.toBuilder().build();
    assertThat(copy.transport().config().baseUrl()).hasToString("http://127.0.0.1:9/geo/");
    assertThat(copy.toString()).contains("127.0.0.1:9/geo/");
    assertThat(List.of(p.name(), copy.name())).containsOnly("census");
  }

  /** Issue 19: the coordinates of an address, for BallotReady, which takes only points. */
  @Test
  void issue19_locate_firstMatchCoordinatesOrEmpty() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("census/locations-only.json"));
      server.enqueueJson(200, Fixtures.read("census/no-match.json"));
      CensusGeocoderProvider p = CensusGeocoderProvider.builder()
          .http(Fixtures.quick(server.baseUrl(), new FakeTime()).build()).build();

      assertThat(p.locate("121 N LaSalle St, Chicago, IL 60602"))
          .contains(PlaceQuery.point(41.88, -87.63));
      assertThat(p.locate("1 Nowhere Rd")).isEmpty();
      assertThat(server.requests()).allSatisfy(r -> {
        assertThat(r.path()).isEqualTo("/locations/onelineaddress");
        assertThat(r.query()).containsEntry("benchmark", "Public_AR_Current")
            .containsEntry("format", "json");
      });
    }
  }
}
