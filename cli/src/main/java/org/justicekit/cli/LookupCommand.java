package org.justicekit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.Office;
import org.justicekit.demands.Official;
import org.justicekit.officials.HttpSettings;
import org.justicekit.officials.providers.BallotReadyProvider;
import org.justicekit.officials.providers.CensusGeocoderProvider;
import org.justicekit.officials.providers.CiceroProvider;
import org.justicekit.officials.providers.EmbeddedDirectory;
import org.justicekit.officials.providers.GoogleCivicProvider;
import org.justicekit.officials.HolderInfo;
import org.justicekit.officials.HolderStatus;
import org.justicekit.officials.OfficeHolding;
import org.justicekit.officials.OfficialsClient;
import org.justicekit.officials.OfficialsProvider;
import org.justicekit.officials.Place;
import org.justicekit.officials.PlaceLookup;
import org.justicekit.officials.PlaceQuery;
import org.justicekit.officials.SourceRef;
import org.justicekit.officials.Staleness;
import org.justicekit.officials.providers.WikidataProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code justicekit lookup}: the mayor's and the prosecutors' offices for a place. A place
 * without coverage is an answer (exit 0, no officials, a note); a provider failure exits 3.
 */
@Command(name = "lookup", mixinStandardHelpOptions = true,
    description = "The mayor's and the prosecutor's offices for a place, and their holders where known.",
    footer = {"", "Examples:", "  justicekit lookup \"Brooklyn, NY\"",
        "  justicekit lookup --format json --ocd-id ocd-division/country:us/state:il/county:cook",
        "  justicekit lookup --zip 19901"})
class LookupCommand implements Runnable {
  enum Format { text, json }

  /** The providers {@link #createProvider} knows, in the order listed in messages. */
  static final List<String> PROVIDERS =
      List.of("embedded", "wikidata", "census", "google", "cicero", "ballotready");

