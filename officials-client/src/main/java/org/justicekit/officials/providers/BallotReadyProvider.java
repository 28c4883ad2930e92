package org.justicekit.officials.providers;

import org.justicekit.officials.HttpSettings;
import org.justicekit.officials.internal.http.HttpConfig;
import org.justicekit.officials.OfficialsException;
import org.justicekit.officials.PlaceQuery;
import org.justicekit.officials.internal.http.Json;
import org.justicekit.officials.internal.directory.OfficeTitles;
import org.justicekit.officials.internal.http.HttpTransport;
import org.justicekit.officials.PlaceLookup;
import org.justicekit.officials.internal.directory.Holdings;
import org.justicekit.officials.MalformedResponseException;
import org.justicekit.officials.OfficeHolding;
import org.justicekit.officials.HolderInfo;
import org.justicekit.officials.HolderStatus;
import org.justicekit.officials.SourceRef;
import org.justicekit.officials.InvalidAddressException;
import org.justicekit.officials.OfficialsProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.ContactChannel;
import org.justicekit.demands.Jurisdiction;
import org.justicekit.demands.OcdId;
import org.justicekit.demands.Office;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.Official;

/**
 * BallotReady / CivicEngine GraphQL {@code officeHolders} (bearer key): a location to the
 * current office holders that represent it. Follows Relay pages ({@code edges}, {@code
 * pageInfo.hasNextPage}, {@code endCursor}) up to a cap, keeps holders with {@code isCurrent},
 * and maps positions whose normalized name is a mayor or a local prosecutor (District Attorney,
 * State's Attorney...) to office holdings; {@code isAppointed} sets {@code elected}. Asks by
 * {@code point} or {@code zip} only, as the schema's {@code LocationFilter} allows (an address
 * is geocoded with the builder's {@code geocoder}, else asked by its ZIP code). Reads the
 * OfficeHolder's own contacts, government site and addresses first and the person's accounts
 * as campaign channels ({@code facebook-campaign}...); positions at the {@code REGIONAL},
 * {@code LOCAL} and {@code TOWNSHIP} levels are mapped by their names.
 *
 * <p>GraphQL {@code errors[]}, which arrive with HTTP 200, become typed exceptions when no
 * data came with them. The key is sent as {@code Authorization: Bearer} and never appears in
 * messages, logs or {@code toString}. Thread-safe; build once, share.
 */
public final class BallotReadyProvider implements OfficialsProvider {
  /** The provider's name in results and messages. */
  public static final String NAME = "ballotready";
  /** The public API; requests go to {@code graphql} under it. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://bpi.civicengine.com/");

  static final String QUERY = String.join("\n",
      "query OfficeHolders($location: LocationFilter!, $filterBy: OfficeHolderFilter,"
          + " $first: Int, $after: String) {",
      "  officeHolders(location: $location, filterBy: $filterBy, first: $first, after: $after) {",
      "    pageInfo { hasNextPage endCursor }",
      "    edges { node {",
      "      id isCurrent isAppointed officeTitle startAt endAt",
      "      contacts { email phone fax type } urls { url type }",
      "      addresses { addressLine1 addressLine2 city state zip type }",
      "      person { fullName contacts { email phone type } urls { url type } }",
      "      parties { name }",
      "      position { name level state geoId mtfcc normalizedPosition { name } }",
      "    } }",
      "  }",
      "}");

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern CONNECTORS = Pattern.compile(
      "(?i)^(?:\\s|,|-|\\bof\\b|\\bthe\\b|\\bfor\\b)+|(?:\\s|,|-|\\bof\\b|\\bthe\\b|\\bfor\\b)+$");

  private static final Pattern ZIP = Pattern.compile("\\b(\\d{5})(?:-\\d{4})?\\s*$");
  private static final List<String> SOCIAL = List.of("twitter", "facebook", "instagram",
      "youtube", "linkedin", "tiktok", "bluesky", "threads", "mastodon");

  private final HttpTransport http;
  private final @Nullable CensusGeocoderProvider geocoder;
  private final int pageSize;
  private final int maxPages;

  private BallotReadyProvider(Builder b) {
    if (b.apiKey == null) {
      throw new IllegalStateException("BallotReady needs an API key: builder().apiKey(key)");
    }
    this.http = new HttpTransport(NAME, HttpConfig.of(b.http, DEFAULT_BASE_URL, 5, b.apiKey));
    this.pageSize = b.pageSize;
    this.maxPages = b.maxPages;
    this.geocoder = b.geocoder;
  }

  /** A provider with the default settings and this key. */
  public static BallotReadyProvider create(String apiKey) {
    return builder().apiKey(apiKey).build();
  }

