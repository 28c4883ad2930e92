package org.justicekit.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.Official;
import org.justicekit.demands.PlatformDocument;
import org.justicekit.officials.FetchRefusedException;
import org.justicekit.officials.OfficeHolding;
import org.justicekit.officials.OfficialsClient;
import org.justicekit.officials.OfficialsException;
import org.justicekit.officials.OfficialsProvider;
import org.justicekit.officials.PlaceLookup;
import org.justicekit.officials.PlaceQuery;
import org.justicekit.officials.platform.PlatformFetcher;
import org.justicekit.officials.platform.PlatformPages;
import org.justicekit.scoring.PlatformScorer;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options shared by {@code scorecard} and {@code track}: which place, where the platforms
 * come from, offline or not. Makes the {@link Scorecard}.
 */
final class ScorecardOptions {
  @Parameters(index = "0", arity = "0..1", paramLabel = "PLACE",
      description = "\"City, ST\" (or a ZIP code, an OCD division id, a street address).")
  @Nullable String place;

  @Option(names = "--address", paramLabel = "A", description = "A street address (needs the "
      + "network: the US Census geocoder finds the place).")
  @Nullable String address;

  @Option(names = "--ocd-id", paramLabel = "ID", description = "An OCD division id, e.g. "
      + "ocd-division/country:us/state:il/place:chicago.")
  @Nullable String ocdId;

  @Option(names = "--zip", paramLabel = "Z", description = "A five-digit ZIP code.")
  @Nullable String zip;

