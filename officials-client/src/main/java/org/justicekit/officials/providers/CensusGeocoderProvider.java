package org.justicekit.officials.providers;

import org.justicekit.officials.HttpSettings;
import org.justicekit.officials.internal.http.HttpConfig;
import org.justicekit.officials.Place;
import org.justicekit.officials.OfficialsClient;
import org.justicekit.officials.OfficialsException;
import org.justicekit.officials.PlaceQuery;
import org.justicekit.officials.internal.http.Json;
import org.justicekit.officials.internal.http.HttpTransport;
import org.justicekit.officials.PlaceLookup;
import org.justicekit.officials.internal.directory.OcdNames;
import org.justicekit.officials.MalformedResponseException;
import org.justicekit.officials.OfficialsProvider;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.OcdId;

/**
 * The US Census Bureau geocoder (free, no key): a street address or a point to the incorporated
 * place and county it lies in, as Open Civic Data division ids. It returns places, never
 * officials; {@code OfficialsClient} looks the places up in its directory.
 *
 * <p>Calls {@code geographies/onelineaddress} for addresses and {@code geographies/coordinates}
 * for points (benchmark {@code Public_AR_Current}, vintage {@code Current_Current}) and reads
 * the layers {@code Incorporated Places}, {@code Counties} and {@code County Subdivisions}.
 * Independent cities (Virginia's, Baltimore, St. Louis, Carson City) map to {@code place:} ids
 * with no county; Washington DC to {@code district:dc}; an address outside any incorporated
 * place to its town or township where that has a government, else to its county, with a note.
 * No match is an answer with a note, not an exception; several matches list every candidate.
 *
 * <p>Thread-safe and holds an HTTP client, a cache and a rate limiter: build once, share.
 * <pre>{@code
 * OfficialsProvider census = CensusGeocoderProvider.create();
 * PlaceLookup where = census.lookup(PlaceQuery.address("50 W Washington St, Chicago, IL 60602"));
 * }</pre>
 */
public final class CensusGeocoderProvider implements OfficialsProvider {
  /** The provider's name in results and messages. */
  public static final String NAME = "census";
  /** The public geocoder. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://geocoding.geo.census.gov/geocoder/");

  static final String LAYERS = "Counties,Incorporated Places,County Subdivisions";

  private final HttpTransport http;
  private final String benchmark;
  private final String vintage;

  private CensusGeocoderProvider(Builder b) {
    this.http = new HttpTransport(NAME, HttpConfig.of(b.http, DEFAULT_BASE_URL, 5, null));
    this.benchmark = b.benchmark;
    this.vintage = b.vintage;
  }

  /** A provider with the default settings (public endpoint, 5 requests per second). */
  public static CensusGeocoderProvider create() {
    return builder().build();
  }

  /** A builder with the default settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder with this provider's settings, for a variant. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Street addresses and points. */
  @Override
  public boolean supports(PlaceQuery query) {
    return query instanceof PlaceQuery.Address || query instanceof PlaceQuery.Point;
  }

  @Override
  public PlaceLookup lookup(PlaceQuery query) {
    Objects.requireNonNull(query, "query");
    Map<String, String> params = new LinkedHashMap<>();
    String path;
    if (query instanceof PlaceQuery.Address a) {
      path = "geographies/onelineaddress";
      params.put("address", a.address());
    } else if (query instanceof PlaceQuery.Point p) {
      path = "geographies/coordinates";
      params.put("x", String.format(Locale.ROOT, "%.6f", p.longitude()));
      params.put("y", String.format(Locale.ROOT, "%.6f", p.latitude()));
    } else {
      throw new IllegalArgumentException("the Census geocoder answers street addresses and points,"
          + " not '" + query.text() + "'; use the embedded directory or another provider");
    }
    params.put("benchmark", benchmark);
    params.put("vintage", vintage);
    params.put("layers", LAYERS);
    params.put("format", "json");
    URI uri = http.resolve(path, params);
    return http.get(uri, Map.of(), this::error, r -> parse(query, r));
  }

  /**
   * The coordinates of an address, from the geocoder's {@code locations/onelineaddress}: the
   * first match's {@code coordinates} ({@code x} longitude, {@code y} latitude). For providers
   * that take only points (BallotReady, issue 19).
   *
   * @return the point, or empty if the geocoder found no match
   * @throws OfficialsException if the geocoder fails or answers in another shape
   */
  public Optional<PlaceQuery.Point> locate(String address) {
    Objects.requireNonNull(address, "address");
    Map<String, String> params = new LinkedHashMap<>();
    params.put("address", address);
    params.put("benchmark", benchmark);
    params.put("format", "json");
    URI uri = http.resolve("locations/onelineaddress", params);
    return http.get(uri, Map.of(), this::error, r -> {
      JsonNode result = http.json(r).get("result");
      if (result == null || !result.path("addressMatches").isArray()) {
        throw http.malformed(r.status(), "the answer has no 'result.addressMatches' array", null);
      }
      for (JsonNode match : result.get("addressMatches")) {
        JsonNode c = match.path("coordinates");
        if (c.path("x").isNumber() && c.path("y").isNumber()) {
          return Optional.of(PlaceQuery.point(c.get("y").asDouble(), c.get("x").asDouble()));
        }
      }
      return Optional.<PlaceQuery.Point>empty();
    });
  }