  /** A builder with the default settings; an API key is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder with this provider's settings, key included, for a variant. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * Points, ZIP codes and street addresses: the schema's {@code LocationFilter} takes only a
   * {@code point} or a {@code zip} (issue 19), so an address is geocoded first (with the
   * {@link Builder#geocoder geocoder}) or, without one, asked by the ZIP code it contains.
   */
  @Override
  public boolean supports(PlaceQuery query) {
    return query instanceof PlaceQuery.Point || query instanceof PlaceQuery.Zip
        || query instanceof PlaceQuery.Address;
  }

  @Override
  public PlaceLookup lookup(PlaceQuery query) {
    Objects.requireNonNull(query, "query");
    List<String> notes = new ArrayList<>();
    ObjectNode location = location(query, notes);
    URI uri = http.resolve("graphql", Map.of());
    Map<String, String> headers = Map.of("Authorization",
        "Bearer " + Objects.requireNonNull(http.config().apiKey()));
    List<JsonNode> nodes = new ArrayList<>();
    String cursor = null;
    for (int page = 1; ; page++) {
      ObjectNode body = MAPPER.createObjectNode();
      body.put("query", QUERY);
      ObjectNode vars = body.putObject("variables");
      vars.set("location", location);
      vars.putObject("filterBy").put("isCurrent", true);
      vars.put("first", pageSize);
      if (cursor == null) {
        vars.putNull("after");
      } else {
        vars.put("after", cursor);
      }
      Page result = http.postJson(uri, headers, body.toString(), this::error, this::page);
      nodes.addAll(result.nodes());
      notes.addAll(result.notes());
      if (!result.hasNextPage() || result.endCursor() == null) {
        break;
      }
      if (page >= maxPages) {
        notes.add("BallotReady had more office holders than " + maxPages + " pages of " + pageSize
            + "; the rest were not read.");
        break;
      }
      cursor = result.endCursor();
    }
    return toLookup(query, nodes, notes, URI.create(HttpTransport.describe(uri)));
  }

  /** The {@code LocationFilter}: a point or a ZIP code, never an address (issue 19). */
  private ObjectNode location(PlaceQuery query, List<String> notes) {
    ObjectNode location = MAPPER.createObjectNode();
    PlaceQuery where = query;
    if (query instanceof PlaceQuery.Address a) {
      Matcher zip = ZIP.matcher(a.address());
      if (geocoder != null) {
        where = geocoder.locate(a.address()).orElseThrow(() -> new InvalidAddressException(NAME, 0,
            NAME + ": the Census geocoder found no match for '" + a.address() + "', and"
                + " BallotReady takes only a point or a ZIP code; check the address", null));
        notes.add("The address was geocoded by the Census geocoder and asked of BallotReady as a"
            + " point.");
      } else if (zip.find()) {
        where = PlaceQuery.zip(zip.group(1));
        notes.add("BallotReady takes only a point or a ZIP code; the address was asked by its ZIP"
            + " code " + zip.group(1) + ", whose officials may span more than one place. Give"
            + " the provider a geocoder for a point lookup.");
      } else {
        throw new InvalidAddressException(NAME, 0, NAME + ": BallotReady takes only a point or a"
            + " ZIP code, and the address has no ZIP code; add it, give a point, or build the"
            + " provider with a geocoder", null);
      }
    }
    if (where instanceof PlaceQuery.Point p) {
      location.putObject("point").put("latitude", p.latitude()).put("longitude", p.longitude());
    } else if (where instanceof PlaceQuery.Zip z) {
      location.put("zip", z.zip());
    } else {
      throw new IllegalArgumentException("BallotReady answers points, ZIP codes and addresses"
          + " (by ZIP or geocoded), not '" + query.text() + "'");
    }
    return location;
  }

  private record Page(List<JsonNode> nodes, boolean hasNextPage, @Nullable String endCursor,
      List<String> notes) {}