  @Option(names = "--provider", paramLabel = "P", description = "Who answers the lookup, as for `justicekit lookup`: embedded (default), "
          + "census (default with --address), google, cicero, ballotready.")
  @Nullable String provider;

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "Base URL of the provider's API, to reach a proxy or a test server.")
  @Nullable String endpoint;

  @Option(names = "--platform", paramLabel = "OFFICE=FILE|URL",
      description = "The platform of every office of this type (MAYOR, PROSECUTOR, ...) "
          + "instead of fetching it from the official's website; repeatable.")
  List<String> platforms = new ArrayList<>();

  @Option(names = "--offline", description = "No network at all: the embedded directory, and the bundled FICTIONAL "
          + "example platforms for offices without --platform FILE.")
  boolean offline;

  @Option(names = "--allow-private-network",
      description = "Allow loopback and private-network addresses when fetching (tests, intranets).")
  boolean allowPrivateNetwork;

  @Option(names = "--rules", paramLabel = "FILE", description = "Scoring rules for a custom --catalog.")
  @Nullable Path rules;

  @picocli.CommandLine.Mixin
  CatalogOption catalogOption = new CatalogOption();

  @picocli.CommandLine.Mixin
  AdjudicatorOptions adjudicatorOptions = new AdjudicatorOptions();

  /** Site fetches that failed for the last {@link #make}, and how many got no response at all. */
  int fetchFailures;
  int networkFailures;

  /** Looks up the place, finds and scores each official's platform; progress goes to err. */
  Scorecard make(PrintWriter progress) {
    PlaceQuery query = query();
    ScoreCommand helper = new ScoreCommand();
    helper.rules = rules;
    helper.catalogOption = catalogOption;
    helper.adjudicatorOptions = adjudicatorOptions;
    PlatformScorer scorer = helper.scorer();
    Map<OfficeType, String> given = platformOptions();
    String providerName = provider != null ? provider.strip().toLowerCase(Locale.ROOT)
        : query instanceof PlaceQuery.Address ? "census" : "embedded";
    if (offline && !providerName.equals("embedded")) {
      throw CliException.badInput((provider == null ? "an address needs a geocoder"
          : "--provider " + providerName) + ", which needs the network; drop --offline or give "
          + "\"City, ST\", a ZIP code or --ocd-id");
    }
    OfficialsProvider chosen = new LookupCommand().createProvider(providerName,
        endpoint == null ? null : LookupCommand.endpoint(endpoint), System.getenv());
    OfficialsClient client = OfficialsClient.builder().provider(chosen).build();
    if (!client.supports(query)) {
      throw CliException.badInput("provider " + chosen.name() + " cannot answer '" + query.text()
          + "'; use a geocoding provider (e.g. --provider census) for addresses");
    }
    progress.println("Looking up " + query.text() + (offline ? " (offline)" : "") + "...");
    progress.flush();
    PlaceLookup lookup = client.lookup(query);
    if (lookup.officials().isEmpty()) {
      throw CliException.badInput("no offices found for '" + query.text() + "'"
          + (lookup.notes().isEmpty() ? "" : ": " + String.join("; ", lookup.notes())));
    }
    PlatformFetcher fetcher = offline ? null
        : PlatformFetcher.builder().allowPrivateNetwork(allowPrivateNetwork).build();
    Map<String, PlatformSources.Loaded> cache = new LinkedHashMap<>();
    ScorecardJob.PlatformResolver resolver = holding -> {
      OfficeType type = holding.office().officeType();
      String input = given.get(type);
      if (input != null) {
        return load(cache, input, scorer.maxInputChars());
      }
      if (offline) {
        return ExamplePlatforms.text(type)
            .map(text -> ScorecardJob.Found.of(ExamplePlatforms.source(type),
                PlatformDocument.ofText(text)))
            .orElseGet(() -> ScorecardJob.Found.missing(null, "no bundled example platform for "
                + type + "; give --platform " + type + "=FILE"));
      }
      return fetchSite(holding, fetcher);
    };
    return ScorecardJob.run(lookup, scorer, resolver, offline, LocalDate.now(), progress);
  }

  PlaceQuery query() {
    int given = (place == null ? 0 : 1) + (address == null ? 0 : 1) + (ocdId == null ? 0 : 1)
        + (zip == null ? 0 : 1);
    if (given != 1) {
      throw CliException.badInput(given == 0
          ? "missing the place: give \"City, ST\", --address A, --zip Z or --ocd-id ID"
          : "give only one of PLACE, --address, --zip and --ocd-id");
    }
    if (zip != null) {
      return PlaceQuery.zip(zip);
    }
    if (address != null) {
      return PlaceQuery.address(address);
    }
    if (ocdId != null) {
      return PlaceQuery.ocdId(ocdId);
    }
    return PlaceQuery.parse(place);
  }

  private Map<OfficeType, String> platformOptions() {
    Map<OfficeType, String> map = new LinkedHashMap<>();
    for (String option : platforms) {
      int eq = option.indexOf('=');
      if (eq <= 0 || eq == option.length() - 1) {
        throw CliException.badInput("--platform " + option + ": expected OFFICE=FILE|URL, e.g. "
            + "--platform MAYOR=mayor.html");
      }
      OfficeType type = OfficeType.of(option.substring(0, eq));
      String input = option.substring(eq + 1);
      if (map.put(type, input) != null) {
        throw CliException.badInput("--platform " + type + " is given twice");
      }
      if (offline && PlatformSources.isUrl(input)) {
        throw CliException.badInput("--platform " + option + ": a URL needs the network; drop "
            + "--offline or save the page and pass the file");
      }
    }
    return map;
  }

  private ScorecardJob.Found load(Map<String, PlatformSources.Loaded> cache, String input,
      int maxChars) {
    PlatformSources.Loaded loaded = cache.get(input);
    if (loaded == null) {
      loaded = PlatformSources.read(input, maxChars, allowPrivateNetwork);
      cache.put(input, loaded);
    }
    return ScorecardJob.Found.of(loaded.source(), loaded.document());
  }

  /** Fetches the platform pages from the holder's site, else the office's. */
  private ScorecardJob.Found fetchSite(OfficeHolding holding, @Nullable PlatformFetcher fetcher) {
    Official holder = holding.holder();
    URI site = holder != null && holder.website() != null ? holder.website()
        : holding.office().website();
    if (site == null || fetcher == null) {
      return ScorecardJob.Found.missing(null, "no website is known for this office; give "
          + "--platform " + holding.office().officeType() + "=FILE|URL");
    }
    Scorecard.PlatformSource source = new Scorecard.PlatformSource(site.toString(), site, false,
        null);
    PlatformPages pages;
    try {
      pages = fetcher.fetchPlatform(site);
    } catch (FetchRefusedException e) {
      return ScorecardJob.Found.missing(source, "the site was refused: " + Main.oneLine(e.getMessage()));
    } catch (OfficialsException e) {
      fetchFailures++;
      if (e.statusCode() == 0) {
        networkFailures++;
      }
      return ScorecardJob.Found.missing(source, "the site could not be fetched: "
          + Main.oneLine(e.getMessage()));
    }
    StringBuilder text = new StringBuilder();
    for (PlatformDocument d : pages.documents()) {
      text.append(d.content()).append("\n\n");
    }
    PlatformDocument first = pages.documents().isEmpty() ? null : pages.documents().get(0);
    String label = pages.documents().size() <= 1 ? pages.site().toString()
        : String.format(Locale.ROOT, "%s (%d pages)", pages.site(), pages.documents().size());
    return ScorecardJob.Found.of(new Scorecard.PlatformSource(label, pages.site(), false,
        first == null ? null : first.retrievedAt()), PlatformDocument.ofText(text.toString()));
  }
}
