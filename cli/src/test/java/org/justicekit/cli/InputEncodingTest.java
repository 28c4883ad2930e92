package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Platform files in the encodings people have (issue 14). */
final class InputEncodingTest {
  private static final String PLATFORM = "\u201cI will not seek cash bail,\u201d she said. "
      + "We\u2019ll end it \u2014 caf\u00e9 talk aside.";

  @TempDir
  Path dir;

  private Path write(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private static CliRun score(Path file, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "score";
    args[1] = "--office";
    args[2] = "PROSECUTOR";
    System.arraycopy(more, 0, args, 3, more.length);
    args[3 + more.length] = file.toString();
    return CliRun.of(args);
  }

  private static JsonNode bail(CliRun run) throws Exception {
    JsonNode root = ScoreJson.MAPPER.readTree(run.out());
    for (JsonNode a : root.get("assessments")) {
      if (a.get("demand").asText().equals("end-money-bail")) {
        return a;
      }
    }
    throw new AssertionError(run.out());
  }

  @Test
  void issue14_windows1252CurlyQuotes_scoredWithOneLineWarning() throws Exception {
    Path file = write("word.txt", PLATFORM.getBytes(Charset.forName("windows-1252")));
    CliRun run = score(file, "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err().lines()).singleElement().asString()
        .contains("warning").contains("Windows-1252").contains("--encoding");
    JsonNode bail = bail(run);
    assertThat(bail.get("stance").asText()).isEqualTo("SUPPORTS");
    assertThat(bail.get("evidence").get(0).get("text").asText()).contains("\u201cI will not seek");
  }

  @Test
  void issue14_latin1_scoredWithWarning() throws Exception {
    Path file = write("latin1.txt", "Caf\u00e9 owners agree: I will not seek cash bail."
        .getBytes(StandardCharsets.ISO_8859_1));
    CliRun run = score(file, "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("Windows-1252");
    assertThat(bail(run).get("stance").asText()).isEqualTo("SUPPORTS");
  }

  @Test
  void issue14_utf16WithByteOrderMark_scoredSilently() throws Exception {
    for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      byte[] text = PLATFORM.getBytes(charset);
      byte[] bom = charset == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
          : new byte[] {(byte) 0xFE, (byte) 0xFF};
      byte[] bytes = new byte[bom.length + text.length];
      System.arraycopy(bom, 0, bytes, 0, bom.length);
      System.arraycopy(text, 0, bytes, bom.length, text.length);
      CliRun run = score(write("u16.txt", bytes), "--format", "json");
      assertThat(run.exitCode()).as(charset + ": " + run.err()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(bail(run).get("stance").asText()).isEqualTo("SUPPORTS");
    }
  }

  @Test
  void issue14_utf8ByteOrderMark_stripped() throws Exception {
    byte[] text = "I will not seek cash bail.".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    CliRun run = score(write("bom.txt", bytes), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode evidence = bail(run).get("evidence").get(0);
    assertThat(evidence.get("text").asText()).isEqualTo("I will not seek cash bail.");
    assertThat(evidence.get("start").asInt()).isZero();
  }

  @Test
  void issue14_strayMalformedUtf8_replacedWithWarning() throws Exception {
    byte[] good = "Caf\u00e9 owners agree: I will not seek cash bail. ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 4];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xC3;   // a lead byte without its continuation
    bytes[good.length + 1] = 'o';
    bytes[good.length + 2] = 'k';
    bytes[good.length + 3] = '.';
    CliRun run = score(write("stray.txt", bytes), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err().lines()).singleElement().asString()
        .contains("1 byte that is not valid UTF-8").contains("replaced");
    assertThat(bail(run).get("stance").asText()).isEqualTo("SUPPORTS");
  }

  @Test
  void issue14_binary_stillRefused() throws Exception {
    CliRun run = score(write("b.bin", new byte[] {0x50, 0x4B, 3, 4, 0, 0, (byte) 0xff, 0}));
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("binary").doesNotContain("\tat ");
  }

  @Test
  void issue14_encodingOption_readsWhatDetectionCannot() throws Exception {
    Path file = write("u16le.txt", "I will not seek cash bail.".getBytes(StandardCharsets.UTF_16LE));
    assertThat(score(file).exitCode()).as("UTF-16 without a mark looks binary")
        .isEqualTo(Main.BAD_INPUT);
    CliRun run = score(file, "--encoding", "UTF-16LE", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(bail(run).get("stance").asText()).isEqualTo("SUPPORTS");
    CliRun unknown = score(file, "--encoding", "klingon-8");
    assertThat(unknown.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(unknown.err()).contains("--encoding klingon-8 is not an encoding");
  }
}
