package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class LookupCommandTest {
  private static JsonNode json(CliRun run) throws Exception {
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  private static List<String> titles(JsonNode root) {
    List<String> titles = new ArrayList<>();
    root.get("officials").forEach(o -> titles.add(o.get("title").asText()));
    return titles;
  }

  @Test
  void lookup_json_shapeAsDesigned() throws Exception {
    JsonNode root = json(CliRun.of("lookup", "--format", "json", "Chicago, IL"));
    assertThat(root.get("query").asText()).isEqualTo("Chicago, IL");
    JsonNode cook = root.get("officials").get(1);
    assertThat(cook.get("officeType").asText()).isEqualTo("PROSECUTOR");
    assertThat(cook.get("title").asText()).isEqualTo("Cook County State's Attorney");
    assertThat(cook.get("elected").asBoolean()).isTrue();
    assertThat(cook.get("jurisdiction").get("name").asText()).isEqualTo("Cook County");
    assertThat(cook.get("jurisdiction").get("ocdId").asText())
        .isEqualTo("ocd-division/country:us/state:il/county:cook");
    assertThat(cook.get("name").asText()).isEqualTo("Eileen O'Neill Burke");
    assertThat(cook.get("asOf").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(cook.get("website").asText()).isEqualTo("https://www.cookcountystatesattorney.org");
    assertThat(cook.get("sources").isArray()).isTrue();
    List<String> fields = new ArrayList<>();
    cook.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsSubsequence("officeType", "title", "elected", "jurisdiction", "name",
        "asOf", "website", "sources");
    assertThat(root.get("places").get(0).get("ocdId").asText())
        .isEqualTo("ocd-division/country:us/state:il/place:chicago");
    assertThat(root.get("notes").isArray()).isTrue();
  }

  @Test
  void lookup_brooklyn_kingsCountyOnly() throws Exception {
    JsonNode root = json(CliRun.of("lookup", "--format", "json", "Brooklyn, NY"));
    assertThat(titles(root)).containsExactly("Mayor of New York", "Kings County District Attorney");
    assertThat(root.get("officials").get(1).get("coverage").asText()).isEqualTo("Brooklyn (Kings County)");
  }

  @Test
  void lookup_newYork_allFiveWithNote() throws Exception {
    JsonNode root = json(CliRun.of("lookup", "--format", "json", "New York, NY"));
    assertThat(titles(root)).hasSize(6).contains("Richmond County District Attorney");
    assertThat(root.get("notes").toString()).contains("one per borough");
  }

  @Test
  void lookup_text_readable() {
    CliRun run = CliRun.of("lookup", "Newark, NJ");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Essex County Prosecutor").contains("appointed (not elected)")
        .contains("Governor").contains("provider: embedded");
  }

  @Test
  void lookup_uncovered_exit0EmptyOfficialsAndNote() throws Exception {
    JsonNode root = json(CliRun.of("lookup", "--format", "json", "Smallville, KS"));
    assertThat(root.get("officials")).isEmpty();
    assertThat(root.get("notes").get(0).asText()).startsWith("no embedded data for Smallville, KS")
        .contains("County Attorney");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--ocd-id|ocd-division/country:us/state:co/county:denver|Denver District Attorney",
      "--zip|19901|Delaware Attorney General",
      "--provider|EMBEDDED|Harris County District Attorney"})
  void lookup_otherForms(String option, String value, String title) throws Exception {
    List<String> args = new ArrayList<>(List.of("lookup", "--format", "json", option, value));
    if (option.equals("--provider")) {
      args.add("Houston, TX");
    }
    assertThat(titles(json(CliRun.of(args.toArray(String[]::new))))).contains(title);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "lookup|say which place",
      "lookup Chicago,_IL --zip 60602|give only one place",
      "lookup --provider frobnicate Chicago,_IL|unknown provider 'frobnicate'; valid providers: embedded, wikidata, census, google, cicero, ballotready",
      "lookup --provider cicero Chicago,_IL|needs an API key in the environment variable JUSTICEKIT_CICERO_KEY",
      "lookup --endpoint http://127.0.0.1:1/ Chicago,_IL|--endpoint does not apply to the embedded provider",
      "lookup --endpoint ftp://x/ Chicago,_IL|--endpoint must be an http or https URL",
      "lookup --address 1_Main_St,_Springfield,_IL|provider embedded cannot answer '1 Main St, Springfield, IL'; for a street address or a point use a geocoding provider: --provider census",
      "lookup --zip 123|is not a five-digit ZIP code",
      "lookup --ocd-id ocd-division/country:us/state:IL|invalid OCD division id",
      "lookup --format yaml Chicago,_IL|Invalid value for option '--format'"})
  void lookup_badUsage_exit2OneLine(String args, String message) {
    String[] argv = args.split(" ");
    for (int i = 0; i < argv.length; i++) {
      argv[i] = argv[i].replace('_', ' ');
    }
    CliRun run = CliRun.of(argv);
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().findFirst().orElseThrow()).contains(message);
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void help_listsLookup() {
    CliRun run = CliRun.of("--help");
    assertThat(run.out()).contains("lookup");
  }
}
