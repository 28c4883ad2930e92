package org.justicekit.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.justicekit.cli.serve.ApiServer;
import org.justicekit.officials.providers.EmbeddedDirectory;
import org.justicekit.officials.OfficialsClient;
import org.justicekit.officials.OfficialsException;
import org.justicekit.officials.platform.PlatformFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code justicekit serve}: the scorer and the directory as a local HTTP JSON service. Prints
 * the address it listens on, then serves until SIGTERM or Ctrl-C, when it stops gracefully.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the scorer and the directory as a local HTTP JSON service.",
        "Endpoints: GET /v1/demands, POST /v1/score, POST /v1/score/batch, GET /v1/lookup,",
        "GET /healthz, GET /openapi.json (the OpenAPI 3 document describing them)."},
    footer = {"", "Example:", "  justicekit serve --port 8080",
        "  curl -s localhost:8080/v1/score -H 'Content-Type: application/json' \\",
        "    -d '{\"office\":\"PROSECUTOR\",\"text\":\"I will not seek cash bail.\"}'"})
final class ServeCommand implements Runnable {
  private static final Pattern IPV4 = Pattern.compile(
      "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern IPV6 = Pattern.compile("\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*]?");

  @Spec
  @SuppressWarnings("NullAway")
  CommandSpec spec;

  @Option(names = "--port", paramLabel = "P", defaultValue = "8080",
      description = "The port (default ${DEFAULT-VALUE}); 0 picks a free one, printed at start.")
  int port = ApiServer.DEFAULT_PORT;

  @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
      description = "The address to listen on (default ${DEFAULT-VALUE}, this machine only). "
          + "Anything else, e.g. 0.0.0.0, opens the service to the network.")
  String bind = "127.0.0.1";

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: the number of processors, at least 2).")
  @Nullable Integer threads;

  @Option(names = "--queue", paramLabel = "N", defaultValue = "64",
      description = "Requests that may wait for a worker; beyond that 429 (default ${DEFAULT-VALUE}).")
  int queue = ApiServer.DEFAULT_QUEUE;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "8388608",
      description = "The largest request body; larger ones get 413 (default ${DEFAULT-VALUE}).")
  int maxBody = ApiServer.DEFAULT_MAX_BODY_BYTES;

  @Option(names = "--allow-fetch",
      description = "Let score requests give a \"url\" to fetch (off by default); the fetcher "
          + "refuses private and loopback addresses.")
  boolean allowFetch;

  @Option(names = "--allow-private-network",
      description = "With --allow-fetch: also fetch from private or loopback addresses.")
  boolean allowPrivateNetwork;

  @Option(names = "--directory", paramLabel = "FILE",
      description = "Your own directory file (the embedded directory's format): a place it "
          + "has is answered from it; other places from the embedded directory.")
  @Nullable Path directory;

  @Override
  public void run() {
    if (allowPrivateNetwork && !allowFetch) {
      throw CliException.badInput("--allow-private-network applies only with --allow-fetch");
    }
    InetAddress address = address(bind);
    ApiServer.Builder builder = ApiServer.builder().bind(address).port(port).queue(queue)
        .maxBodyBytes(maxBody).officials(officials(directory)).version(version());
    if (threads != null) {
      builder.threads(threads);
    }
    if (allowFetch) {
      builder.fetcher(PlatformFetcher.builder().allowPrivateNetwork(allowPrivateNetwork).build());
    }
    ApiServer server;
    try {
      server = builder.start();
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw CliException.badInput(String.valueOf(e.getMessage()));
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!address.isLoopbackAddress()) {
      err.println("justicekit serve: warning: listening on " + address.getHostAddress()
          + ", not loopback: anyone who can reach this port can use the service");
    }
    out.println("justicekit serve: listening on " + server.uri());
    out.flush();
    err.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      err.println("justicekit serve: stopped");
      err.flush();
      stopped.countDown();
    }, "justicekit-serve-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
    }
  }

  /**
   * The embedded directory, after the user's own file when one is given: a place the file has
   * is answered from the file alone (its offices and holders as the user wrote them), any
   * other place from the embedded directory.
   */
  static OfficialsClient officials(@Nullable Path directory) {
    if (directory == null) {
      return OfficialsClient.create();
    }
    EmbeddedDirectory own;
    try {
      own = EmbeddedDirectory.fromPath(directory);
    } catch (OfficialsException e) {
      throw CliException.badInput(String.valueOf(e.getMessage()));
    }
    return OfficialsClient.builder().provider(own).provider(EmbeddedDirectory.standard())
        .strategy(OfficialsClient.Strategy.FIRST_ANSWER).build();
  }

  /** An IP address, or {@code localhost}; never a DNS lookup. */
  static InetAddress address(String value) {
    String host = value.strip();
    if (host.equalsIgnoreCase("localhost")) {
      return InetAddress.getLoopbackAddress();
    }
    if (IPV4.matcher(host).matches() || IPV6.matcher(host).matches()) {
      try {
        return InetAddress.getByName(host);
      } catch (UnknownHostException e) {
        // an IPv6-looking string that is not one falls through to the message below
      }
    }
    throw CliException.badInput("--bind takes an IP address of this machine, such as 127.0.0.1 "
        + "(the default) or 0.0.0.0 for every interface; was '" + value + "'");
  }

  private static String version() {
    try {
      String v = new Main.Version().getVersion()[0];
      return v.startsWith("justicekit ") ? v.substring("justicekit ".length()) : v;
    } catch (Exception e) {
      return "unknown";
    }
  }
}
