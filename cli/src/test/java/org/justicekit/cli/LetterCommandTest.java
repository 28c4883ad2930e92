package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class LetterCommandTest {
  @TempDir
  Path dir;

  private Path platform(String text) throws Exception {
    Path file = dir.resolve("platform.txt");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void letter_markdown_listsUnsupportedDemandsAndQuotesMixedAndOpposed() throws Exception {
    Path file = platform("I will not seek cash bail. "
        + "We will look into a pilot program to publish some charging data online, eventually. "
        + "My office will keep working with federal immigration agents in our courthouses.");
    CliRun run = CliRun.of("letter", "--review-threshold", "0", "--office", "prosecutor", "--platform", file.toString(),
        "--name", "Jo Sample");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Dear Jo Sample,")
        .contains("It does not yet commit to 5 of them")
        .contains("## Publish prosecution metrics")
        .contains("> We will look into a pilot program to publish some charging data online")
        .contains("## Stop anti-immigrant prosecutions")
        .contains("Your platform opposes this. In your own words:")
        .contains("> My office will keep working with federal immigration agents")
        .contains("## Keep kids out of adult jails").contains("Your platform does not mention this.")
        .contains("- Publish plea offers made and accepted")
        .contains("We thank you for already supporting: End money bail.")
        .doesNotContain("## End money bail").doesNotContain("{{");
  }

  @Test
  void letter_text_allSupported_thanks() throws Exception {
    Path file = platform("Every officer will wear a body camera. I will ban chokeholds. "
        + "I will support a statewide license for officers, revoked for excessive force.");
    CliRun run = CliRun.of("letter", "--office", "mayor", "--platform", file.toString(),
        "--format", "text");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Dear Mayor,").doesNotContain("## ");
  }

  @Test
  void letter_customTemplate() throws Exception {
    Path file = platform("I will not seek cash bail.");
    Path template = dir.resolve("t.txt");
    Files.writeString(template, "To {{name}} ({{office}}): {{count}} of {{total}}.\n"
        + "{{#demands}}{{number}}={{id}}/{{stance}}\n{{/demands}}");
    CliRun run = CliRun.of("letter", "--office", "prosecutor", "--platform", file.toString(),
        "--template", template.toString(), "--name", "Jo");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("To Jo (Prosecutor): 5 of 6.\n1=kids-out-of-adult-jails/not mentioned\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Dear {{nmae}}|line 1: unknown placeholder {{nmae}}",
      "{{#demands}}x|section {{#demands}} is never closed"})
  void letter_badTemplate_exit2NamingTheProblem(String text, String message) throws Exception {
    Path file = platform("I will not seek cash bail.");
    Path template = dir.resolve("bad.txt");
    Files.writeString(template, text);
    CliRun run = CliRun.of("letter", "--office", "prosecutor", "--platform", file.toString(),
        "--template", template.toString());
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).startsWith("justicekit: template " + template).contains(message)
        .doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void letter_missingPlatformFile_exit2() {
    CliRun run = CliRun.of("letter", "--office", "mayor", "--platform", dir.resolve("no").toString());
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("no such file");
  }
}
