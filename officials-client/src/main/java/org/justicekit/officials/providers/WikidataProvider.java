package org.justicekit.officials.providers;

import org.justicekit.officials.HttpSettings;
import org.justicekit.officials.internal.http.HttpConfig;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.justicekit.officials.HolderInfo;
import org.justicekit.officials.HolderStatus;
import org.justicekit.officials.OfficeHolding;
import org.justicekit.officials.OfficialsProvider;
import org.justicekit.officials.PlaceLookup;
import org.justicekit.officials.PlaceQuery;
import org.justicekit.officials.SourceRef;
import org.justicekit.officials.internal.http.HttpTransport;
import org.justicekit.officials.TimeSource;
import org.justicekit.demands.OcdId;
import org.justicekit.demands.Office;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.Official;

/**
 * Wikidata (CC0, free, no key) through its SPARQL endpoint: the head of government (P6) of a
 * city, and the holders (P39) of prosecutor positions that apply to a county (P1001), each with
 * its start (P580) and end (P582) qualifiers. Provider name {@value #NAME}.
 *
 * <p>The offices come from an {@link EmbeddedDirectory} (the standard one unless {@link
 * Builder#directory} says otherwise); Wikidata only names their holders. Places are matched to
 * Wikidata items through the Census codes Wikidata keeps for them: the FIPS 55-3 place code
 * (P774, state and place, written {@code 1714000} or {@code 17-14000}) and the FIPS 6-4 county
 * code (P882, e.g. {@code 17031}); the codes of the directory's places and counties are bundled.
 * One SPARQL query per lookup.
 *
 * <p><b>Merging:</b> the newer dated answer wins. A Wikidata answer is dated by its statement's
 * start time; a directory holder by its {@code asOf}. Wikidata replaces a directory holder only
 * when its start time is later than that {@code asOf}, or when the directory names nobody. Ended
 * statements (end time before today) never count as current; an undated statement never replaces
 * a dated holder; two current statements with the same start are ambiguous and ignored.
 *
 * <p>Polite by default, as Wikidata's policy asks: a descriptive {@code User-Agent} with a URL,
 * one request per second, results cached for an hour. Thread-safe: build once, share.
 * <pre>{@code
 * OfficialsProvider wikidata = WikidataProvider.create();
 * PlaceLookup chicago = wikidata.lookup(PlaceQuery.city("Chicago, IL"));
 * }</pre>
 */
public final class WikidataProvider implements OfficialsProvider {
  /** The provider's name in results and messages. */
  public static final String NAME = "wikidata";
  /** The Wikidata Query Service. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://query.wikidata.org/");
  /** The media type of SPARQL JSON results. */
  public static final String SPARQL_JSON = "application/sparql-results+json";

  private static final String CODES = "census-codes.tsv";
  private static final String ENTITY = "http://www.wikidata.org/entity/";

  private final HttpTransport http;
  private final EmbeddedDirectory directory;
  private final Map<String, String> codes;
  private final TimeSource time;

  private WikidataProvider(Builder b) {
    this.http = new HttpTransport(NAME, HttpConfig.of(b.http, DEFAULT_BASE_URL, 1, null));
    this.directory = b.directory;
    this.codes = Codes.TABLE;
    this.time = b.http.timeSource();
  }

  /** A provider with the default settings. */
  public static WikidataProvider create() {
    return builder().build();
  }

  /** A builder with the default settings. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return NAME;
  }

  /** What the directory answers: cities, OCD ids and ZIP codes. */
  @Override
  public boolean supports(PlaceQuery query) {
    return directory.supports(query);
  }

