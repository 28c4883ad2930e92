package org.justicekit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.justicekit.demands.PlatformDocument;
import org.justicekit.officials.FetchRefusedException;
import org.justicekit.officials.platform.PlatformFetcher;
import org.justicekit.officials.platform.PlatformPages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code justicekit fetch-platform}: finds an official's platform pages and prints their text. */
@Command(name = "fetch-platform", mixinStandardHelpOptions = true,
    description = {"Find the issues and platform pages of an official's website and print their "
        + "text.", "Honours robots.txt; refuses private-network addresses unless allowed."})
final class FetchPlatformCommand implements Runnable {
  enum Format { text, json }

  @Spec
  @SuppressWarnings("NullAway")
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "URL",
      description = "The official's website or campaign site (http or https).")
  String url = "";

  @Option(names = "--allow-private-network",
      description = "Allow loopback and private-network addresses (tests, intranets).")
  boolean allowPrivateNetwork;

  @Option(names = "--format", paramLabel = "F", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--max-pages", paramLabel = "N", defaultValue = "20",
      description = "The most pages fetched, the home page included, 1 to 200 (default ${DEFAULT-VALUE}).")
  int maxPages = 20;

  @Option(names = "--delay-ms", paramLabel = "MS", defaultValue = "1000",
      description = "The least time between two requests to one host, in milliseconds "
          + "(default ${DEFAULT-VALUE}).")
  long delayMs = 1000;

  @Override
  public void run() {
    URI site = parseUrl(url);
    if (delayMs < 0) {
      throw CliException.badInput("--delay-ms must not be negative, was " + delayMs);
    }
    PlatformFetcher fetcher = PlatformFetcher.builder()
        .allowPrivateNetwork(allowPrivateNetwork)
        .maxPages(maxPages)
        .perHostDelay(Duration.ofMillis(delayMs))
        .build();
    PlatformPages pages;
    try {
      pages = fetcher.fetchPlatform(site);
    } catch (FetchRefusedException e) {
      String message = e.getMessage() == null ? "refused" : e.getMessage();
      throw new CliException(Main.BAD_INPUT,
          message.replace("unless allowPrivateNetwork is set", "unless --allow-private-network is given"),
          e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(json(pages));
    } else {
      printText(out, pages);
    }
    out.flush();
  }

  private static URI parseUrl(String text) {
    String trimmed = text.strip();
    if (trimmed.length() > PlatformFetcher.MAX_URL_LENGTH) {
      throw CliException.badInput("the URL has " + trimmed.length() + " characters; at most "
          + PlatformFetcher.MAX_URL_LENGTH + " are fetched");
    }
    try {
      return new URI(trimmed);
    } catch (URISyntaxException e) {
      throw CliException.badInput("'" + trimmed + "' is not a valid URL: " + e.getReason());
    }
  }

  private static void printText(PrintWriter out, PlatformPages pages) {
    List<PlatformDocument> docs = pages.documents();
    out.printf(Locale.ROOT, "%d %s from %s%n", docs.size(), docs.size() == 1 ? "page" : "pages",
        pages.site());
    for (int i = 0; i < docs.size(); i++) {
      PlatformDocument d = docs.get(i);
      out.printf(Locale.ROOT, "  %d. %s  \"%s\"  (%d characters)%n", i + 1, d.source(),
          d.title() == null ? "" : d.title(), d.content().length());
    }
    for (int i = 0; i < docs.size(); i++) {
      PlatformDocument d = docs.get(i);
      out.printf(Locale.ROOT, "%n== %d. %s%n", i + 1, d.source());
      if (d.title() != null) {
        out.printf(Locale.ROOT, "Title: %s%n", d.title());
      }
      out.printf(Locale.ROOT, "%n%s%n", d.content());
    }
    if (!pages.notes().isEmpty()) {
      out.printf(Locale.ROOT, "%nNotes:%n");
      pages.notes().forEach(n -> out.printf(Locale.ROOT, "  - %s%n", n));
    }
  }

  private static String json(PlatformPages pages) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("site", pages.site().toString());
    ArrayNode list = root.putArray("pages");
    for (PlatformDocument d : pages.documents()) {
      ObjectNode page = list.addObject();
      page.put("url", d.source() == null ? null : d.source().toString());
      page.put("title", d.title());
      page.put("retrievedAt", d.retrievedAt() == null ? null : d.retrievedAt().toString());
      page.put("textLength", d.content().length());
      page.put("text", d.content());
    }
    ArrayNode notes = root.putArray("notes");
    pages.notes().forEach(notes::add);
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