  private PlaceLookup parse(PlaceQuery query, HttpTransport.Response response) {
    JsonNode root = http.json(response);
    JsonNode result = root.get("result");
    if (result == null || !result.isObject()) {
      if (root.has("errors")) {
        throw error(response);
      }
      throw http.malformed(response.status(), "the answer has no 'result' object", null);
    }
    List<String> notes = new ArrayList<>();
    Map<OcdId, Place> places = new LinkedHashMap<>();
    if (query instanceof PlaceQuery.Point) {
      JsonNode geographies = result.get("geographies");
      if (geographies == null || !geographies.isObject()) {
        throw http.malformed(response.status(), "the answer has no 'result.geographies' object", null);
      }
      addPlaces(geographies, places, notes);
      if (places.isEmpty()) {
        notes.add("The Census geocoder found no US county or place at this point.");
      }
    } else {
      JsonNode matches = result.get("addressMatches");
      if (matches == null || !matches.isArray()) {
        throw http.malformed(response.status(), "the answer has no 'result.addressMatches' array", null);
      }
      if (matches.isEmpty()) {
        notes.add("The Census geocoder found no match for this address; check the spelling, or"
            + " add the city, state and ZIP code.");
      }
      for (JsonNode match : matches) {
        JsonNode geographies = match.get("geographies");
        if (geographies == null || !geographies.isObject()) {
          if (match.has("coordinates") || match.has("matchedAddress")) {
            // issue 19: a 'locations' answer (coordinates only) means the request went to the
            // wrong endpoint or named no layers, not that the service is broken
            throw http.malformed(response.status(), "the answer has locations but no"
                + " geographies: the request went to a 'locations' endpoint or asked for no"
                + " layers; ask geographies/onelineaddress with layers=" + LAYERS
                + " (check the base URL)", null);
          }
          throw http.malformed(response.status(), "an address match has no 'geographies' object", null);
        }
        addPlaces(geographies, places, notes);
      }
      if (matches.size() > 1) {
        notes.add(0, "The address matched " + matches.size() + " locations ("
            + String.join("; ", matchedAddresses(matches)) + "); every candidate place is listed.");
      }
    }
    return new PlaceLookup(query.text(), List.copyOf(places.values()), List.of(),
        notes.stream().distinct().toList(), List.of(NAME));
  }

