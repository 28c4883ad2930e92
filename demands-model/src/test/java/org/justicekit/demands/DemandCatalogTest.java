package org.justicekit.demands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class DemandCatalogTest {

  @Test
  void standard_hasTheNineFixedIds() {
    DemandCatalog catalog = DemandCatalog.standard();
    assertThat(catalog.demands(OfficeType.MAYOR)).extracting(Demand::id)
        .containsExactly("body-cameras", "good-officer-certification", "chokehold-ban");
    assertThat(catalog.demands(OfficeType.PROSECUTOR)).extracting(Demand::id)
        .containsExactly("end-money-bail", "kids-out-of-adult-jails",
            "stop-unnecessary-prosecutions", "prosecute-bad-cops", "prosecution-transparency",
            "stop-anti-immigrant-prosecutions");
    assertThat(catalog.demands()).hasSize(9);
    assertThat(catalog.officeTypes()).containsExactlyInAnyOrder(OfficeType.MAYOR, OfficeType.PROSECUTOR);
  }

  @Test
  void standard_concreteAsksOfTransparencyAndCertification() {
    DemandCatalog catalog = DemandCatalog.standard();
    assertThat(String.join(" ", catalog.demand("prosecution-transparency").asks()))
        .contains("plea offers made and accepted").contains("over time").contains("by charge");
    assertThat(String.join(" ", catalog.demand("good-officer-certification").asks()))
        .contains("annually").contains("statewide").contains("permanently")
        .contains("excessive force");
  }

  @Test
  void toJson_roundTrips() {
    DemandCatalog standard = DemandCatalog.standard();
    DemandCatalog again = DemandCatalog.fromJson("copy", standard.toJson());
    assertThat(again).isEqualTo(standard);
    assertThat(again.demands()).isEqualTo(standard.demands());
  }

  @Test
  void demand_unknownId_namesKnownIds() {
    assertThatThrownBy(() -> DemandCatalog.standard().demand("free-lunch"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("free-lunch").hasMessageContaining("end-money-bail");
    assertThat(DemandCatalog.standard().find("free-lunch")).isEmpty();
  }

  @Test
  void fromJson_customOfficeType_loads() {
    DemandCatalog catalog = DemandCatalog.fromJson("sheriff.json", """
        {"schemaVersion": 1, "name": "sheriff-campaign", "version": "1",
         "officeTypes": ["SHERIFF"], "futureField": {"ignored": true},
         "demands": [{"id": "end-287g", "officeType": "sheriff", "title": "End 287(g)",
           "summary": "Leave the 287(g) program.", "rationale": "Local jails are not ICE.",
           "asks": ["Terminate the agreement"]}]}
        """);
    OfficeType sheriff = OfficeType.of("SHERIFF");
    assertThat(catalog.officeTypes()).containsExactly(sheriff);
    assertThat(catalog.demands(sheriff)).extracting(Demand::id).containsExactly("end-287g");
    assertThat(DemandCatalog.fromJson("again", catalog.toJson())).isEqualTo(catalog);
  }

  @Test
  void fromPath_readsFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c.json");
    Files.writeString(file, DemandCatalog.standard().toJson());
    assertThat(DemandCatalog.fromPath(file)).isEqualTo(DemandCatalog.standard());
  }

  @Test
  void fromPath_missingFile_namesIt(@TempDir Path dir) {
    Path file = dir.resolve("nope.json");
    assertThatThrownBy(() -> DemandCatalog.fromPath(file))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("nope.json").hasMessageContaining("file not found");
  }

  @Test
  void fromJson_invalidUtf8_saysSo() {
    byte[] bytes = {'{', (byte) 0xC3, (byte) 0x28, '}'};
    assertThatThrownBy(() -> DemandCatalog.fromJson("bad.json", new ByteArrayInputStream(bytes)))
        .isInstanceOf(CatalogException.class)
        .hasMessage("invalid demand catalog bad.json: not valid UTF-8 text");
  }

  static Stream<Arguments> badCatalogs() {
    String demand = """
        {"id": "a-b", "officeType": "MAYOR", "title": "T", "summary": "S", "rationale": "R"}""";
    return Stream.of(
        Arguments.of("empty file", "", null, "the document is empty"),
        Arguments.of("blank file", "  \n ", null, "the document is empty"),
        Arguments.of("malformed JSON", "{\"schemaVersion\": 1,", null, "malformed JSON at line 1"),
        Arguments.of("not an object", "[1]", null, "must be a JSON object, found array"),
        Arguments.of("no schema version", "{\"name\": \"x\"}", "schemaVersion", "missing"),
        Arguments.of("unknown schema version",
            "{\"schemaVersion\": 7, \"name\": \"x\", \"version\": \"1\", \"demands\": []}",
            "schemaVersion", "unknown schema version 7"),
        Arguments.of("no demands",
            "{\"schemaVersion\": 1, \"name\": \"x\", \"version\": \"1\", \"demands\": []}",
            "demands", "at least one demand"),
        Arguments.of("duplicate id",
            "{\"schemaVersion\": 1, \"name\": \"x\", \"version\": \"1\", \"demands\": ["
                + demand + "," + demand + "]}",
            "demands[1].id", "duplicate demand id 'a-b'"),
        Arguments.of("unknown office type",
            "{\"schemaVersion\": 1, \"name\": \"x\", \"version\": \"1\", \"demands\": ["
                + demand.replace("MAYOR", "SHERIFF") + "]}",
            "demands[0].officeType", "unknown office type 'SHERIFF'"),
        Arguments.of("blank title",
            "{\"schemaVersion\": 1, \"name\": \"x\", \"version\": \"1\", \"demands\": ["
                + demand.replace("\"T\"", "\"  \"") + "]}",
            "demands[0].title", "must not be blank"),
        Arguments.of("missing title",
            "{\"schemaVersion\": 1, \"name\": \"x\", \"version\": \"1\", \"demands\": ["
                + demand.replace("\"title\": \"T\", ", "") + "]}",
            "demands[0].title", "missing"),
        Arguments.of("bad id",
            "{\"schemaVersion\": 1, \"name\": \"x\", \"version\": \"1\", \"demands\": ["
                + demand.replace("a-b", "Not An Id") + "]}",
            "demands[0]", "must be lower-case words joined by hyphens"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCatalogs")
  void fromJson_badCatalog_namesSourceFieldAndProblem(
      String name, String json, String field, String problem) {
    assertThatThrownBy(() -> DemandCatalog.fromJson("campaign.json", json))
        .isInstanceOfSatisfying(CatalogException.class, e -> {
          assertThat(e.source()).isEqualTo("campaign.json");
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.problem()).contains(problem);
          assertThat(e.getMessage()).startsWith("invalid demand catalog campaign.json")
              .contains(problem);
          if (field != null) {
            assertThat(e.getMessage()).contains(" at " + field + ": ");
          }
        });
  }

  @Test
  void fromJson_streamIsUtf8() {
    String json = DemandCatalog.standard().toJson().replace("Chokehold ban", "Chokehold ban — é");
    DemandCatalog catalog = DemandCatalog.fromJson("s",
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(catalog.demand("chokehold-ban").title()).isEqualTo("Chokehold ban — é");
  }
}
