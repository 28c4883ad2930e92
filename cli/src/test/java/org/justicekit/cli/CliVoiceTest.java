package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI speaks with one voice, in its own terms (issue 14). */
final class CliVoiceTest {
  /** Words of the libraries underneath that a CLI user should never meet. */
  static final List<String> LIBRARY_WORDS = List.of("allowPrivateNetwork", "maxInputChars",
      "PlatformScorer", "builder()", "Exception", "java.", "\tat ");

  @TempDir
  Path dir;

  static void assertCliTerms(String text) {
    for (String word : LIBRARY_WORDS) {
      assertThat(text).as("library term %s in: %s", word, text).doesNotContain(word);
    }
  }

  @Test
  void issue14_noCommand_printsUsageAndExits2() {
    CliRun run = CliRun.of();
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("missing a command").contains("Usage: justicekit")
        .contains("Commands:");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void issue14_unknownCommand_saysSoWithSuggestions() {
    CliRun run = CliRun.of("scorcard", "Chicago, IL");
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).startsWith("justicekit: unknown command 'scorcard'")
        .contains("scorecard");
  }

  @Test
  void issue14_commandList_showsWholeSentences() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    String list = run.out().substring(run.out().indexOf("Commands:") + "Commands:".length());
    List<String> entries = new ArrayList<>();
    for (String line : list.lines().toList()) {
      if (line.isBlank()) {
        continue;
      }
      if (line.matches("^  \\S.*")) {
        entries.add(line.strip());
      } else if (!entries.isEmpty()) {
        int last = entries.size() - 1;
        entries.set(last, entries.get(last) + " " + line.strip());
      }
    }
    assertThat(entries).hasSizeGreaterThanOrEqualTo(9);
    for (String entry : entries) {
      assertThat(entry).as("command list entry cut short").endsWith(".");
    }
    assertThat(entries).anyMatch(e -> e.startsWith("track") && e.endsWith("then run `justicekit changes`."));
  }

  @Test
  void issue14_helpText_wrappedOnceOnly() {
    for (String command : List.of("track", "letter", "eval", "scorecard", "changes", "score",
        "fetch-platform")) {
      String help = CliRun.of(command, "--help").out();
      String description = help.substring(help.indexOf('\n', help.indexOf("Usage:")));
      description = description.substring(0, description.indexOf("\n  -") < 0
          ? description.length() : description.indexOf("\n  -"));
      List<String> lines = description.lines().filter(l -> !l.startsWith(" ")).toList();
      for (int i = 0; i + 1 < lines.size(); i++) {
        String line = lines.get(i);
        String next = lines.get(i + 1);
        if (!line.isBlank() && !next.isBlank() && !line.endsWith(".") && !line.endsWith(":")) {
          // a line inside a paragraph was wrapped by picocli, so it is nearly full
          assertThat(line.length()).as(command + " --help, a line wrapped twice: " + line)
              .isGreaterThan(55);
        }
      }
    }
  }

  @Test
  void issue14_lookupHelp_listsEveryProvider() {
    String help = CliRun.of("lookup", "--help").out().replaceAll("\\s+", " ");
    for (String provider : LookupCommand.PROVIDERS) {
      assertThat(help).contains(provider + " (");
    }
  }

  @Test
  void issue14_batchWithTextFormat_refused() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":\"a\",\"office\":\"MAYOR\",\"text\":\"I will ban chokeholds.\"}\n");
    CliRun text = CliRun.of("score", "--batch", in.toString(), "--format", "text");
    assertThat(text.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(text.err()).contains("--batch writes one JSON line").contains("--format text");
    assertThat(text.out()).isEmpty();
    CliRun json = CliRun.of("score", "--batch", in.toString(), "--format", "json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(json.out().lines()).singleElement().asString().startsWith("{\"id\":\"a\"");
  }

  @Test
  void issue14_inputLimit_oneOptionNamedInEveryRefusal() throws Exception {
    Path file = dir.resolve("p.txt");
    Files.writeString(file, "I will ban chokeholds. ".repeat(10));
    CliRun small = CliRun.of("score", "--office", "MAYOR", "--max-input-chars", "50",
        file.toString());
    assertThat(small.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(small.err()).contains("input limit of 50 characters")
        .contains("--max-input-chars N");
    assertCliTerms(small.err());
    CliRun raised = CliRun.of("score", "--office", "MAYOR", "--max-input-chars", "5000",
        file.toString());
    assertThat(raised.exitCode()).as(raised.err()).isZero();

    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":\"a\",\"office\":\"MAYOR\",\"text\":\"" + "I will ban chokeholds. "
        .repeat(10) + "\"}\n");
    CliRun batch = CliRun.of("score", "--batch", in.toString(), "--max-input-chars", "50");
    assertThat(batch.out()).contains("--max-input-chars N");
    assertCliTerms(batch.out());
  }

  @Test
  void issue14_networkAndPolicyRefusals_inCliTerms() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + closed + "/";
    CliRun privateRefused = CliRun.of("score", "--office", "MAYOR", url);
    assertThat(privateRefused.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(privateRefused.err()).contains("--allow-private-network");
    assertCliTerms(privateRefused.err());

    CliRun refused = CliRun.of("score", "--office", "MAYOR", "--allow-private-network", url);
    assertThat(refused.exitCode()).isNotZero();
    assertCliTerms(refused.err());

    CliRun lookup = CliRun.of("lookup", "--provider", "census", "--endpoint", url, "--address",
        "1 Main St, Springfield, IL");
    assertThat(lookup.exitCode()).isEqualTo(Main.PROVIDER_FAILURE);
    assertCliTerms(lookup.err());
  }

  @Test
  void translate_exceptionNames_becomeWords() {
    assertThat(CliWords.translate("census: network error: ConnectException"))
        .isEqualTo("census: network error: connection refused or unreachable");
    assertThat(CliWords.translate("network error: java.net.ConnectException: Connection refused"))
        .isEqualTo("network error: Connection refused");
    assertThat(CliWords.translate("raise the limit with PlatformScorer.builder().maxInputChars(n)"))
        .isEqualTo("raise the limit with --max-input-chars N");
    assertThat(CliWords.translate("census: GET x failed after 3 attempts: ConnectException. Check "
        + "the network and the provider's status, or raise the timeout."))
        .isEqualTo("census: GET x failed after 3 attempts: connection refused or unreachable. "
            + "Check the network and the provider's status, then try again.");
    assertThat(CliWords.translate("page is over 1024 bytes (raise maxPageBytes to read it)"))
        .isEqualTo("page is over 1024 bytes (raise --max-input-chars to read it)");
  }

  @Test
  void issue14_libraryLogLines_onlyWithVerbose() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AtomicInteger requests = new AtomicInteger();
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      exchange.getResponseHeaders().add("Retry-After", "0");
      exchange.sendResponseHeaders(503, -1);
      exchange.close();
    });
    server.start();
    try {
      String endpoint = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      String quiet = runJava("lookup", "--provider", "census", "--endpoint", endpoint,
          "--address", "1 Main St, Springfield, IL");
      assertThat(requests.get()).as("the provider retried").isGreaterThan(1);
      assertThat(quiet).doesNotContain("retrying").doesNotContain("INFO");
      assertThat(quiet.lines().filter(l -> !l.isBlank())).hasSize(1);
      String verbose = runJava("lookup", "--verbose", "--provider", "census", "--endpoint",
          endpoint, "--address", "1 Main St, Springfield, IL");
      assertThat(verbose).contains("retrying");
    } finally {
      server.stop(0);
    }
  }

  /** Runs the CLI in its own JVM (logging is set up per JVM) and returns its standard error. */
  private static String runJava(String... args) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return err;
  }
}
