package org.justicekit.officials.openstates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.justicekit.officials.openstates.OpenStatesTree.AS_OF;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.justicekit.demands.ContactChannel;
import org.justicekit.demands.OcdId;
import org.justicekit.demands.Official;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class OpenStatesImportTest {
  private static final OcdId HOUSTON = OcdId.parse("ocd-division/country:us/state:tx/place:houston");

  @TempDir Path dir;

  @Test
  void load_fullPersonFile_readsEveryField() {
    OpenStatesTree tree = OpenStatesTree.in(dir);
    String file = tree.person("tx", "Jane-Roe--1234.yml", """
        id: ocd-person/1234
        name: Jane Roe
        given_name: Jane
        family_name: Roe
        email: mayor@example.gov
        party:
        - name: Republican
          end_date: '2019-01-01'
        - name: Democratic
        roles:
        - start_date: '2024-01-01'
          end_date: '2028-01-01'
          type: mayor
          jurisdiction: ocd-jurisdiction/country:us/state:tx/place:houston/government
        offices:
        - classification: primary
          address: 901 Bagby St;Houston, TX 77002
          voice: 713-555-0100
        - classification: district
          voice: 713-555-0199
          email: district@example.gov
        links:
        - url: not a url
        - url: https://example.gov/mayor
        sources:
        - url: https://example.gov/source
        - url: ftp://example.gov/old/
        ids:
          twitter: janeroe
          facebook: JaneRoeMayor
        """);
    tree.placeList("tx", """
        - name: Houston
          id: ocd-jurisdiction/country:us/state:tx/place:houston/government
        """);

    OpenStatesMayors mayors = tree.load();

    assertThat(mayors.warnings()).isEmpty();
    assertThat(mayors.filesRead()).isEqualTo(1);
    OpenStatesMayor mayor = mayors.mayor(HOUSTON).orElseThrow();
    assertThat(mayor.name()).isEqualTo("Houston");
    assertThat(mayor.state()).isEqualTo("TX");
    assertThat(mayor.title()).isEqualTo("Mayor of Houston");
    assertThat(mayor.jurisdiction())
        .isEqualTo("ocd-jurisdiction/country:us/state:tx/place:houston/government");
    assertThat(mayor.termStart()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(mayor.termEnd()).isEqualTo(LocalDate.of(2028, 1, 1));
    assertThat(mayor.current()).isTrue();
    assertThat(mayor.stalenessNote()).isEmpty();
    assertThat(mayor.personId()).isEqualTo("ocd-person/1234");
    assertThat(mayor.file()).isEqualTo(file).isEqualTo("data/tx/municipalities/Jane-Roe--1234.yml");
    assertThat(mayor.notes()).isEmpty();
    assertThat(mayor.official()).isEqualTo(new Official("Jane Roe", "Democratic",
        URI.create("https://example.gov/mayor"),
        java.util.List.of("mayor@example.gov", "district@example.gov"),
        java.util.List.of("713-555-0100", "713-555-0199"),
        java.util.List.of(new ContactChannel("twitter", "janeroe"),
            new ContactChannel("facebook", "JaneRoeMayor")),
        AS_OF,
        java.util.List.of(URI.create("https://example.gov/source"), URI.create(file))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2028-01-01", "'2028-01-01'", "\"2028-01-01\"", "2028-01-01 # comment"})
  void load_quotedOrUnquotedDates_readAlike(String written) {
    OpenStatesTree tree = OpenStatesTree.in(dir);
    tree.person("tx", "a.yml", """
        name: A
        roles:
        - start_date: %s
          end_date: %s
          type: mayor
          jurisdiction: ocd-jurisdiction/country:us/state:tx/place:houston/government
        offices: []
        """.formatted(written.replace("2028", "2024"), written));

    OpenStatesMayor mayor = tree.load().mayor(HOUSTON).orElseThrow();

    assertThat(mayor.termEnd()).isEqualTo(LocalDate.of(2028, 1, 1));
    assertThat(mayor.termStart()).isEqualTo(LocalDate.of(2024, 1, 1));
  }

  @ParameterizedTest
  @CsvSource({"'2028', 2028-12-31", "'2028-02', 2028-02-29"})
  void load_partialEndDate_readsAsLastDayOfPeriod(String written, LocalDate expected) {
    OpenStatesTree tree = OpenStatesTree.in(dir);
    tree.mayor("tx", "houston", "A", written);

    assertThat(tree.load().mayor(HOUSTON).orElseThrow().termEnd()).isEqualTo(expected);
  }

  static Stream<Arguments> badFiles() {
    String role = """
        roles:
        - end_date: '2028-01-01'
          type: mayor
          jurisdiction: ocd-jurisdiction/country:us/state:tx/place:houston/government
        """;
    StringBuilder aliasBomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      String previous = "*" + (char) (c - 1);
      aliasBomb.append(c).append(": &").append(c).append(" [").append(previous)
          .append((", " + previous).repeat(6)).append("]\n");
    }
    aliasBomb.append("name: A\nroles: *j\n");
    return Stream.of(
        Arguments.of("malformed YAML", "name: A\nroles: [\n  - {type: mayor\n",
            "malformed YAML"),
        Arguments.of("nesting 5000 deep", "name: " + "[".repeat(5000) + "\n",
            "malformed YAML: Document nesting depth"),
        Arguments.of("alias bomb (aliases are not expanded)", aliasBomb.toString(),
            "'roles' is missing or not a list"),
        Arguments.of("tab-indented YAML", "name: A\n\troles: x\n", "malformed YAML"),
        Arguments.of("no name", "id: ocd-person/1\n" + role, "'name' is missing"),
        Arguments.of("blank name", "name: '  '\n" + role, "'name' is missing"),
        Arguments.of("no roles", "name: A\noffices: []\n", "'roles' is missing"),
        Arguments.of("roles not a list", "name: A\nroles: mayor\n", "not a list"),
        Arguments.of("a list, not a mapping", "- name: A\n", "not a YAML mapping"),
        Arguments.of("empty", "", "empty"),
        Arguments.of("only a comment", "# nothing\n", "empty YAML document"),
        Arguments.of("duplicate key", "name: A\nname: B\n" + role, "malformed YAML"),
        Arguments.of("no mayor role", """
            name: A
            roles:
            - end_date: '2030-01-01'
              type: upper
              jurisdiction: ocd-jurisdiction/country:us/state:tx/government
            """, "no usable mayor role"),
        Arguments.of("mayor role without jurisdiction",
            "name: A\nroles:\n- end_date: '2028-01-01'\n  type: mayor\n",
            "'jurisdiction' is missing"),
        Arguments.of("mayor role without end date", """
            name: A
            roles:
            - type: mayor
              jurisdiction: ocd-jurisdiction/country:us/state:tx/place:houston/government
            """, "'end_date' is missing"),
        Arguments.of("end date not a date", """
            name: A
            roles:
            - end_date: next spring
              type: mayor
              jurisdiction: ocd-jurisdiction/country:us/state:tx/place:houston/government
            """, "'next spring' is not a YYYY-MM-DD date"),
        Arguments.of("impossible end date", """
            name: A
            roles:
            - end_date: '2027-02-30'
              type: mayor
              jurisdiction: ocd-jurisdiction/country:us/state:tx/place:houston/government
            """, "'2027-02-30' is not a YYYY-MM-DD date"),
        Arguments.of("jurisdiction of another form", """
            name: A
            roles:
            - end_date: '2028-01-01'
              type: mayor
              jurisdiction: Houston, TX
            """, "is not of the form"),
        Arguments.of("jurisdiction with bad characters", """
            name: A
            roles:
            - end_date: '2028-01-01'
              type: mayor
              jurisdiction: ocd-jurisdiction/country:us/state:tx/place:Houston City/government
            """, "does not make a valid OCD division id"),
        Arguments.of("jurisdiction without a state", """
            name: A
            roles:
            - end_date: '2028-01-01'
              type: mayor
              jurisdiction: ocd-jurisdiction/country:us/place:houston/government
            """, "names no state"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void load_badFile_skippedWithWarningNamingIt(String label, String yaml, String problem) {
    OpenStatesTree tree = OpenStatesTree.in(dir);
    String bad = tree.person("tx", "Bad-Person-1.yml", yaml);
    tree.mayor("tx", "dallas", "Good Person", "2027-06-01");

    OpenStatesMayors mayors = tree.load();

    assertThat(mayors.mayors()).extracting(m -> m.official().name()).containsExactly("Good Person");
    assertThat(mayors.filesRead()).isEqualTo(2);
    assertThat(mayors.warnings()).isNotEmpty().allSatisfy(w -> {
      assertThat(w.file()).isEqualTo(bad);
    });
    assertThat(mayors.warnings()).anySatisfy(w -> assertThat(w.message()).contains(problem));
  }

  static Stream<Arguments> unreadableBytes() {
    return Stream.of(
        Arguments.of("binary", new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0x14}, "not UTF-8 text"),
        Arguments.of("Latin-1", "name: Eddie Mor\u00e1n\n".getBytes(StandardCharsets.ISO_8859_1),
            "not UTF-8 text"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadableBytes")
  void load_notUtf8Text_skippedWithWarning(String label, byte[] content, String problem) {
    OpenStatesTree tree = OpenStatesTree.in(dir);
    String bad = tree.bytes("tx", "x.yml", content);

    OpenStatesMayors mayors = tree.load();

    assertThat(mayors.mayors()).isEmpty();
    assertThat(mayors.warnings()).containsExactly(new OpenStatesWarning(bad, "skipped: " + problem));
  }

  @Test
  void load_utf8WithBomAndAccents_read() {
    OpenStatesTree tree = OpenStatesTree.in(dir);
    byte[] body = OpenStatesTree.mayorYaml("pa", "reading", "Eddie Mor\u00e1n", "2028-01-03")
        .getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    tree.bytes("pa", "Eddie-Moran.yml", withBom);

    OpenStatesMayors mayors = tree.load();

    assertThat(mayors.warnings()).isEmpty();
    assertThat(mayors.mayors()).singleElement()
        .satisfies(m -> assertThat(m.official().name()).isEqualTo("Eddie Mor\u00e1n"));
  }

  @Test
  void load_fileOverSizeLimit_skippedWithWarning() {
    OpenStatesTree tree = OpenStatesTree.in(dir);
    String big = tree.person("tx", "big.yml", OpenStatesTree.mayorYaml("tx", "houston", "A",
        "2028-01-01") + "# " + "x".repeat(500) + "\n");
    tree.mayor("tx", "dallas", "B", "2028-01-01");

    OpenStatesMayors mayors = OpenStatesImport.builder().asOf(AS_OF).maxFileBytes(400).build()
        .load(dir);

    assertThat(mayors.mayors()).extracting(m -> m.official().name()).containsExactly("B");
    assertThat(mayors.warnings()).singleElement().satisfies(w -> {
      assertThat(w.file()).isEqualTo(big);
      assertThat(w.message()).contains("more than the 400-byte limit");
    });
  }

  @Test
  void load_predecessorKept_latestTermWinsAndPredecessorNoted() {
    OpenStatesTree tree = OpenStatesTree.in(dir);
    // Written so the newer file sorts first by name and the older one last.
    String older = tree.mayor("pa", "philadelphia", "Zed Kenney", "2024-01-01");
    tree.mayor("pa", "philadelphia", "Ann Parker", "2028-01-01");

    OpenStatesMayors mayors = tree.load();

    assertThat(mayors.mayors()).singleElement().satisfies(m -> {
      assertThat(m.official().name()).isEqualTo("Ann Parker");
      assertThat(m.notes()).containsExactly("replaces Zed Kenney, term ended 2024-01-01 ("
          + older + ")");
    });
    assertThat(mayors.warnings()).isEmpty();
  }

  @Test
  void load_twoFilesWithSameTermEnd_keepsFirstByNameAndWarns() {
    OpenStatesTree tree = OpenStatesTree.in(dir);
    tree.mayor("tx", "houston", "Bea Second", "2028-01-01");
    tree.mayor("tx", "houston", "Abe First", "2028-01-01");

    OpenStatesMayors mayors = tree.load();

    assertThat(mayors.mayors()).singleElement()
        .satisfies(m -> assertThat(m.official().name()).isEqualTo("Abe First"));
    assertThat(mayors.warnings()).singleElement().satisfies(w -> {
      assertThat(w.file()).isEqualTo("data/tx/municipalities/Bea-Second-houston.yml");
      assertThat(w.message()).contains("Bea Second also names a mayor of "
          + HOUSTON + " with a term ending 2028-01-01; kept Abe First");
    });
  }

  @Test
  void load_sameTermEndLaterStart_laterStartWins() {
    OpenStatesTree tree = OpenStatesTree.in(dir);
    tree.person("tx", "a.yml", """
        name: Early Start
        roles:
        - {start_date: '2020-01-01', end_date: '2028-01-01', type: mayor, jurisdiction: ocd-jurisdiction/country:us/state:tx/place:houston/government}
        """);
    tree.person("tx", "b.yml", """
        name: Late Start
        roles:
        - {start_date: '2024-01-01', end_date: '2028-01-01', type: mayor, jurisdiction: ocd-jurisdiction/country:us/state:tx/place:houston/government}
        """);

    assertThat(tree.load().mayor(HOUSTON).orElseThrow().official().name()).isEqualTo("Late Start");
  }

  @Test
  void load_legislativeRolesAndOlderMayorRoles_onlyLatestMayorRoleCounts() {
    OpenStatesTree tree = OpenStatesTree.in(dir);
    tree.person("ca", "Karen-Bass-1.yml", """
        name: Karen Bass
        roles:
        - start_date: '2009-01-01'
          end_date: '2030-12-31'
          type: lower
          jurisdiction: ocd-jurisdiction/country:us/state:ca/government
          district: '47'
        - end_date: '2022-12-11'
          type: mayor
          jurisdiction: ocd-jurisdiction/country:us/state:ca/place:los_angeles/government
        - end_date: '2026-12-11'
          type: mayor
          jurisdiction: ocd-jurisdiction/country:us/state:ca/place:los_angeles/government
        - end_date: '2024-12-11'
          type: mayor
          jurisdiction: ocd-jurisdiction/country:us/state:ca/place:los_angeles/government
        """);

    OpenStatesMayors mayors = tree.load();

    assertThat(mayors.mayors()).singleElement().satisfies(m -> {
      assertThat(m.ocdId().value()).isEqualTo("ocd-division/country:us/state:ca/place:los_angeles");
      assertThat(m.termEnd()).isEqualTo(LocalDate.of(2026, 12, 11));
      assertThat(m.current()).isTrue();
    });
  }

  @ParameterizedTest
  @CsvSource({
      "2026-11-24, false, 2026-11-24",
      "2026-11-25, true, 2026-11-25",
      "2026-11-26, true, 2026-11-25"})
  void load_termEndAgainstAsOf_flagsCurrentAndDatesTheRecord(LocalDate end, boolean current,
      LocalDate officialAsOf) {
    OpenStatesTree tree = OpenStatesTree.in(dir);
    tree.mayor("tx", "san_antonio", "Ron Nirenberg", end.toString());

    OpenStatesMayor mayor = tree.load().mayors().get(0);

    assertThat(mayor.current()).isEqualTo(current);
    assertThat(mayor.official().asOf()).isEqualTo(officialAsOf);
    assertThat(mayor.stalenessNote()).isEqualTo(current ? ""
        : "term ended " + end + " according to Open States; not verified as current");
  }

  @Test
  void load_irregularIds_normalisedCorrectedAndWarned() {
    OpenStatesTree tree = OpenStatesTree.in(dir);
    String midvale = tree.mayor("ut", "midvale_", "Dustin Gettel", "2029-01-08");
    String charleston = tree.mayor("nc", "north_charleston", "R Keith Summey", "2023-11-07");
    tree.person("hi", "Rick-Blangiardi.yaml", """
        name: Rick Blangiardi
        roles:
        - end_date: 2029-01-02
          type: mayor
          jurisdiction: ocd-jurisdiction/country:us/state:hi/county:honolulu/government
        """);
    tree.placeList("ut", """
        - name: Midvale
          id: ocd-jurisdiction/country:us/state:ut/place:midvale_/government
        """);

    OpenStatesMayors mayors = tree.load();

    assertThat(mayors.mayors()).extracting(m -> m.ocdId().value()).containsExactly(
        "ocd-division/country:us/state:hi/county:honolulu",
        "ocd-division/country:us/state:sc/place:north_charleston",
        "ocd-division/country:us/state:ut/place:midvale");
    assertThat(mayors.mayors()).extracting(OpenStatesMayor::state).containsExactly("HI", "SC", "UT");
    assertThat(mayors.mayors()).extracting(OpenStatesMayor::name)
        .containsExactly("Honolulu", "North Charleston", "Midvale");
    assertThat(mayors.warnings()).extracting(OpenStatesWarning::file)
        .containsExactly(charleston, midvale);
    assertThat(mayors.mayors().get(1).notes()).singleElement().asString()
        .contains("corrected to ocd-division/country:us/state:sc/place:north_charleston");
    assertThat(mayors.mayors().get(2).notes()).singleElement().asString()
        .contains("'place:midvale_' read as 'place:midvale'");
  }

  @Test
  void load_placeListMalformed_warnsAndNamesFromId() {
    OpenStatesTree tree = OpenStatesTree.in(dir);
    tree.mayor("tx", "san_antonio", "Ron Nirenberg", "2025-11-30");
    tree.placeList("tx", "name: [unclosed\n");

    OpenStatesMayors mayors = tree.load();

    assertThat(mayors.mayors().get(0).name()).isEqualTo("San Antonio");
    assertThat(mayors.warnings()).singleElement().satisfies(w -> {
      assertThat(w.file()).isEqualTo("data/tx/municipalities.yml");
      assertThat(w.message()).contains("place names not read");
    });
  }

  @Test
  void load_otherFilesInFolder_ignored() throws Exception {
    OpenStatesTree tree = OpenStatesTree.in(dir);
    tree.mayor("tx", "houston", "A", "2028-01-01");
    tree.person("tx", "README.md", "not a person");
    Files.createDirectories(dir.resolve("data/tx/municipalities/sub.yml"));
    Files.createDirectories(dir.resolve("data/tx/legislature"));

    OpenStatesMayors mayors = tree.load();

    assertThat(mayors.filesRead()).isEqualTo(1);
    assertThat(mayors.warnings()).isEmpty();
  }

  @Test
  void load_stateListOnly_emptyButValid() {
    OpenStatesTree tree = OpenStatesTree.in(dir);
    tree.placeList("ar", "- name: Little Rock\n  id: ocd-jurisdiction/country:us/state:ar/place:little_rock/government\n");

    OpenStatesMayors mayors = tree.load();

    assertThat(mayors.mayors()).isEmpty();
    assertThat(mayors.filesRead()).isZero();
  }

  static Stream<Arguments> notCheckouts() {
    return Stream.of(
        Arguments.of("missing", "is not a directory"),
        Arguments.of("file", "is not a directory"),
        Arguments.of("empty", "it has no data/ folder"),
        Arguments.of("data-only", "no data/<st>/municipalities/ folder"),
        Arguments.of("inside", "give the checkout's root"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notCheckouts")
  void load_notACheckout_throwsTypedException(String shape, String message) throws Exception {
    Path given = dir.resolve(shape);
    switch (shape) {
      case "file" -> Files.writeString(given, "hello");
      case "empty" -> Files.createDirectories(given);
      case "data-only" -> Files.createDirectories(given.resolve("data/tx/legislature"));
      case "inside" -> {
        OpenStatesTree.in(given).mayor("tx", "houston", "A", "2028-01-01");
        given = given.resolve("data");
      }
      default -> { }
    }
    Path checkout = given;

    assertThatThrownBy(() -> OpenStatesImport.fromCheckout(checkout))
        .isInstanceOfSatisfying(OpenStatesCheckoutException.class, e -> {
          assertThat(e.checkout()).isEqualTo(checkout.toString());
          assertThat(e.provider()).isEqualTo("openstates");
          assertThat(e.statusCode()).isZero();
          assertThat(e.retryable()).isFalse();
        })
        .hasMessageContaining(checkout.toString())
        .hasMessageContaining(message);
  }

  @Test
  void fromCheckout_noDate_judgesAsOfToday() {
    OpenStatesTree.in(dir).mayor("tx", "houston", "A", "2028-01-01");

    LocalDate before = LocalDate.now(ZoneOffset.UTC);
    OpenStatesMayors mayors = OpenStatesImport.fromCheckout(dir);
    LocalDate after = LocalDate.now(ZoneOffset.UTC);

    assertThat(mayors.asOf()).isBetween(before, after);
  }

  @Test
  void builder_settings_keptByToBuilderAndValidated() {
    OpenStatesImport importer = OpenStatesImport.builder().asOf(AS_OF).maxFileBytes(1000).build();

    OpenStatesImport copy = importer.toBuilder().build();

    assertThat(copy.asOf()).contains(AS_OF);
    assertThat(copy.maxFileBytes()).isEqualTo(1000);
    assertThat(OpenStatesImport.builder().build().asOf()).isEmpty();
    assertThat(OpenStatesImport.builder().build().maxFileBytes())
        .isEqualTo(OpenStatesImport.DEFAULT_MAX_FILE_BYTES);
    assertThatThrownBy(() -> OpenStatesImport.builder().maxFileBytes(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
  }
}