  private static List<String> matchedAddresses(JsonNode matches) {
    List<String> out = new ArrayList<>();
    for (JsonNode m : matches) {
      String a = Json.text(m, "matchedAddress");
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  /** Reads one set of geographies into places. */
  private void addPlaces(JsonNode g, Map<OcdId, Place> places, List<String> notes) {
    // issue 19: a layer the server failed to query comes back as [{"status": "Layer query
    // encountered an error: ..."}]. That is no answer, not "no place here": fail, retryably.
    for (Map.Entry<String, JsonNode> layer : g.properties()) {
      for (JsonNode entry : Json.array(g, layer.getKey())) {
        String status = Json.text(entry, "status");
        if (status != null && !entry.has("GEOID")) {
          throw http.unavailable(200, "the Census geocoder could not query its '"
              + layer.getKey() + "' layer (" + http.snippet(status) + "); try again later", null);
        }
      }
    }
    JsonNode county = Json.array(g, "Counties").stream().findFirst().orElse(null);
    OcdId countyId = null;
    Place independent = null;
    String countyName = null;
    String postal = null;
    if (county != null) {
      String stateFips = Json.text(county, "STATE");
      String countyFips = Json.text(county, "COUNTY");
      countyName = Json.text(county, "NAME");
      postal = stateFips == null ? null : OcdNames.postal(stateFips).orElse(null);
      if (postal != null && countyFips != null && countyName != null && !postal.equals("DC")) {
        OcdId state = OcdNames.state(postal);
        if (OcdNames.independentCity(stateFips, countyFips)) {
          String name = nameOf(county);
          String st = postal;
          independent = OcdNames.child(state, "place", name)
              .map(id -> new Place(name, st, id, null)).orElse(null);
        } else {
          countyId = OcdNames.child(state, OcdNames.countyType(countyName),
              OcdNames.countyBaseName(countyName)).orElse(null);
        }
      }
    }
    boolean found = false;
    for (JsonNode p : Json.array(g, "Incorporated Places")) {
      Place place = incorporated(p, countyId);
      if (place != null) {
        places.putIfAbsent(place.ocdId(), place);
        found = true;
      }
    }
    if (found) {
      return;
    }
    if (independent != null) {
      places.putIfAbsent(independent.ocdId(), independent);
      return;
    }
    if ("DC".equals(postal)) {
      places.putIfAbsent(OcdNames.DC, new Place("Washington", "DC", OcdNames.DC, null));
      return;
    }
    Place town = subdivision(g, postal, countyId);
    if (town != null) {
      places.putIfAbsent(town.ocdId(), town);
      notes.add(town.name() + " is a town or township, not an incorporated place; its head may"
          + " not be called mayor.");
      return;
    }
    if (countyId != null && postal != null && countyName != null) {
      places.putIfAbsent(countyId, new Place(countyName, postal, countyId, countyId));
      notes.add("The location is outside any incorporated place, in " + countyName
          + ": no mayor serves it; the county's offices do.");
    }
  }

  private static @Nullable Place incorporated(JsonNode p, @Nullable OcdId countyId) {
    String stateFips = Json.text(p, "STATE");
    Optional<String> postal = stateFips == null ? Optional.empty() : OcdNames.postal(stateFips);
    if (postal.isEmpty()) {
      return null;
    }
    if (postal.get().equals("DC")) {
      return new Place("Washington", "DC", OcdNames.DC, null);
    }
    String name = nameOf(p);
    if (name.isEmpty()) {
      return null;
    }
    return OcdNames.child(OcdNames.state(postal.get()), "place", name)
        .map(id -> new Place(name, postal.get(), id, countyId)).orElse(null);
  }

  /** A county subdivision with a functioning government (FUNCSTAT A), e.g. a New England town. */
  private static @Nullable Place subdivision(JsonNode g, @Nullable String postal,
      @Nullable OcdId countyId) {
    if (postal == null) {
      return null;
    }
    for (JsonNode s : Json.array(g, "County Subdivisions")) {
      String name = nameOf(s);
      if (!"A".equals(Json.text(s, "FUNCSTAT")) || name.isEmpty()
          || name.toLowerCase(Locale.ROOT).contains("unorganized")) {
        continue;
      }
      OcdId parent = OcdNames.newEngland(postal) || countyId == null ? OcdNames.state(postal) : countyId;
      Optional<OcdId> id = OcdNames.child(parent, "place", name);
      if (id.isPresent()) {
        return new Place(name, postal, id.get(), countyId);
      }
    }
    return null;
  }

  private static String nameOf(JsonNode n) {
    String base = Json.text(n, "BASENAME");
    if (base != null) {
      return base;
    }
    String full = Json.text(n, "NAME");
    return full == null ? "" : OcdNames.baseName(full);
  }

  /** Census errors: {@code {"errors": ["..."], "status": "400"}}. */
  private OfficialsException error(HttpTransport.Response r) {
    String detail = "";
    boolean aboutInput = false;
    try {
      JsonNode root = http.json(r);
      List<String> errors = Json.texts(root, "errors");
      detail = String.join("; ", errors);
      String lower = detail.toLowerCase(Locale.ROOT);
      aboutInput = lower.contains("address") || lower.contains("coordinate")
          || lower.contains("street") || lower.contains("zip");
    } catch (MalformedResponseException e) {
      detail = r.status() >= 400 ? http.snippet(r.body()) : detail;
    }
    if (aboutInput && r.status() < 500) {
      return http.invalidAddress(r.status(), "the Census geocoder rejected the query: " + detail);
    }
    if (r.status() >= 200 && r.status() < 300) {
      return http.other(r.status(), "the Census geocoder answered an error: " + detail);
    }
    return http.byStatus(r, detail);
  }

  @Override
  public String toString() {
    return "CensusGeocoderProvider[" + HttpTransport.describe(http.config().baseUrl()) + "]";
  }

  HttpTransport transport() {
    return http;
  }

  /** Builds a {@link CensusGeocoderProvider}. Not thread-safe; the provider it builds is. */
  public static final class Builder {
    private HttpSettings http = HttpSettings.defaults();
    private String benchmark = "Public_AR_Current";
    private String vintage = "Current_Current";

    private Builder() {}

    private Builder(CensusGeocoderProvider p) {
      this.http = p.http.config().settings();
      this.benchmark = p.benchmark;
      this.vintage = p.vintage;
    }

    /** The HTTP settings (timeouts, retries, cache, base-URL override); default the defaults. */
    public Builder http(HttpSettings settings) {
      this.http = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /** The Census benchmark (address ranges release); default {@code Public_AR_Current}. */
    public Builder benchmark(String benchmark) {
      this.benchmark = nonBlank(benchmark, "benchmark");
      return this;
    }

    /** The Census vintage (geography release); default {@code Current_Current}. */
    public Builder vintage(String vintage) {
      this.vintage = nonBlank(vintage, "vintage");
      return this;
    }

    /** Builds the provider. */
    public CensusGeocoderProvider build() {
      return new CensusGeocoderProvider(this);
    }

    private static String nonBlank(String v, String name) {
      Objects.requireNonNull(v, name);
      if (v.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return v.strip();
    }
  }
}
