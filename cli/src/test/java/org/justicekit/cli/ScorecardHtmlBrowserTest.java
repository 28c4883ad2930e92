package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the scorecard's HTML page in a real browser: headless Chromium (Debian's {@code
 * chromium} package at {@code /usr/bin/chromium}) dumps the DOM it built and writes a
 * screenshot. Skipped, with a message, when Chromium is not installed.
 */
final class ScorecardHtmlBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 90;

  @TempDir
  static Path dir;

  static Path page;

  @BeforeAll
  static void writePage() throws IOException {
    page = dir.resolve("scorecard.html");
    Scorecard card = ScorecardFixtures.examples(
        ScorecardFixtures.mayor("Alex <Placeholder> & \"Co\""),
        ScorecardFixtures.prosecutor("Jordan Sample"));
    Files.writeString(page, ScorecardFixtures.render(card, ScoreCommand.Format.html));
  }

  private static List<String> chromium(String... extra) {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + dir.resolve("profile")));
    command.addAll(List.of(extra));
    command.add(page.toUri().toString());
    return command;
  }

  private static String run(List<String> command, Path stdout) throws Exception {
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectError(dir.resolve("chromium-err.log").toFile()).start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s");
    }
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  @Test
  void html_inChromium_gridCellsHaveStanceClassesAndText() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM),
        "headless Chromium check skipped: /usr/bin/chromium is not installed "
            + "(apt-get install -y chromium)");
    String dom = run(chromium("--dump-dom"), dir.resolve("dom.html"));
    assertThat(dom).as("chromium printed no DOM; see chromium-err.log").contains("</html>");
    Document doc = Jsoup.parse(dom);
    assertThat(doc.select("table.grid")).hasSize(2);
    assertThat(doc.select("table.grid[data-office-type=MAYOR] tbody tr")).hasSize(1);
    Element name = doc.selectFirst("table.grid[data-office-type=MAYOR] .name");
    assertThat(name.text()).isEqualTo("Alex <Placeholder> & \"Co\"");
    assertThat(doc.select("script")).isEmpty();
    assertCell(doc, "body-cameras", "SUPPORTS", "\u2714 Supports", "Every officer on patrol");
    assertCell(doc, "good-officer-certification", "MIXED", "\u25d0 Mixed", "still studying");
    assertCell(doc, "chokehold-ban", "OPPOSES", "\u2718 Opposes", "I will not ban them");
    assertCell(doc, "prosecute-bad-cops", "NOT_MENTIONED", "\u00b7 Not mentioned",
        "does not address");
    assertThat(doc.select("td.cell")).hasSize(9);
    assertThat(doc.selectFirst("p.note").text()).contains("FICTIONAL");
    assertThat(doc.select("details ul.evidence li")).hasSize(9);
  }

  private static void assertCell(Document doc, String demand, String stance, String text,
      String tooltip) {
    Element cell = doc.selectFirst("td.cell[data-demand=" + demand + "]");
    assertThat(cell).as(demand).isNotNull();
    assertThat(cell.classNames()).as(demand).contains(stance);
    assertThat(cell.text()).as(demand).isEqualTo(text);
    assertThat(cell.attr("title")).as(demand).contains(tooltip);
  }

  @Test
  void html_inChromium_screenshotWritten() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM),
        "headless Chromium screenshot skipped: /usr/bin/chromium is not installed "
            + "(apt-get install -y chromium)");
    Path png = Path.of("target", "scorecard-screenshot.png").toAbsolutePath();
    Files.createDirectories(png.getParent());
    Files.deleteIfExists(png);
    run(chromium("--screenshot=" + png, "--window-size=1200,900", "--hide-scrollbars"),
        dir.resolve("shot.log"));
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(1000);
    byte[] magic = Files.readAllBytes(png);
    assertThat(new String(magic, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }
}
