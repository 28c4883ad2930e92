package org.justicekit.officials.providers;

import org.justicekit.officials.HttpSettings;
import org.justicekit.officials.internal.http.HttpConfig;
import org.justicekit.officials.RetiredEndpointException;
import org.justicekit.officials.Place;
import org.justicekit.officials.OfficialsClient;
import org.justicekit.officials.OfficialsException;
import org.justicekit.officials.PlaceQuery;
import org.justicekit.officials.QuotaExceededException;
import org.justicekit.officials.internal.http.Json;
import org.justicekit.officials.internal.http.HttpTransport;
import org.justicekit.officials.PlaceLookup;
import org.justicekit.officials.AuthenticationException;
import org.justicekit.officials.internal.directory.OcdNames;
import org.justicekit.officials.InvalidAddressException;
import org.justicekit.officials.MalformedResponseException;
import org.justicekit.officials.OfficialsProvider;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.OcdId;

/**
 * Google Civic Information {@code divisionsByAddress} (API key): an address, a "City, ST" or a
 * ZIP code to the Open Civic Data divisions that contain it. It returns places (the city and
 * county divisions), never officials; {@code OfficialsClient} looks them up in its directory.
 *
 * <p>Google shut down the {@code representatives} endpoints in April 2025; {@link
 * #representatives(PlaceQuery)} exists only to say so, without sending a request. Google's
 * error envelope maps to the typed exceptions: {@code keyInvalid} and {@code forbidden} to
 * {@link AuthenticationException}, {@code rateLimitExceeded} and {@code dailyLimitExceeded} to
 * {@link QuotaExceededException}, {@code parseError} and unknown addresses to {@link
 * InvalidAddressException}. The key is sent as the {@code key} query parameter and never
 * appears in messages, logs or {@code toString}.
 *
 * <p>Thread-safe and holds an HTTP client, a cache and a rate limiter: build once, share.
 * <pre>{@code
 * OfficialsProvider google = GoogleCivicProvider.create(System.getenv("JUSTICEKIT_GOOGLE_KEY"));
 * }</pre>
 */
public final class GoogleCivicProvider implements OfficialsProvider {
  /** The provider's name in results and messages. */
  public static final String NAME = "google";
  /** The public API. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://www.googleapis.com/civicinfo/v2/");

  private static final Set<String> COUNTY_TYPES = Set.of("county", "parish", "borough", "census_area");

  private final HttpTransport http;

  private GoogleCivicProvider(String apiKey, HttpSettings settings) {
    this.http = new HttpTransport(NAME, HttpConfig.of(settings, DEFAULT_BASE_URL, 10,
        HttpConfig.checkKey(apiKey, NAME)));
  }

  /** A provider with the default {@link HttpSettings} and this key. */
  public static GoogleCivicProvider create(String apiKey) {
    return create(apiKey, HttpSettings.defaults());
  }

