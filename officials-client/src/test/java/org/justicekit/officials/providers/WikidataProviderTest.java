package org.justicekit.officials.providers;

import org.justicekit.officials.MalformedResponseException;
import org.justicekit.officials.OfficeHolding;
import org.justicekit.officials.PlaceLookup;
import org.justicekit.officials.PlaceQuery;
import org.justicekit.officials.testing.FakeTime;
import org.justicekit.officials.testing.LocalServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.justicekit.demands.OfficeType;
import org.junit.jupiter.api.Test;

final class WikidataProviderTest {
  private static WikidataProvider provider(LocalServer server, EmbeddedDirectory directory) {
    return WikidataProvider.builder().directory(directory)
        .http(Fixtures.quick(server.baseUrl(), new FakeTime()).build()).build();
  }

  private static OfficeHolding office(PlaceLookup answer, String title) {
    return answer.officials().stream().filter(h -> h.office().title().equals(title)).findFirst()
        .orElseThrow();
  }

  @Test
  void lookup_chicago_sendsOneSparqlQueryByCensusCodesWithPoliteHeaders() {
    try (LocalServer server = new LocalServer()) {
      server.enqueue(LocalServer.Reply.json(200, Fixtures.read("wikidata/chicago.json"))
          .withHeader("Content-Type", WikidataProvider.SPARQL_JSON));
      provider(server, EmbeddedDirectory.standard()).lookup(PlaceQuery.city("Chicago, IL"));

      assertThat(server.requests()).hasSize(1);
      LocalServer.Recorded req = server.lastRequest();
      assertThat(req.method()).isEqualTo("GET");
      assertThat(req.path()).isEqualTo("/sparql");
      assertThat(req.query()).containsEntry("format", "json").containsKey("query");
      assertThat(req.query().get("query"))
          .contains("VALUES ?code { \"1714000\" \"17-14000\" }")
          .contains("?place wdt:P774 ?code").contains("?place p:P6 ?st")
          .contains("\"17031\"").contains("\"17043\"").contains("?county wdt:P882 ?code")
          .contains("?position wdt:P1001 ?county").contains("ps:P39 ?position")
          .contains("pq:P580").contains("pq:P582").contains("wikibase:DeprecatedRank");
      assertThat(req.header("Accept")).isEqualTo("application/sparql-results+json");
      assertThat(req.header("User-Agent")).startsWith("JusticeKit/").contains("+https://");
    }
  }

  @Test
  void lookup_olderWikidataAnswers_embeddedHoldersKept() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("wikidata/chicago.json"));
      PlaceLookup answer = provider(server, EmbeddedDirectory.standard())
          .lookup(PlaceQuery.city("Chicago, IL"));

      OfficeHolding mayor = office(answer, "Mayor of Chicago");
      assertThat(mayor.provider()).isEqualTo("embedded");
      assertThat(mayor.holder().name()).isEqualTo("Brandon Johnson");
      assertThat(office(answer, "Cook County State's Attorney").provider()).isEqualTo("embedded");
      assertThat(answer.providers()).containsExactly("embedded", "wikidata");
    }
  }

  @Test
  void issue16_newerWikidataAnswer_wins_withItsStartAndSource() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("wikidata/chicago-newer.json"));
      PlaceLookup answer = provider(server, EmbeddedDirectory.standard())
          .lookup(PlaceQuery.city("Chicago, IL"));

      OfficeHolding mayor = office(answer, "Mayor of Chicago");
      assertThat(mayor.office().officeType()).isEqualTo(OfficeType.MAYOR);
      assertThat(mayor.provider()).isEqualTo("wikidata");
      assertThat(mayor.holder().name()).isEqualTo("Jo Newcomer");
      assertThat(mayor.info().termStart()).isEqualTo(LocalDate.of(2026, 11, 1));
      assertThat(mayor.info().sources()).singleElement().satisfies(s -> {
        assertThat(s.url()).hasToString("https://www.wikidata.org/wiki/Q90000005");
        assertThat(s.seen()).isEqualTo(LocalDate.of(2026, 11, 25));
      });
      assertThat(answer.notes()).anyMatch(n -> n.contains("Jo Newcomer (since 2026-11-01) replaces "
          + "the directory's Brandon Johnson"));
    }
  }

  @Test
  void issue16_unsourcedOffice_filledFromWikidata_endedStatementsIgnored() {
    EmbeddedDirectory directory = EmbeddedDirectory.fromJson("""
        {"schemaVersion": 1, "name": "t", "version": "1", "asOf": "2026-11-01",
         "holders": [{"office": "il-cook", "unsourced": "checking"}]}""");
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Fixtures.read("wikidata/chicago.json"));
      PlaceLookup answer = provider(server, directory).lookup(PlaceQuery.city("Chicago, IL"));

      OfficeHolding cook = office(answer, "Cook County State's Attorney");
      assertThat(cook.provider()).isEqualTo("wikidata");
      assertThat(cook.holder().name()).isEqualTo("Eileen O'Neill Burke");
      assertThat(cook.info().note()).contains("Cook County State's Attorney").contains("2024-12-02");
    }
  }

  @Test
  void lookup_notSparqlResults_malformedResponse() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, "{\"head\": {}}");
      assertThatThrownBy(() -> provider(server, EmbeddedDirectory.standard())
          .lookup(PlaceQuery.city("Chicago, IL")))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("results.bindings");
    }
  }

  @Test
  void lookup_placeWithoutCensusCode_noRequestAndANote() {
    try (LocalServer server = new LocalServer()) {
      PlaceLookup answer = provider(server, EmbeddedDirectory.standard())
          .lookup(PlaceQuery.ocdId("ocd-division/country:us/district:dc"));
      assertThat(answer.notes()).anyMatch(n -> n.startsWith("wikidata: no Census code is known"));
    }
  }
}