  private Page page(HttpTransport.Response r) {
    JsonNode root = http.json(r);
    JsonNode holders = root.path("data").get("officeHolders");
    boolean errors = !Json.array(root, "errors").isEmpty();
    if (errors && (holders == null || holders.isNull())) {
      throw error(r);
    }
    if (holders == null || !holders.isObject()) {
      throw http.malformed(r.status(), "the answer has no 'data.officeHolders' object", null);
    }
    JsonNode edges = holders.get("edges");
    if (edges == null || !edges.isArray()) {
      throw http.malformed(r.status(), "'data.officeHolders' has no 'edges' array", null);
    }
    List<JsonNode> nodes = new ArrayList<>();
    for (JsonNode e : edges) {
      JsonNode n = e.get("node");
      if (n != null && n.isObject()) {
        nodes.add(n);
      }
    }
    JsonNode info = holders.path("pageInfo");
    List<String> notes = new ArrayList<>();
    if (errors) {
      notes.add("BallotReady reported partial errors: " + http.redact(messages(root)));
    }
    return new Page(nodes, info.path("hasNextPage").asBoolean(false), Json.text(info, "endCursor"),
        notes);
  }

  private PlaceLookup toLookup(PlaceQuery query, List<JsonNode> nodes, List<String> notes,
      URI source) {
    LocalDate today = LocalDate.ofInstant(http.config().time().now(), ZoneOffset.UTC);
    List<OfficeHolding> holdings = new ArrayList<>();
    int ended = 0;
    for (JsonNode n : nodes) {
      if (!n.path("isCurrent").asBoolean(false)) {
        ended++;
        continue;
      }
      OfficeHolding h = holding(n, today, source, notes);
      if (h != null) {
        holdings.add(h);
      }
    }
    if (nodes.isEmpty()) {
      notes.add("BallotReady found no office holders for this location.");
    }
    if (ended > 0) {
      notes.add(ended + " office holder(s) no longer current were left out.");
    }
    List<OfficeHolding> ordered = Holdings.ordered(holdings);
    if (!nodes.isEmpty()) {
      Holdings.coverageNotes(ordered, "BallotReady", notes);
    }
    return new PlaceLookup(query.text(), Holdings.places(ordered), ordered, notes, List.of(NAME));
  }

  private @Nullable OfficeHolding holding(JsonNode n, LocalDate today, URI source,
      List<String> notes) {
    JsonNode position = n.path("position");
    String positionName = Json.text(position, "name");
    String normalized = Json.text(position.path("normalizedPosition"), "name");
    String officeTitle = Json.text(n, "officeTitle");
    String classifyBy = normalized != null ? normalized
        : positionName != null ? positionName : officeTitle;
    if (classifyBy == null) {
      return null;
    }
    OfficeType type;
    if (OfficeTitles.isMayor(classifyBy)) {
      type = OfficeType.MAYOR;
    } else if (OfficeTitles.isProsecutor(classifyBy)) {
      type = OfficeType.PROSECUTOR;
    } else {
      return null;
    }
    String title = positionName != null ? positionName : Objects.requireNonNull(
        officeTitle != null ? officeTitle : classifyBy);
    String level = Objects.requireNonNullElse(Json.text(position, "level"), "")
        .toUpperCase(Locale.ROOT);
    String mtfcc = Objects.requireNonNullElse(Json.text(position, "mtfcc"), "");
    String where = jurisdictionName(title, normalized);
    // issue 19: REGIONAL, LOCAL and TOWNSHIP positions are mapped by their name: a county or
    // parish name is a county; a mayor's is a place
    boolean byName = level.equals("REGIONAL") || level.equals("LOCAL") || level.equals("TOWNSHIP");
    boolean countyName = where != null
        && where.toLowerCase(Locale.ROOT).matches(".*\\b(county|parish)$");
    boolean city = type.equals(OfficeType.MAYOR) || level.equals("CITY") || mtfcc.equals("G4110");
    boolean county = level.equals("COUNTY") || mtfcc.equals("G4020") || (byName && countyName);
    if (county && type.equals(OfficeType.PROSECUTOR)) {
      city = false;
    }
    String name = where;
    if (county && where != null && !where.toLowerCase(Locale.ROOT).matches(".*\\b(county|parish)$")) {
      name = where + " County";
    }
    OcdId id = (city || county) ? Holdings.derive(Json.text(position, "state"), name, city) : null;
    if (id == null || name == null) {
      String who = Json.text(n.path("person"), "fullName");
      notes.add("BallotReady listed " + title + (who == null ? "" : " (" + who + ")")
          + (level.isEmpty() ? "" : ", a " + level + " office,") + " for a district that does"
          + " not map to an OCD id; left out.");
      return null;
    }
    boolean elected = !n.path("isAppointed").asBoolean(false);
    Office office = new Office(type, title, new Jurisdiction(name, id), elected, null, null);
    JsonNode person = n.path("person");
    String fullName = Json.text(person, "fullName");
    if (fullName == null) {
      return new OfficeHolding(office, null, NAME);
    }
    // issue 19: the office's own contacts, government site and addresses live on the
    // OfficeHolder; the person's are typically the campaign's. Office first, person after.
    List<@Nullable String> emails = new ArrayList<>();
    List<@Nullable String> phones = new ArrayList<>();
    for (JsonNode c : concat(Json.array(n, "contacts"), Json.array(person, "contacts"))) {
      emails.add(Json.text(c, "email"));
      phones.add(Json.text(c, "phone"));
    }
    List<ContactChannel> channels = new ArrayList<>();
    URI website = links(Json.array(n, "urls"), "", channels);
    URI personal = links(Json.array(person, "urls"), Contacts.CAMPAIGN_SUFFIX, channels);
    if (website == null) {
      website = personal;
    }
    for (JsonNode a : Json.array(n, "addresses")) {
      String postal = Contacts.postal(Json.text(a, "addressLine1"), Json.text(a, "addressLine2"),
          null, Json.text(a, "city"), Json.text(a, "state"), Json.text(a, "zip"));
      if (postal != null) {
        channels.add(new ContactChannel(Contacts.POSTAL, postal));
      }
    }
    String party = Json.array(n, "parties").stream().map(p -> Json.text(p, "name"))
        .filter(Objects::nonNull).findFirst().orElse(null);
    Official holder = new Official(fullName, party, website, Holdings.distinct(emails),
        Holdings.distinct(phones), channels.stream().distinct().toList(), today,
        List.of(source));
    HolderInfo info = new HolderInfo(HolderStatus.NAMED, Json.date(n, "startAt"),
        Json.date(n, "endAt"), List.of(new SourceRef(source, today)), null);
    return new OfficeHolding(office, holder, NAME, info);
  }

