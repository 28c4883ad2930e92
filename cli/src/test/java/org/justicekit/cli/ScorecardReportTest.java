package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.justicekit.demands.PlatformDocument;
import org.justicekit.demands.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class ScorecardReportTest {
  @Test
  void examplePlatforms_showEveryStance() {
    Scorecard card = ScorecardFixtures.springfield();
    List<Stance> seen = new ArrayList<>();
    card.rows().forEach(r -> r.score().assessments().forEach(a -> seen.add(a.stance())));
    assertThat(seen).contains(Stance.values());
    assertThat(ExamplePlatforms.text(org.justicekit.demands.OfficeType.MAYOR).orElseThrow())
        .startsWith(ExamplePlatforms.MARKER);
    assertThat(ExamplePlatforms.text(org.justicekit.demands.OfficeType.PROSECUTOR).orElseThrow())
        .startsWith(ExamplePlatforms.MARKER);
  }

  @Test
  void text_gridLegendEvidenceAndFictionalNote() {
    String out = ScorecardFixtures.render(ScorecardFixtures.springfield(), ScoreCommand.Format.text);
    assertThat(out).startsWith("JusticeKit scorecard: Springfield, IL (2026-11-25)")
        .contains("! Offline demo:").contains("FICTIONAL")
        .contains("MAYOR").contains("PROSECUTOR")
        .contains("[1] body-cameras").contains("[6] stop-anti-immigrant-prosecutions")
        .contains("Alex Placeholder").contains(" 50.0%").contains(" 58.3%")
        .contains("holder as of 2026-08-05")
        .contains("\u201cI will not seek cash bail")
        .contains("https://people.example/m");
    String mayorRow = out.lines().filter(l -> l.startsWith("  Alex Placeholder")).findFirst()
        .orElseThrow();
    assertThat(mayorRow.strip().replaceAll("\\s+", " ")).isEqualTo("Alex Placeholder \u2714 \u25d0 \u2718 50.0%");
  }

  @Test
  void json_camelCaseWithAssessmentsAndProvenance() throws Exception {
    String out = ScorecardFixtures.render(ScorecardFixtures.springfield(), ScoreCommand.Format.json);
    JsonNode root = ScoreJson.MAPPER.readTree(out);
    assertThat(root.get("place").asText()).isEqualTo("Springfield, IL");
    assertThat(root.get("offline").asBoolean()).isTrue();
    assertThat(root.get("fictional").asBoolean()).isTrue();
    assertThat(root.get("demands")).hasSize(9);
    JsonNode mayor = root.get("officials").get(0);
    assertThat(mayor.get("officeType").asText()).isEqualTo("MAYOR");
    assertThat(mayor.get("name").asText()).isEqualTo("Alex Placeholder");
    assertThat(mayor.get("asOf").asText()).isEqualTo("2026-08-05");
    assertThat(mayor.get("jurisdiction").get("ocdId").asText())
        .isEqualTo("ocd-division/country:us/state:il/place:springfield");
    assertThat(mayor.get("platform").get("fictional").asBoolean()).isTrue();
    assertThat(mayor.get("assessments").get(2).get("stance").asText()).isEqualTo("OPPOSES");
    assertThat(mayor.get("assessments").get(2).get("evidence").get(0).get("text").asText())
        .contains("I will not ban them");
    assertThat(root.get("officials").get(1).get("alignment").asDouble()).isEqualTo(58.3);
  }

  @Test
  void markdown_tablePerOfficeEscaped() {
    Scorecard card = ScorecardFixtures.examples(ScorecardFixtures.mayor("Pat | *Bold* <b>"));
    String out = ScorecardFixtures.render(card, ScoreCommand.Format.markdown);
    assertThat(out).contains("# Scorecard: Springfield, IL").contains("## Mayor")
        .contains("| official | Universal body cameras |")
        .contains("**Pat \\| \\*Bold\\* \\<b\\>**")
        .contains("\u2714 Supports").contains("\u2718 Opposes").contains("> **Note:**")
        .doesNotContain("## Prosecutor");
  }

  @Test
  void html_selfContainedEscapedWithGridClasses() {
    Scorecard card = ScorecardFixtures.examples(
        ScorecardFixtures.mayor("<script>alert('x')</script>"), ScorecardFixtures.prosecutor("Jo"));
    String out = ScorecardFixtures.render(card, ScoreCommand.Format.html);
    assertThat(out).startsWith("<!DOCTYPE html>").contains("<style>")
        .doesNotContain("<script").doesNotContain("<link").doesNotContain("src=")
        .doesNotContain("url(").doesNotContain("@import")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("<td class=\"cell SUPPORTS\" data-demand=\"body-cameras\"")
        .contains("<td class=\"cell NOT_MENTIONED\" data-demand=\"prosecute-bad-cops\"")
        .contains("class=\"note\"").contains("FICTIONAL")
        .contains("title=\"Chokeholds are a valuable tool")
        .contains("<a href=\"https://people.example/m\"");
    // Every http(s) link escapes; a hostile URL never becomes an attribute break-out.
    assertThat(ScorecardReport.esc("a\"b'c<d>&")).isEqualTo("a&quot;b&#39;c&lt;d&gt;&amp;");
  }

  @Test
  void rowWithoutPlatform_showsProblemInEveryFormat() {
    ScorecardJob.PlatformResolver none = h -> ScorecardJob.Found.missing(null,
        "no website is known for this office");
    Scorecard card = ScorecardJob.run(ScorecardFixtures.lookup(ScorecardFixtures.prosecutor("")),
        ScorecardFixtures.SCORER, none, false, ScorecardFixtures.DATE,
        new PrintWriter(new StringWriter()));
    for (ScoreCommand.Format f : ScoreCommand.Format.values()) {
      String out = ScorecardFixtures.render(card, f);
      assertThat(out).as(f.name()).contains("no website is known for this office");
      assertThat(out).as(f.name()).contains(f == ScoreCommand.Format.json ? "\"name\" : null"
          : "holder not named by the source");
    }
  }

  @ParameterizedTest
  @EnumSource(ScoreCommand.Format.class)
  void webPlatform_notMarkedFictional(ScoreCommand.Format format) {
    ScorecardJob.PlatformResolver web = h -> ScorecardJob.Found.of(
        new Scorecard.PlatformSource("https://jo.example/issues",
            URI.create("https://jo.example/issues"), false, null),
        PlatformDocument.ofText("I will not seek cash bail."));
    Scorecard card = ScorecardJob.run(ScorecardFixtures.lookup(ScorecardFixtures.prosecutor("Jo")),
        ScorecardFixtures.SCORER, web, false, ScorecardFixtures.DATE,
        new PrintWriter(new StringWriter()));
    String out = ScorecardFixtures.render(card, format);
    assertThat(out).doesNotContain("FICTIONAL").doesNotContain("Offline")
        .contains("https://jo.example/issues");
  }
}