  /** Environment variables holding provider keys (never printed). */
  static final String GOOGLE_KEY_ENV = "JUSTICEKIT_GOOGLE_KEY";
  static final String CICERO_KEY_ENV = "JUSTICEKIT_CICERO_KEY";
  static final String BALLOTREADY_KEY_ENV = "JUSTICEKIT_BALLOTREADY_KEY";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  @Spec
  @SuppressWarnings("NullAway")
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "\"City, ST\"",
      description = "A city and state, e.g. \"Chicago, IL\" (an OCD id or ZIP is accepted too).")
  @Nullable String place;

  @Option(names = "--ocd-id", paramLabel = "ID", description = "An Open Civic Data division id.")
  @Nullable String ocdId;

  @Option(names = "--zip", paramLabel = "Z", description = "A five-digit ZIP code.")
  @Nullable String zip;

  @Option(names = "--address", paramLabel = "A", description = "A street address (needs a geocoding provider).")
  @Nullable String address;

  @Option(names = "--format", paramLabel = "F", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--provider", paramLabel = "P", defaultValue = "embedded",
      description = "Where the answer comes from: embedded (the default: offline, bundled data), wikidata "
          + "(free, keyless; merged with the embedded directory, newer dated answer wins), "
          + "census (the free US Census geocoder, for street addresses), google (Google Civic "
          + "divisions; key in " + GOOGLE_KEY_ENV + "), cicero (key in " + CICERO_KEY_ENV + "), "
          + "ballotready (key in " + BALLOTREADY_KEY_ENV + ").")
  String provider = "embedded";

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "Base URL of the provider's API, to reach a proxy or a test server.")
  @Nullable String endpoint;

  @picocli.CommandLine.Mixin
  DirectoryOption directoryOption = new DirectoryOption();

  /** The environment provider keys are read from; replaceable in tests. */
  Map<String, String> env = System.getenv();

  @Override
  public void run() {
    PlaceQuery query = query();
    URI base = endpoint == null ? null : endpoint(endpoint);
    EmbeddedDirectory directory = directoryOption.embedded();
    Staleness staleness = directoryOption.staleness();
    OfficialsProvider chosen = createProvider(provider.strip().toLowerCase(Locale.ROOT), base, env,
        directory);
    OfficialsClient client = OfficialsClient.builder().provider(chosen).directory(directory).build();
    if (!client.supports(query)) {
      throw PlaceInput.unsupported(query, chosen.name());
    }
    PlaceLookup answer = client.lookup(query);
    PrintWriter out = spec.commandLine().getOut();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    if (format == Format.json) {
      out.println(toJson(answer, staleness, today));
    } else {
      printText(answer, out, staleness, today);
    }
    out.flush();
  }

  /**
   * Creates the provider named on the command line. Each provider is built here and only here.
   *
   * @param name the lower-case provider name
   * @param endpoint the base URL override, or null for the provider's default
   * @param env the environment, for API keys ({@value #GOOGLE_KEY_ENV}, {@value #CICERO_KEY_ENV},
   *     {@value #BALLOTREADY_KEY_ENV})
   * @throws CliException (exit 2) for an unknown name or an option the provider cannot use
   */
  OfficialsProvider createProvider(String name, @Nullable URI endpoint, Map<String, String> env) {
    return createProvider(name, endpoint, env, EmbeddedDirectory.standard());
  }

  /** As {@link #createProvider(String, URI, Map)}, with this directory as {@code embedded}. */
  OfficialsProvider createProvider(String name, @Nullable URI endpoint, Map<String, String> env,
      EmbeddedDirectory directory) {
    switch (name) {
      case "embedded":
        if (endpoint != null) {
          throw CliException.badInput("--endpoint does not apply to the embedded provider, which "
              + "answers offline from bundled data");
        }
        return directory;
      case "wikidata":
        return WikidataProvider.builder().directory(directory).http(http(endpoint)).build();
      case "census":
        return CensusGeocoderProvider.builder().http(http(endpoint)).build();
      case "google":
        return GoogleCivicProvider.create(key(env, GOOGLE_KEY_ENV, name), http(endpoint));
      case "cicero":
        return CiceroProvider.create(key(env, CICERO_KEY_ENV, name), http(endpoint));
      case "ballotready": {
        // BallotReady takes only points and ZIP codes (issue 19): addresses are geocoded by the
        // Census geocoder, except against a test --endpoint, where they are asked by their ZIP
        var b = BallotReadyProvider.builder().apiKey(key(env, BALLOTREADY_KEY_ENV, name))
            .http(http(endpoint));
        if (endpoint == null) {
          b.geocoder(CensusGeocoderProvider.create());
        }
        return b.build();
      }
      default:
        throw CliException.badInput("unknown provider '" + name + "'; valid providers: "
            + String.join(", ", PROVIDERS));
    }
  }

  /** The one HTTP settings object the providers share; --endpoint overrides the base URL. */
  private static HttpSettings http(@Nullable URI endpoint) {
    return endpoint == null ? HttpSettings.defaults()
        : HttpSettings.builder().baseUrl(endpoint).build();
  }

  private static String key(Map<String, String> env, String variable, String provider) {
    String key = env.get(variable);
    if (key == null || key.isBlank()) {
      throw CliException.badInput("the " + provider + " provider needs an API key in the "
          + "environment variable " + variable);
    }
    return key.strip();
  }

  private PlaceQuery query() {
    List<String> given = new ArrayList<>();
    if (place != null) {
      given.add("\"City, ST\"");
    }
    if (ocdId != null) {
      given.add("--ocd-id");
    }
    if (zip != null) {
      given.add("--zip");
    }
    if (address != null) {
      given.add("--address");
    }
    if (given.size() != 1) {
      throw CliException.badInput(given.isEmpty()
          ? "say which place: \"City, ST\", --ocd-id ID, --zip Z or --address A"
          : "give only one place, not " + String.join(" and ", given));
    }
    if (place != null) {
      return PlaceInput.parse(place);
    }
    if (ocdId != null) {
      return PlaceQuery.ocdId(ocdId.strip());
    }
    if (zip != null) {
      return PlaceQuery.zip(zip);
    }
    return PlaceQuery.address(address == null ? "" : address);
  }

  static URI endpoint(String value) {
    try {
      URI uri = new URI(value.strip());
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
        throw CliException.badInput("--endpoint must be an http or https URL, was '" + value + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw CliException.badInput("--endpoint is not a URL: " + e.getMessage());
    }
  }

  static String toJson(PlaceLookup answer) {
    return toJson(answer, Staleness.standard(), LocalDate.now(ZoneOffset.UTC));
  }

  static String toJson(PlaceLookup answer, Staleness staleness, LocalDate today) {
    ObjectNode root = JSON.createObjectNode();
    root.put("query", answer.query());
    ArrayNode places = root.putArray("places");
    for (Place p : answer.places()) {
      ObjectNode n = places.addObject();
      n.put("name", p.name());
      n.put("state", p.state());
      n.put("ocdId", p.ocdId().value());
      n.put("countyOcdId", p.countyOcdId() == null ? null : p.countyOcdId().value());
    }
    ArrayNode officials = root.putArray("officials");
    for (OfficeHolding h : answer.officials()) {
      Office o = h.office();
      Official holder = h.holder();
      HolderInfo info = h.info();
      ObjectNode n = officials.addObject();
      n.put("officeType", o.officeType().name());
      n.put("title", o.title());
      n.put("elected", o.elected());
      ObjectNode j = n.putObject("jurisdiction");
      j.put("name", o.jurisdiction().name());
      j.put("ocdId", o.jurisdiction().ocdId().value());
      n.put("coverage", o.coverage());
      n.put("name", holder == null ? null : holder.name());
      n.put("holderStatus", info.status().name());
      n.put("asOf", holder == null || holder.asOf() == null ? null : holder.asOf().toString());
      n.put("termStart", info.termStart() == null ? null : info.termStart().toString());
      n.put("termEnd", info.termEnd() == null ? null : info.termEnd().toString());
      n.put("website", o.website() == null ? null : o.website().toString());
      n.put("holderWebsite", holder == null || holder.website() == null ? null
          : holder.website().toString());
      ArrayNode sources = n.putArray("sources");
      ArrayNode seen = n.putArray("sourcesSeen");
      for (SourceRef s : info.sources()) {
        sources.add(s.url().toString());
        ObjectNode d = seen.addObject();
        d.put("url", s.url().toString());
        d.put("seen", s.seen() == null ? null : s.seen().toString());
      }
      n.put("holderNote", info.note());
      ArrayNode warnings = n.putArray("warnings");
      staleness.warnings(h, today).forEach(warnings::add);
      n.put("provider", h.provider());
    }
    ArrayNode notes = root.putArray("notes");
    answer.notes().forEach(notes::add);
    ArrayNode providers = root.putArray("providers");
    answer.providers().forEach(providers::add);
    return root.toPrettyString();
  }

  private static void printText(PlaceLookup answer, PrintWriter out, Staleness staleness,
      LocalDate today) {
    out.println(answer.query());
    for (Place p : answer.places()) {
      out.printf(Locale.ROOT, "  place   %s, %s  %s%n", p.name(), p.state(), p.ocdId());
    }
    if (answer.officials().isEmpty()) {
      out.println("  no offices found");
    }
    for (OfficeHolding h : answer.officials()) {
      Office o = h.office();
      out.printf(Locale.ROOT, "%n%-10s  %s%n", o.officeType(), o.title());
      out.printf(Locale.ROOT, "%-10s  %s, %s%n", "", o.elected() ? "elected" : "appointed (not elected)",
          o.jurisdiction().name());
      if (o.coverage() != null) {
        out.printf(Locale.ROOT, "%-10s  serves %s%n", "", o.coverage());
      }
      if (o.website() != null) {
        out.printf(Locale.ROOT, "%-10s  %s%n", "", o.website());
      }
      Official holder = h.holder();
      HolderInfo info = h.info();
      out.printf(Locale.ROOT, "%-10s  holder: %s%n", "", holder == null
          ? (info.status() == HolderStatus.UNSOURCED ? "not named (unsourced)" : "not known")
          : holder.name() + (holder.asOf() == null ? "" : " (as of " + holder.asOf() + ")"));
      if (info.termStart() != null || info.termEnd() != null) {
        out.printf(Locale.ROOT, "%-10s  term: %s to %s%n", "",
            info.termStart() == null ? "?" : info.termStart(),
            info.termEnd() == null ? "?" : info.termEnd());
      }
      for (SourceRef s : info.sources()) {
        out.printf(Locale.ROOT, "%-10s  source: %s%s%n", "", s.url(),
            s.seen() == null ? "" : " (seen " + s.seen() + ")");
      }
      if (info.note() != null && info.status() == HolderStatus.NAMED) {
        out.printf(Locale.ROOT, "%-10s  note: %s%n", "", info.note());
      }
      for (String w : staleness.warnings(h, today)) {
        out.printf(Locale.ROOT, "%-10s  WARNING: %s%n", "", w);
      }
    }
    if (!answer.notes().isEmpty()) {
      out.printf(Locale.ROOT, "%nnotes%n");
      answer.notes().forEach(n -> out.println("  - " + n));
    }
    out.printf(Locale.ROOT, "%nprovider: %s%n", String.join(", ", answer.providers()));
  }
}
