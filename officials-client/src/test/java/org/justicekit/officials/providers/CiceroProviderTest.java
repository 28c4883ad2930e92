package org.justicekit.officials.providers;

import org.justicekit.officials.Place;
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

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.justicekit.demands.ContactChannel;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.Official;

final class CiceroProviderTest {

  private static CiceroProvider provider(LocalServer server) {
    return CiceroProvider.create(Fixtures.KEY,
        Fixtures.quick(server.baseUrl(), new FakeTime()).build());
  }

  @Test
  void lookup_address_mapsMayorAndStatesAttorneyWithHolders() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("cicero/officials.json"));
      PlaceLookup result = provider(server).lookup(PlaceQuery.address("121 N LaSalle St, Chicago, IL"));

      assertThat(result.officials()).hasSize(2);
      OfficeHolding mayor = result.officials().get(0);
      assertThat(mayor.office().officeType()).isEqualTo(OfficeType.MAYOR);
      assertThat(mayor.office().title()).isEqualTo("Mayor");
      assertThat(mayor.office().jurisdiction().ocdId().value())
          .isEqualTo("ocd-division/country:us/state:il/place:chicago");
      assertThat(mayor.provider()).isEqualTo("cicero");
      Official holder = mayor.holder();
      assertThat(holder).isNotNull();
      assertThat(holder.name()).isEqualTo("Dana Riverton");
      assertThat(holder.party()).isEqualTo("Democrat");
      assertThat(holder.website()).isEqualTo(URI.create("https://example.org/riverton"));
      assertThat(holder.emails()).containsExactly("riverton@example.org");
      assertThat(holder.phones()).containsExactly("312-555-0100");
      assertThat(holder.channels()).containsExactly(new ContactChannel("twitter", "riverton_official"),
          new ContactChannel("facebook", "https://facebook.com/riverton"));
      assertThat(holder.asOf()).isEqualTo(LocalDate.of(2026, 11, 25));
      assertThat(holder.sources()).singleElement().asString()
          .endsWith("/v3.1/official").doesNotContain(Fixtures.KEY);

      OfficeHolding sa = result.officials().get(1);
      assertThat(sa.office().officeType()).isEqualTo(OfficeType.PROSECUTOR);
      assertThat(sa.office().title()).isEqualTo("State's Attorney");
      assertThat(sa.office().jurisdiction().name()).isEqualTo("Cook County");
      assertThat(sa.holder().name()).isEqualTo("Morgan Lakeside");

      assertThat(result.places()).singleElement().satisfies(p -> {
        assertThat(p.ocdId().value()).isEqualTo("ocd-division/country:us/state:il/place:chicago");
        assertThat(p.countyOcdId()).hasToString("ocd-division/country:us/state:il/county:cook");
      });
      assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("ended"));

      LocalServer.Recorded req = server.lastRequest();
      assertThat(req.path()).isEqualTo("/v3.1/official");
      assertThat(req.query()).containsEntry("search_loc", "121 N LaSalle St, Chicago, IL")
          .containsEntry("key", Fixtures.KEY).hasSize(2);
    }
  }

  @Test
  void issue19_pointAnswerWithoutCandidates_officialsRead() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("cicero/point.json"));
      PlaceLookup result = provider(server).lookup(PlaceQuery.point(41.8835, -87.6323));
      assertThat(result.officials()).extracting(h -> h.office().officeType())
          .containsExactly(OfficeType.MAYOR, OfficeType.PROSECUTOR);
      assertThat(result.notes()).noneMatch(n -> n.contains("matched"));
    }
  }

  @Test
  void issue19_chamberIsAppointed_notElected() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("cicero/point.json"));
      PlaceLookup result = provider(server).lookup(PlaceQuery.point(41.8835, -87.6323));
      assertThat(result.officials()).filteredOn(h -> h.office().officeType() == OfficeType.PROSECUTOR)
          .singleElement().satisfies(h -> assertThat(h.office().elected()).isFalse());
      assertThat(result.officials()).filteredOn(h -> h.office().officeType() == OfficeType.MAYOR)
          .singleElement().satisfies(h -> assertThat(h.office().elected()).isTrue());
    }
  }

  @Test
  void lookup_point_sendsLatLon() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("cicero/point.json"));
      provider(server).lookup(PlaceQuery.point(41.8835, -87.6323));
      assertThat(server.lastRequest().query()).containsEntry("lat", "41.883500")
          .containsEntry("lon", "-87.632300").doesNotContainKey("search_loc");
    }
  }

  @Test
  void lookup_noMatch_emptyWithNote() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("cicero/no-match.json"));
      PlaceLookup result = provider(server).lookup(PlaceQuery.address("1 Nowhere"));
      assertThat(result.places()).isEmpty();
      assertThat(result.officials()).isEmpty();
      assertThat(result.notes()).singleElement().asString().contains("no match");
    }
  }

  @Test
  void lookup_severalCandidates_listsAllAndSaysSo() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("cicero/several.json"));
      PlaceLookup result = provider(server).lookup(PlaceQuery.city("Springfield, IL"));
      assertThat(result.places()).extracting(Place::state).containsExactly("IL", "MO");
      assertThat(result.officials()).extracting(h -> h.holder().name())
          .containsExactly("Jordan Sangamo", "Casey Ozark");
      assertThat(result.notes().get(0)).contains("2 locations");
    }
  }

  @ParameterizedTest
  @CsvSource({
      "error-credits.json,200,QuotaExceededException",
      "error-credits.json,403,QuotaExceededException",
      "error-key.json,401,AuthenticationException",
      "error-key.json,200,AuthenticationException",
      "error-location.json,200,InvalidAddressException",
      "error-location.json,400,InvalidAddressException"})
  void lookup_errorsArray_mapsToTypedException(String fixture, int status, String type) {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(status, Fixtures.read("cicero/" + fixture));
      OfficialsException e = catchThrowableOfType(OfficialsException.class,
          () -> provider(server).lookup(PlaceQuery.address("1 Main St")));
      assertThat(e.getClass().getSimpleName()).isEqualTo(type);
      assertThat(e.statusCode()).isEqualTo(status);
      assertThat(server.requests()).hasSize(1);
      Fixtures.assertNoKey(e);
    }
  }

  @Test
  void toString_neverShowsKey() {
    assertThat(CiceroProvider.create(Fixtures.KEY).toString()).doesNotContain(Fixtures.KEY);
    assertThat(List.of(CiceroProvider.create(Fixtures.KEY).supports(PlaceQuery.ocdId(
        "ocd-division/country:us")))).containsExactly(false);
  }
}
