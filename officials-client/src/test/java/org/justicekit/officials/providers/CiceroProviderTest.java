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
          new ContactChannel("facebook", "https://facebook.com/riverton"),
          new ContactChannel("postal", "121 N LaSalle St, Chicago, IL 60602"));
      assertThat(mayor.info().termStart()).isEqualTo(LocalDate.of(2023, 5, 15));
      assertThat(mayor.info().termEnd()).isEqualTo(LocalDate.of(2027, 5, 15));
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
          .containsEntry("key", Fixtures.KEY).containsEntry("max", "100")
          .containsEntry("offset", "0").hasSize(4);
      assertThat(server.requests()).hasSize(1); // count.total 5 fits one page
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

  /**
   * Issue 19: Cicero pages its answers (count.from/to/total; max and offset). The shape follows
   * a public Go client's structs and paging loop (see {@code cicero/README.md}).
   */
  @Test
  void issue19_pagedAnswer_readsEveryPageByOffset() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("cicero/paged-1.json"));
      server.enqueueJson(200, Fixtures.read("cicero/paged-2.json"));

      PlaceLookup result = provider(server).lookup(PlaceQuery.zip("62701"));

      assertThat(result.officials()).extracting(h -> h.holder().name())
          .containsExactlyInAnyOrder("Jamie Ostrander", "Quinn Marlow");
      assertThat(server.requests()).extracting(r -> r.query().get("offset"))
          .containsExactly("0", "3");
      assertThat(server.requests()).allSatisfy(r -> {
        assertThat(r.query()).containsEntry("search_loc", "62701").containsEntry("max", "100");
      });
    }
  }

  /** Issue 19: a page that does not reach count.total after the cap says so. */
  @Test
  void issue19_moreThanFivePages_stopsAndSaysSo() {
    try (LocalServer server = new LocalServer()) {
      for (int i = 0; i < CiceroProvider.MAX_PAGES; i++) {
        server.enqueueJson(200, Fixtures.read("cicero/paged-1.json").replace("\"total\": 5",
            "\"total\": 500"));
      }

      PlaceLookup result = provider(server).lookup(PlaceQuery.zip("62701"));

      assertThat(server.requests()).hasSize(CiceroProvider.MAX_PAGES);
      assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("500 officials")
          .contains("only the first 15"));
    }
  }

  /**
   * Issue 19: a whole middle name becomes an initial; campaign accounts are told apart from
   * official ones; the web form, the address and the term dates come through; the county comes
   * from match_subregion. Field names as in a public Go client's structs (see the README).
   */
  @Test
  void issue19_contactsTermsAndSubregion_surfaced() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("cicero/mayor-only.json"));

      PlaceLookup result = provider(server).lookup(PlaceQuery.zip("62701"));

      OfficeHolding mayor = result.officials().get(0);
      Official holder = mayor.holder();
      assertThat(holder.name()).isEqualTo("Rowan T. Ellery Jr.");
      assertThat(holder.emails()).isEmpty();
      assertThat(holder.phones()).containsExactly("217-555-0142");
      assertThat(holder.website()).isEqualTo(URI.create("https://springfield.example.gov/mayor"));
      assertThat(holder.channels()).containsExactly(
          new ContactChannel("twitter", "ellery_mayor"),
          new ContactChannel("facebook", "https://facebook.com/mayorellery"),
          new ContactChannel("facebook-campaign", "https://facebook.com/elleryforspringfield"),
          new ContactChannel("instagram-campaign", "elleryforspringfield"),
          new ContactChannel("web-form", "https://springfield.example.gov/contact-the-mayor"),
          new ContactChannel("postal", "800 E Monroe St, Room 300, Springfield, IL 62701"));
      assertThat(mayor.info().termStart()).isEqualTo(LocalDate.of(2023, 5, 1));
      assertThat(mayor.info().termEnd()).isEqualTo(LocalDate.of(2027, 4, 30));
      assertThat(result.places()).singleElement().satisfies(p -> assertThat(p.countyOcdId())
          .hasToString("ocd-division/country:us/state:il/county:sangamon"));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Samuel | Sam  | R       | Okafor | ''  | Sam Okafor",
      "Lena   | Lena | Beatrix | Novak  | ''  | Lena B. Novak",
      "Lena   | Lena | B.      | Novak  | III | Lena B. Novak III",
      "Lena   | ''   | ''      | Novak  | ''  | Lena Novak"})
  void issue19_name_middleAsInitialAndNicknamesWithoutIt(String first, String preferred,
      String middle, String last, String suffix, String expected) throws Exception {
    var node = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
        .put("first_name", first).put("preferred_name", preferred).put("middle_initial", middle)
        .put("last_name", last).put("name_suffix", suffix);

    assertThat(CiceroProvider.name(node)).isEqualTo(expected);
  }
}