  /**
   * A provider with this key and these settings (timeouts, retries, cache, base-URL override).
   *
   * @throws IllegalArgumentException if the key is blank, too long or not printable ASCII
   */
  public static GoogleCivicProvider create(String apiKey, HttpSettings settings) {
    return new GoogleCivicProvider(apiKey, settings);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Street addresses, "City, ST" and ZIP codes. */
  @Override
  public boolean supports(PlaceQuery query) {
    return query instanceof PlaceQuery.Address || query instanceof PlaceQuery.CityState
        || query instanceof PlaceQuery.Zip;
  }

  @Override
  public PlaceLookup lookup(PlaceQuery query) {
    Objects.requireNonNull(query, "query");
    if (!supports(query)) {
      throw new IllegalArgumentException("Google Civic divisionsByAddress answers addresses,"
          + " \"City, ST\" and ZIP codes, not '" + query.text() + "'");
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put("address", query.text());
    params.put("key", Objects.requireNonNull(http.config().apiKey()));
    URI uri = http.resolve("divisionsByAddress", params);
    return http.get(uri, Map.of(), this::error, r -> parse(query, r));
  }

  /**
   * Google's {@code representatives} and {@code representatives/{ocdId}} endpoints, which Google
   * shut down in April 2025. Always fails; no request is sent.
   *
   * @throws RetiredEndpointException always
   */
  public PlaceLookup representatives(PlaceQuery query) {
    throw new RetiredEndpointException(NAME, 0, "google: the Civic Information representatives"
        + " endpoints were shut down in April 2025 and no longer return officials; use"
        + " divisionsByAddress (lookup) with the embedded directory, or the cicero or ballotready"
        + " provider", null);
  }

  private PlaceLookup parse(PlaceQuery query, HttpTransport.Response response) {
    JsonNode root = http.json(response);
    if (root.has("error")) {
      throw error(response);
    }
    JsonNode divisions = root.get("divisions");
    List<String> notes = new ArrayList<>();
    if (divisions == null || divisions.isNull()) {
      notes.add("Google Civic returned no divisions for this address.");
      return new PlaceLookup(query.text(), List.of(), List.of(), notes, List.of(NAME));
    }
    if (!divisions.isObject()) {
      throw http.malformed(response.status(), "'divisions' is not an object", null);
    }
    Map<OcdId, String> placeIds = new LinkedHashMap<>();
    Set<OcdId> countyIds = new LinkedHashSet<>();
    Map<OcdId, String> countyNames = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : divisions.properties()) {
      Optional<OcdId> id = OcdId.tryParse(e.getKey());
      if (id.isEmpty()) {
        continue;
      }
      String name = Json.text(e.getValue(), "name");
      List<OcdId> all = new ArrayList<>();
      all.add(id.get());
      Json.texts(e.getValue(), "alsoKnownAs").forEach(a -> OcdId.tryParse(a).ifPresent(all::add));
      // An entry is one division; its aliases name the same division (issue 19: New York City's
      // county:kings carries the alias borough:brooklyn). So it counts as one county at most,
      // the 'county' id preferred over an alias of another county-like type.
      @Nullable OcdId entryCounty = null;
      for (OcdId d : all) {
        String type = d.last().type();
        if (type.equals("place") || d.equals(OcdNames.DC)) {
          placeIds.putIfAbsent(d, name == null ? d.last().id() : name);
        } else if (COUNTY_TYPES.contains(type) && d.segments().size() == 3
            && (entryCounty == null
                || (type.equals("county") && !entryCounty.last().type().equals("county")))) {
          entryCounty = d;
        }
      }
      if (entryCounty != null) {
        countyIds.add(entryCounty);
        countyNames.putIfAbsent(entryCounty, name == null ? entryCounty.last().id() : name);
      }
    }
    OcdId county = countyIds.size() == 1 ? countyIds.iterator().next() : null;
    if (countyIds.size() > 1) {
      notes.add("The address lies in divisions of " + countyIds.size() + " counties; each place"
          + " is listed without a county.");
    }
    List<Place> places = new ArrayList<>();
    // A consolidated city-county is listed once, as its place.
    Set<OcdId> seen = new LinkedHashSet<>();
    for (Map.Entry<OcdId, String> p : placeIds.entrySet()) {
      if (seen.add(p.getKey())) {
        places.add(new Place(OcdNames.baseName(p.getValue()), stateOf(p.getKey()), p.getKey(),
            p.getKey().equals(OcdNames.DC) ? null : county));
      }
    }
    if (places.isEmpty() && county != null) {
      String name = countyNames.get(county);
      places.add(new Place(name, stateOf(county), county, county));
      notes.add("The address is outside any incorporated place, in " + name
          + ": no mayor serves it; the county's offices do.");
    }
    if (places.isEmpty()) {
      notes.add("Google Civic returned no city or county division for this address.");
    }
    if (places.size() > 1) {
      notes.add("The address lies in " + places.size() + " place divisions; all are listed.");
    }
    return new PlaceLookup(query.text(), places, List.of(), notes, List.of(NAME));
  }

  private static String stateOf(OcdId id) {
    if (id.isWithin(OcdNames.DC)) {
      return "DC";
    }
    return id.segment("state").map(s -> s.toUpperCase(Locale.ROOT)).orElse("US");
  }

  /**
   * Google's envelope: {@code {"error": {"code", "message", "errors": [{"domain", "reason",
   * "message"}], "status"}}}.
   */
  private OfficialsException error(HttpTransport.Response r) {
    JsonNode err;
    try {
      err = http.json(r).get("error");
    } catch (MalformedResponseException e) {
      return http.byStatus(r, r.body().isBlank() ? "" : http.snippet(r.body()));
    }
    if (err == null || !err.isObject()) {
      return http.byStatus(r, "");
    }
    int status = r.status() >= 400 ? r.status() : err.path("code").asInt(r.status());
    String message = Objects.requireNonNullElse(Json.text(err, "message"), "no message");
    String grpc = Objects.requireNonNullElse(Json.text(err, "status"), "");
    Set<String> reasons = new LinkedHashSet<>();
    for (JsonNode e : Json.array(err, "errors")) {
      String reason = Json.text(e, "reason");
      if (reason != null) {
        reasons.add(reason);
      }
    }
    for (JsonNode d : Json.array(err, "details")) {
      String reason = Json.text(d, "reason");
      if (reason != null) {
        reasons.add(reason);
      }
    }
    String detail = message + (reasons.isEmpty() ? "" : " (" + String.join(", ", reasons) + ")");
    if (reasons.stream().anyMatch(x -> x.equals("keyInvalid") || x.equals("forbidden")
        || x.equals("accessNotConfigured") || x.equals("ipRefererBlocked")
        || x.equals("API_KEY_INVALID") || x.equals("SERVICE_DISABLED") || x.equals("keyExpired"))
        || grpc.equals("UNAUTHENTICATED") || grpc.equals("PERMISSION_DENIED")) {
      return http.auth(status, "Google rejected the API key: " + detail
          + ". Check JUSTICEKIT_GOOGLE_KEY and that the Civic Information API is enabled for it.");
    }
    if (reasons.stream().anyMatch(x -> x.equals("rateLimitExceeded")
        || x.equals("userRateLimitExceeded") || x.equals("dailyLimitExceeded")
        || x.equals("quotaExceeded") || x.equals("RATE_LIMIT_EXCEEDED"))
        || grpc.equals("RESOURCE_EXHAUSTED") || status == 429) {
      return http.quota(status, r.retryAfter(), "Google quota or rate limit exceeded: " + detail);
    }
    if (reasons.contains("parseError") || reasons.contains("notFound")
        || (reasons.contains("invalid") && message.toLowerCase(Locale.ROOT).contains("address"))
        || (status == 400 && message.toLowerCase(Locale.ROOT).contains("address"))) {
      return http.invalidAddress(status, "Google could not find or parse the address: " + detail);
    }
    if (status >= 500 || reasons.contains("backendError")) {
      return http.unavailable(status, "Google Civic is failing: " + detail, null);
    }
    return http.other(status, "Google Civic answered an error: " + detail);
  }

  @Override
  public String toString() {
    return "GoogleCivicProvider[" + HttpTransport.describe(http.config().baseUrl()) + ", key=***]";
  }
}
