package org.justicekit.officials.providers;

import org.justicekit.officials.RetiredEndpointException;
import org.justicekit.officials.Place;
import org.justicekit.officials.OfficialsException;
import org.justicekit.officials.PlaceQuery;
import org.justicekit.officials.ProviderUnavailableException;
import org.justicekit.officials.testing.LocalServer;
import org.justicekit.officials.QuotaExceededException;
import org.justicekit.officials.PlaceLookup;
import org.justicekit.officials.testing.FakeTime;
import org.justicekit.officials.AuthenticationException;
import org.justicekit.officials.InvalidAddressException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.justicekit.demands.OcdId;
import org.justicekit.demands.OfficeType;
import org.justicekit.officials.OfficialsClient;

final class GoogleCivicProviderTest {

  private static GoogleCivicProvider provider(LocalServer server) {
    return GoogleCivicProvider.create(Fixtures.KEY,
        Fixtures.quick(server.baseUrl(), new FakeTime()).build());
  }

  @Test
  void lookup_address_mapsPlaceAndCountyAndSendsKeyParameter() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("google/divisions.json"));
      PlaceLookup result = provider(server).lookup(PlaceQuery.address("121 N LaSalle St, Chicago, IL"));

      assertThat(result.places()).containsExactly(new Place("Chicago", "IL",
          OcdId.parse("ocd-division/country:us/state:il/place:chicago"),
          OcdId.parse("ocd-division/country:us/state:il/county:cook")));
      assertThat(result.officials()).isEmpty();
      assertThat(result.notes()).isEmpty();
      LocalServer.Recorded req = server.lastRequest();
      assertThat(req.path()).isEqualTo("/divisionsByAddress");
      assertThat(req.query()).containsEntry("address", "121 N LaSalle St, Chicago, IL")
          .containsEntry("key", Fixtures.KEY).hasSize(2);
      assertThat(req.header("Authorization")).isNull();
    }
  }

  @Test
  void lookup_consolidatedCityCounty_placeFromAlias() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("google/consolidated.json"));
      PlaceLookup result = provider(server).lookup(PlaceQuery.city("San Francisco, CA"));
      assertThat(result.places()).singleElement().satisfies(p -> {
        assertThat(p.ocdId().value()).isEqualTo("ocd-division/country:us/state:ca/place:san_francisco");
        assertThat(p.countyOcdId()).hasToString("ocd-division/country:us/state:ca/county:san_francisco");
      });
      assertThat(server.lastRequest().query()).containsEntry("address", "San Francisco, CA");
    }
  }

  @Test
  void issue19_brooklynCountyWithBoroughAlias_oneCountyKept() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("google/brooklyn.json"));
      PlaceLookup result = provider(server).lookup(PlaceQuery.address("350 Jay St, Brooklyn, NY 11201"));
      assertThat(result.places()).singleElement().satisfies(p -> {
        assertThat(p.ocdId()).hasToString("ocd-division/country:us/state:ny/place:new_york");
        assertThat(p.countyOcdId()).hasToString("ocd-division/country:us/state:ny/county:kings");
      });
      assertThat(result.notes()).noneSatisfy(n -> assertThat(n).contains("counties"));
    }
  }

  @Test
  void issue19_brooklynAddressThroughClient_kingsCountyDistrictAttorneyAlone() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("google/brooklyn.json"));
      OfficialsClient client = OfficialsClient.builder().provider(provider(server)).build();
      PlaceLookup result = client.lookup(PlaceQuery.address("350 Jay St, Brooklyn, NY 11201"));
      assertThat(result.officials())
          .filteredOn(h -> h.office().officeType() == OfficeType.PROSECUTOR)
          .singleElement().satisfies(h -> {
            assertThat(h.office().title()).isEqualTo("Kings County District Attorney");
            assertThat(h.office().jurisdiction().ocdId())
                .hasToString("ocd-division/country:us/state:ny/county:kings");
          });
      assertThat(result.officials())
          .anySatisfy(h -> assertThat(h.office().officeType()).isEqualTo(OfficeType.MAYOR));
    }
  }

  @Test
  void lookup_zipInTwoPlaces_listsBothAndSaysSo() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("google/two-places.json"));
      PlaceLookup result = provider(server).lookup(PlaceQuery.zip("60007"));
      assertThat(result.ambiguous()).isTrue();
      assertThat(result.places()).extracting(Place::name)
          .containsExactly("Elk Grove Village", "Schaumburg");
      assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("2 place divisions"));
    }
  }

  @Test
  void lookup_noDivisions_emptyWithNote() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("google/no-divisions.json"));
      PlaceLookup result = provider(server).lookup(PlaceQuery.address("1 Ocean"));
      assertThat(result.places()).isEmpty();
      assertThat(result.notes()).isNotEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource({
      "error-key-invalid.json,400,AuthenticationException",
      "error-forbidden.json,403,AuthenticationException",
      "error-rate-limit.json,403,QuotaExceededException",
      "error-daily-limit.json,403,QuotaExceededException",
      "error-parse.json,400,InvalidAddressException",
      "error-not-found.json,404,InvalidAddressException",
      "error-backend.json,503,ProviderUnavailableException"})
  void lookup_errorEnvelope_mapsReasonToTypedException(String fixture, int status, String type) {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(status, Fixtures.read("google/" + fixture));
      OfficialsException e = catchThrowableOfType(OfficialsException.class,
          () -> provider(server).lookup(PlaceQuery.address("1 Main St, Chicago, IL")));
      assertThat(e.getClass().getSimpleName()).isEqualTo(type);
      assertThat(e.provider()).isEqualTo("google");
      assertThat(e.statusCode()).isEqualTo(status);
      Fixtures.assertNoKey(e);
    }
  }

  @Test
  void representatives_retired_failsWithoutRequest() {
    try (LocalServer server = new LocalServer()) {
      GoogleCivicProvider p = provider(server);
      assertThatThrownBy(() -> p.representatives(PlaceQuery.address("1 Main St")))
          .isInstanceOf(RetiredEndpointException.class)
          .hasMessageContaining("shut down in April 2025");
      assertThat(server.requests()).isEmpty();
    }
  }

  @Test
  void create_badKey_failsClearly() {
    assertThatThrownBy(() -> GoogleCivicProvider.create(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("API key");
    assertThatThrownBy(() -> GoogleCivicProvider.create("has space"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("has space");
  }

  @Test
  void toString_neverShowsKey() {
    GoogleCivicProvider p = GoogleCivicProvider.create(Fixtures.KEY);
    assertThat(p.toString()).doesNotContain(Fixtures.KEY).contains("key=***");
    assertThat(p.supports(PlaceQuery.point(1, 1))).isFalse();
  }
}