  @Override
  public PlaceLookup lookup(PlaceQuery query) {
    Objects.requireNonNull(query, "query");
    PlaceLookup base = directory.lookup(query);
    Map<String, String> placeCodes = new LinkedHashMap<>();
    Map<String, String> countyCodes = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>(base.notes());
    for (OfficeHolding h : base.officials()) {
      OcdId id = h.office().jurisdiction().ocdId();
      String code = codes.get(id.value());
      if (code == null) {
        notes.add(NAME + ": no Census code is known for " + id.value() + ", so Wikidata was not "
            + "asked about the " + h.office().title());
      } else if (h.office().officeType().equals(OfficeType.MAYOR)) {
        placeCodes.put(code, id.value());
      } else if (code.length() == 5) {
        countyCodes.put(code, id.value());
      }
    }
    if (placeCodes.isEmpty() && countyCodes.isEmpty()) {
      return new PlaceLookup(base.query(), base.places(), base.officials(), notes,
          List.of(EmbeddedDirectory.NAME));
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put("query", sparql(placeCodes.keySet(), countyCodes.keySet()));
    params.put("format", "json");
    URI uri = http.resolve("sparql", params);
    List<Row> rows = http.get(uri, Map.of("Accept", SPARQL_JSON),
        r -> http.byStatus(r, http.snippet(r.body())), this::parse);
    LocalDate today = LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
    List<OfficeHolding> merged = new ArrayList<>();
    for (OfficeHolding h : base.officials()) {
      String code = codes.get(h.office().jurisdiction().ocdId().value());
      String kind = h.office().officeType().equals(OfficeType.MAYOR) ? "mayor" : "prosecutor";
      Row current = code == null ? null : current(rows, code, kind, today, h.office(), notes);
      merged.add(current == null ? h : merge(h, current, today, notes));
    }
    return new PlaceLookup(base.query(), base.places(), merged, notes,
        List.of(EmbeddedDirectory.NAME, NAME));
  }

  /** The query: P6 of places by P774, holders of county prosecutor positions by P882. */
  static String sparql(Set<String> placeCodes, Set<String> countyCodes) {
    Set<String> placeValues = new LinkedHashSet<>();
    for (String c : placeCodes) {
      placeValues.add('"' + c + '"');
      if (c.length() == 7) {
        placeValues.add("\"" + c.substring(0, 2) + "-" + c.substring(2) + '"');
      }
    }
    StringBuilder q = new StringBuilder("SELECT ?kind ?code ?holder ?holderLabel ?start ?end ?position ?positionLabel WHERE {\n");
    List<String> parts = new ArrayList<>();
    if (!placeValues.isEmpty()) {
      parts.add("  { VALUES ?code { " + String.join(" ", placeValues) + " }\n"
          + "    ?place wdt:P774 ?code .\n"
          + "    ?place p:P6 ?st . ?st ps:P6 ?holder .\n"
          + "    BIND(\"mayor\" AS ?kind) }\n");
    }
    if (!countyCodes.isEmpty()) {
      parts.add("  { VALUES ?code { " + String.join(" ", countyCodes.stream().map(c -> '"' + c + '"').toList()) + " }\n"
          + "    ?county wdt:P882 ?code .\n"
          + "    ?position wdt:P1001 ?county ; rdfs:label ?pl .\n"
          + "    FILTER(LANG(?pl) = \"en\" && REGEX(?pl, \"attorney|prosecut|solicitor\", \"i\"))\n"
          + "    ?holder p:P39 ?st . ?st ps:P39 ?position .\n"
          + "    BIND(\"prosecutor\" AS ?kind) }\n");
    }
    q.append(String.join("  UNION\n", parts));
    q.append("  ?st wikibase:rank ?rank . FILTER(?rank != wikibase:DeprecatedRank)\n")
        .append("  OPTIONAL { ?st pq:P580 ?start }\n")
        .append("  OPTIONAL { ?st pq:P582 ?end }\n")
        .append("  SERVICE wikibase:label { bd:serviceParam wikibase:language \"en\". }\n")
        .append("}");
    return q.toString();
  }

  /** One result row. */
  record Row(String kind, String code, URI item, String name, @Nullable LocalDate start,
      @Nullable LocalDate end, @Nullable String position) {}

  private List<Row> parse(HttpTransport.Response response) {
    JsonNode root = http.json(response);
    JsonNode bindings = root.path("results").path("bindings");
    if (!bindings.isArray()) {
      throw http.malformed(response.status(), "not SPARQL JSON results: no results.bindings array", null);
    }
    List<Row> rows = new ArrayList<>();
    for (JsonNode b : bindings) {
      String kind = value(b, "kind");
      String code = value(b, "code");
      String holder = value(b, "holder");
      String name = value(b, "holderLabel");
      if (kind == null || code == null || holder == null || !holder.startsWith(ENTITY)
          || name == null || name.matches("Q\\d+")) {
        continue; // an unlabelled or odd row names nobody
      }
      rows.add(new Row(kind, code.replace("-", ""), URI.create("https://www.wikidata.org/wiki/"
          + holder.substring(ENTITY.length())), name, date(value(b, "start")),
          date(value(b, "end")), value(b, "positionLabel")));
    }
    return rows;
  }

  private static @Nullable String value(JsonNode binding, String var) {
    JsonNode v = binding.get(var);
    return v == null || !v.path("value").isTextual() ? null : v.get("value").asText();
  }

  /** An xsd:dateTime such as {@code 2023-05-15T00:00:00Z}; null if absent or not a date. */
  private static @Nullable LocalDate date(@Nullable String value) {
    if (value == null || value.length() < 10 || value.startsWith("-")) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable Row current(List<Row> rows, String code, String kind, LocalDate today,
      Office office, List<String> notes) {
    List<Row> live = rows.stream()
        .filter(r -> r.kind().equals(kind) && r.code().equals(code))
        .filter(r -> r.end() == null || !r.end().isBefore(today))
        .filter(r -> r.start() == null || !r.start().isAfter(today))
        .toList();
    Row best = null;
    boolean tie = false;
    for (Row r : live) {
      if (best == null || later(r.start(), best.start())) {
        best = r;
        tie = false;
      } else if (Objects.equals(r.start(), best.start()) && !r.item().equals(best.item())) {
        tie = true;
      }
    }
    if (tie) {
      notes.add(NAME + ": several current holders of the " + office.title() + " with the same "
          + "start; none is used");
      return null;
    }
    return best;
  }

  private static boolean later(@Nullable LocalDate a, @Nullable LocalDate b) {
    return a != null && (b == null || a.isAfter(b));
  }

  /** The newer dated answer wins (see the class comment). */
  private static OfficeHolding merge(OfficeHolding embedded, Row w, LocalDate today,
      List<String> notes) {
    Official held = embedded.holder();
    boolean replace;
    if (held == null) {
      replace = true;
    } else if (w.start() == null || held.asOf() == null) {
      replace = false;
    } else {
      replace = w.start().isAfter(held.asOf());
    }
    String title = embedded.office().title();
    if (!replace) {
      if (held != null && !held.name().equalsIgnoreCase(w.name())) {
        notes.add(String.format(Locale.ROOT, "%s: Wikidata names %s (since %s), the directory "
            + "%s as of %s; the directory's answer is newer and is kept", title, w.name(),
            w.start() == null ? "an unknown date" : w.start(), held.name(), held.asOf()));
      }
      return embedded;
    }
    Official official = Official.of(w.name(), today, List.of(w.item()));
    HolderInfo info = new HolderInfo(HolderStatus.NAMED, w.start(), w.end(),
        List.of(new SourceRef(w.item(), today)), "Wikidata statement"
            + (w.position() == null ? " (head of government)" : " (" + w.position() + ")")
            + (w.start() == null ? "" : ", start " + w.start()));
    if (held != null) {
      notes.add(String.format(Locale.ROOT, "%s: Wikidata's %s (since %s) replaces the directory's "
          + "%s (as of %s), being newer", title, w.name(), w.start(), held.name(), held.asOf()));
    }
    return new OfficeHolding(embedded.office(), official, NAME, info);
  }

  @Override
  public String toString() {
    return "WikidataProvider[" + http.config().baseUrl() + "]";
  }

  /** The bundled OCD id to Census code table, loaded once. */
  private static final class Codes {
    static final Map<String, String> TABLE = load();

    private static Map<String, String> load() {
      Map<String, String> table = new LinkedHashMap<>();
      try (InputStream in = WikidataProvider.class.getResourceAsStream("/org/justicekit/officials/" + CODES)) {
        if (in == null) {
          throw new IllegalStateException("bundled resource " + CODES + " is missing");
        }
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String[] cols = line.split("\t");
          if (!line.startsWith("#") && cols.length == 2) {
            table.put(cols[0], cols[1]);
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + CODES, e);
      }
      return Map.copyOf(table);
    }
  }

  /** Builds a {@link WikidataProvider}. Not thread-safe; build on one thread. */
  public static final class Builder {
    private HttpSettings http = HttpSettings.defaults();
    private EmbeddedDirectory directory = EmbeddedDirectory.standard();

    private Builder() {}

    /** The HTTP settings (timeouts, retries, cache, base-URL override); default the defaults. */
    public Builder http(HttpSettings settings) {
      this.http = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /** The directory that supplies the offices (and the holders Wikidata is merged with). */
    public Builder directory(EmbeddedDirectory directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /** Builds the provider. */
    public WikidataProvider build() {
      return new WikidataProvider(this);
    }
  }
}