  private static List<JsonNode> concat(List<JsonNode> a, List<JsonNode> b) {
    List<JsonNode> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * Adds the social accounts among {@code urls} to {@code channels} (their type, plus {@code
   * suffix}) and returns the first other http(s) URL, the website.
   */
  private static @Nullable URI links(List<JsonNode> urls, String suffix,
      List<ContactChannel> channels) {
    URI website = null;
    for (JsonNode u : urls) {
      String url = Json.text(u, "url");
      String t = Objects.requireNonNullElse(Json.text(u, "type"), "").toLowerCase(Locale.ROOT);
      if (url == null) {
        continue;
      }
      if (SOCIAL.contains(t)) {
        channels.add(new ContactChannel(t + suffix, url));
      } else if (website == null && url.toLowerCase(Locale.ROOT).startsWith("http")) {
        try {
          website = URI.create(url);
        } catch (IllegalArgumentException ignored) {
          // a malformed URL is skipped, not fatal
        }
      }
    }
    return website;
  }


  /** "Mayor of Chicago" and "Chicago Mayor" give "Chicago"; "Cook County State's Attorney" gives "Cook County". */
  static @Nullable String jurisdictionName(String positionName, @Nullable String normalized) {
    String rest = positionName;
    if (normalized != null) {
      int i = rest.toLowerCase(Locale.ROOT).indexOf(normalized.toLowerCase(Locale.ROOT));
      if (i >= 0) {
        rest = rest.substring(0, i) + " " + rest.substring(i + normalized.length());
      }
    }
    Matcher m = Pattern.compile("(?i)\\b(mayor|district attorney|state'?s attorney|state attorney"
        + "|county attorney|commonwealth'?s attorney|prosecuting attorney|circuit attorney"
        + "|county prosecutor|prosecutor|solicitor)\\b").matcher(rest);
    if (m.find()) {
      rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
    }
    rest = rest.replaceAll("\\s+", " ");
    String prev;
    do {
      prev = rest;
      rest = CONNECTORS.matcher(rest).replaceAll("").strip();
    } while (!rest.equals(prev));
    rest = rest.replaceFirst("(?i)^city of\\s+", "");
    return rest.isEmpty() ? null : rest;
  }

  private static String messages(JsonNode root) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : Json.array(root, "errors")) {
      String m = Json.text(e, "message");
      String code = Json.text(e.path("extensions"), "code");
      out.add((m == null ? "error" : m) + (code == null ? "" : " (" + code + ")"));
    }
    return String.join("; ", out);
  }

  /** GraphQL errors with HTTP 200, or HTTP errors with or without a GraphQL body. */
  private OfficialsException error(HttpTransport.Response r) {
    JsonNode root;
    try {
      root = http.json(r);
    } catch (MalformedResponseException e) {
      return http.byStatus(r, r.body().isBlank() ? "" : http.snippet(r.body()));
    }
    String detail = messages(root);
    if (detail.isEmpty()) {
      detail = Objects.requireNonNullElse(Json.text(root, "message"), "");
    }
    String lower = detail.toLowerCase(Locale.ROOT);
    int status = r.status();
    if (status == 401 || status == 403 || lower.contains("unauthenticated")
        || lower.contains("unauthorized") || lower.contains("forbidden")
        || lower.contains("api key") || lower.contains("token")) {
      return http.auth(status, "BallotReady rejected the API key: " + detail
          + ". Check JUSTICEKIT_BALLOTREADY_KEY.");
    }
    if (status == 429 || lower.contains("rate limit") || lower.contains("rate_limited")
        || lower.contains("quota") || lower.contains("too many")) {
      return http.quota(status, r.retryAfter(), "BallotReady quota or rate limit exceeded: " + detail);
    }
    if (lower.contains("address") || lower.contains("geocod") || lower.contains("location")) {
      return http.invalidAddress(status, "BallotReady could not use the location: " + detail);
    }
    if (status >= 500) {
      return http.unavailable(status, "BallotReady is failing: " + detail, null);
    }
    if (status >= 200 && status < 300) {
      return http.other(status, "BallotReady answered GraphQL errors: " + detail);
    }
    return http.byStatus(r, detail);
  }

  @Override
  public String toString() {
    return "BallotReadyProvider[" + HttpTransport.describe(http.config().baseUrl()) + ", key=***]";
  }

  /** Builds a {@link BallotReadyProvider}. Not thread-safe; the provider it builds is. */
  public static final class Builder {
    private HttpSettings http = HttpSettings.defaults();
    private @Nullable String apiKey;
    private int pageSize = 50;
    private int maxPages = 5;
    private @Nullable CensusGeocoderProvider geocoder;

    private Builder() {}

    private Builder(BallotReadyProvider p) {
      this.http = p.http.config().settings();
      this.apiKey = p.http.config().apiKey();
      this.pageSize = p.pageSize;
      this.maxPages = p.maxPages;
      this.geocoder = p.geocoder;
    }

    /**
     * Geocodes street addresses to points before asking BallotReady, whose {@code
     * LocationFilter} takes only a point or a ZIP code. Without one, an address is asked by the
     * ZIP code it ends with (all officials of that ZIP), and one without a ZIP is refused.
     */
    public Builder geocoder(CensusGeocoderProvider geocoder) {
      this.geocoder = Objects.requireNonNull(geocoder, "geocoder");
      return this;
    }

    /** The BallotReady API key, sent as {@code Authorization: Bearer}; required. */
    public Builder apiKey(String apiKey) {
      this.apiKey = HttpConfig.checkKey(apiKey, NAME);
      return this;
    }

    /** The HTTP settings (timeouts, retries, cache, base-URL override); default the defaults. */
    public Builder http(HttpSettings settings) {
      this.http = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /** Office holders per page, 1 to 200; default 50. */
    public Builder pageSize(int size) {
      if (size < 1 || size > 200) {
        throw new IllegalArgumentException("pageSize must be 1 to 200, was " + size);
      }
      this.pageSize = size;
      return this;
    }

    /** The most pages read per lookup, 1 to 50; default 5. */
    public Builder maxPages(int pages) {
      if (pages < 1 || pages > 50) {
        throw new IllegalArgumentException("maxPages must be 1 to 50, was " + pages);
      }
      this.maxPages = pages;
      return this;
    }

    /**
     * Builds the provider.
     *
     * @throws IllegalStateException if no API key was given
     */
    public BallotReadyProvider build() {
      return new BallotReadyProvider(this);
    }

    @Override
    public String toString() {
      return "BallotReadyProvider.Builder[key=" + (apiKey == null ? "none" : "***") + "]";
    }
  }
}
