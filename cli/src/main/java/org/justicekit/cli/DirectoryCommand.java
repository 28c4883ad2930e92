package org.justicekit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.justicekit.officials.providers.EmbeddedDirectory;
import org.justicekit.officials.FetchRefusedException;
import org.justicekit.officials.OfficeHolding;
import org.justicekit.officials.OfficialsException;
import org.justicekit.officials.platform.PlatformFetcher;
import org.justicekit.officials.SourceRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code justicekit directory ...}: work with the holders directory. */
@Command(name = "directory", mixinStandardHelpOptions = true,
    description = "Work with the directory of office holders.",
    subcommands = {DirectoryCommand.Check.class})
final class DirectoryCommand implements Runnable {
  @Spec
  @SuppressWarnings("NullAway")
  CommandSpec spec;

  @Override
  public void run() {
    throw CliException.badInput("say what to do: justicekit directory check");
  }

  /**
   * {@code justicekit directory check} (online): fetches every source of every named holder
   * again and reports holders whose name no longer appears on any of their sources. Exit 0 when
   * every name was found, 1 when some name was not, 3 when no source could be fetched.
   */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Fetch each holder's sources again and report holders whose name no longer "
          + "appears there (needs the network).",
      footer = {"", "Examples:", "  justicekit directory check",
          "  justicekit directory check --directory my-holders.json --format json"})
  static final class Check implements Runnable {
    enum Format { text, json }

    /** One holder's result. */
    enum Outcome { FOUND, NOT_FOUND, UNREACHABLE }

    @Spec
    @SuppressWarnings("NullAway")
    CommandSpec spec;

    @Mixin
    DirectoryOption directoryOption = new DirectoryOption();

    @Option(names = "--format", paramLabel = "F", defaultValue = "text",
        description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--allow-private-network",
        description = "Allow loopback and private-network addresses (tests, intranets).")
    boolean allowPrivateNetwork;

    @Override
    public void run() {
      EmbeddedDirectory directory = directoryOption.embedded();
      List<OfficeHolding> holdings = directory.holdings().stream()
          .filter(h -> h.holder() != null).toList();
      if (directoryOption.directory != null) {
        // with --directory, check the holders the file adds or changes
        Set<OfficeHolding> standard = new HashSet<>(EmbeddedDirectory.standard().holdings());
        holdings = holdings.stream().filter(h -> !standard.contains(h)).toList();
      }
      PlatformFetcher fetcher = PlatformFetcher.builder()
          .allowPrivateNetwork(allowPrivateNetwork).build();
      Map<URI, @Nullable String> pages = new LinkedHashMap<>();
      PrintWriter err = spec.commandLine().getErr();
      List<Result> results = new ArrayList<>();
      for (OfficeHolding h : holdings) {
        results.add(check(h, fetcher, pages, err));
      }
      PrintWriter out = spec.commandLine().getOut();
      if (format == Format.json) {
        out.println(json(results));
      } else {
        for (Result r : results) {
          out.printf(Locale.ROOT, "%-11s %s: %s%s%n", r.outcome(), r.title(), r.name(),
              r.detail().isEmpty() ? "" : " (" + r.detail() + ")");
        }
        long missing = results.stream().filter(r -> r.outcome() == Outcome.NOT_FOUND).count();
        out.printf(Locale.ROOT, "%n%d holders checked: %d found, %d not found, %d unreachable%n",
            results.size(), results.stream().filter(r -> r.outcome() == Outcome.FOUND).count(),
            missing, results.stream().filter(r -> r.outcome() == Outcome.UNREACHABLE).count());
      }
      out.flush();
      if (!results.isEmpty() && results.stream().allMatch(r -> r.outcome() == Outcome.UNREACHABLE)) {
        throw new CliException(Main.PROVIDER_FAILURE, "no source could be fetched; check the network");
      }
      if (results.stream().anyMatch(r -> r.outcome() == Outcome.NOT_FOUND)) {
        throw new CliException(Main.CHECK_FAILED, "some holders' names no longer appear on their "
            + "sources; check and correct them (e.g. with --directory)");
      }
    }

    /** One holder's result: what was checked and what was found. */
    record Result(String title, String name, Outcome outcome, String detail, List<String> urls) {}

    private static Result check(OfficeHolding h, PlatformFetcher fetcher,
        Map<URI, @Nullable String> pages, PrintWriter err) {
      String name = h.holder().name();
      List<String> urls = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      boolean fetched = false;
      for (SourceRef s : h.info().sources()) {
        urls.add(s.url().toString());
        String text = pages.computeIfAbsent(s.url(), u -> fetch(u, fetcher, problems, err));
        if (text == null) {
          continue;
        }
        fetched = true;
        if (contains(text, name)) {
          return new Result(h.office().title(), name, Outcome.FOUND, s.url().toString(), urls);
        }
      }
      return fetched
          ? new Result(h.office().title(), name, Outcome.NOT_FOUND, "not on " + String.join(", ", urls), urls)
          : new Result(h.office().title(), name, Outcome.UNREACHABLE, String.join("; ", problems), urls);
    }

    private static @Nullable String fetch(URI url, PlatformFetcher fetcher, List<String> problems,
        PrintWriter err) {
      err.println("fetching " + url);
      err.flush();
      try {
        return fetcher.fetch(url).content();
      } catch (FetchRefusedException e) {
        problems.add("refused: " + Main.oneLine(e.getMessage()));
      } catch (OfficialsException e) {
        problems.add("failed: " + Main.oneLine(e.getMessage()));
      }
      return null;
    }

    /** Whether the page names the person: case, accents, punctuation and spacing ignored. */
    static boolean contains(String page, String name) {
      return fold(page).contains(fold(name));
    }

    private static String fold(String s) {
      String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      return " " + plain.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
          .replaceAll("[^\\p{L}\\p{N}']+", " ").strip() + " ";
    }

    private static String json(List<Result> results) {
      ObjectMapper mapper = new ObjectMapper();
      ArrayNode root = mapper.createArrayNode();
      for (Result r : results) {
        ObjectNode n = root.addObject();
        n.put("title", r.title());
        n.put("name", r.name());
        n.put("outcome", r.outcome().name());
        n.put("detail", r.detail());
        ArrayNode urls = n.putArray("sources");
        r.urls().forEach(urls::add);
      }
      return root.toPrettyString();
    }
  }
}
