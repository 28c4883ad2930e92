package org.justicekit.officials.providers;

import org.justicekit.officials.HttpSettings;
import org.justicekit.officials.internal.http.HttpConfig;
import org.justicekit.officials.Place;
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
import org.justicekit.officials.internal.directory.OcdNames;
import org.justicekit.officials.OfficialsProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.ContactChannel;
import org.justicekit.demands.Jurisdiction;
import org.justicekit.demands.OcdId;
import org.justicekit.demands.Office;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.Official;

/**
 * Cicero {@code /v3.1/official} (API key, paid credits: every uncached request spends one): a
 * location to the officials who represent it. Mayors are the {@code LOCAL_EXEC} officials whose
 * title is mayor; prosecutors (District Attorney, State's Attorney, County Attorney...) are
 * recognised by title, where Cicero lists them; {@code chamber.is_appointed} sets {@code
 * elected}. Holders carry name (the middle as an initial), party, website, emails, phones,
 * social accounts ({@code twitter}, {@code facebook}... for official ones, {@code
 * facebook-campaign}... for campaign ones), the contact form ({@code web-form}) and mailing
 * addresses ({@code postal}) as channels, the term in {@link
 * org.justicekit.officials.HolderInfo}, the date of the answer as {@code asOf}, and the endpoint
 * (never the key) as source. Officials whose {@code valid_to} has passed are left out. Answers
 * are paged: the provider asks with {@code max} and {@code offset} until {@code count.total}
 * (at most 5 pages of 100). Point answers come without the
 * {@code candidates} wrapper of address answers; both are read; {@code match_subregion} gives
 * the matched place its county.
 *
 * <p>Cicero's {@code response.errors} and its out-of-credit message map to the typed
 * exceptions. The key is sent as the {@code key} query parameter and never appears in
 * messages, logs or {@code toString}. Thread-safe; build once, share (the cache saves credits).
 */
public final class CiceroProvider implements OfficialsProvider {
  /** The provider's name in results and messages. */
  public static final String NAME = "cicero";
  /** The public API. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://app.cicerodata.com/");

  private static final String PATH = "v3.1/official";
  /** Officials asked for per request ({@code max}); answers with more are paged by {@code offset}. */
  static final int PAGE_SIZE = 100;
  /** The most pages read per lookup. */
  static final int MAX_PAGES = 5;

  private final HttpTransport http;

  private CiceroProvider(String apiKey, HttpSettings settings) {
    this.http = new HttpTransport(NAME, HttpConfig.of(settings, DEFAULT_BASE_URL, 5,
        HttpConfig.checkKey(apiKey, NAME)));
  }

  /** A provider with the default {@link HttpSettings} and this key. */
  public static CiceroProvider create(String apiKey) {
    return create(apiKey, HttpSettings.defaults());
  }

  /**
   * A provider with this key and these settings (timeouts, retries, cache, base-URL override).
   *
   * @throws IllegalArgumentException if the key is blank, too long or not printable ASCII
   */
  public static CiceroProvider create(String apiKey, HttpSettings settings) {
    return new CiceroProvider(apiKey, settings);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Street addresses, "City, ST", ZIP codes and points. */
  @Override
  public boolean supports(PlaceQuery query) {
    return !(query instanceof PlaceQuery.Division);
  }

  @Override
  public PlaceLookup lookup(PlaceQuery query) {
    Objects.requireNonNull(query, "query");
    Map<String, String> params = new LinkedHashMap<>();
    if (query instanceof PlaceQuery.Point p) {
      params.put("lat", String.format(Locale.ROOT, "%.6f", p.latitude()));
      params.put("lon", String.format(Locale.ROOT, "%.6f", p.longitude()));
    } else if (supports(query)) {
      params.put("search_loc", query.text());
    } else {
      throw new IllegalArgumentException("Cicero answers addresses, \"City, ST\", ZIP codes and"
          + " points, not division ids like '" + query.text() + "'");
    }
    params.put("max", Integer.toString(PAGE_SIZE));
    params.put("key", Objects.requireNonNull(http.config().apiKey()));
    // issue 19: answers are paged (count.from/to/total per candidate); a ZIP can hold more
    // officials than one page, so ask with max/offset until every candidate is complete.
    List<ObjectNode> candidates = null;
    List<String> notes = new ArrayList<>();
    for (int page = 0, offset = 0; ; page++) {
      params.put("offset", Integer.toString(offset));
      Page answer = http.get(http.resolve(PATH, params), Map.of(), this::error, this::page);
      candidates = candidates == null ? answer.candidates() : merge(candidates, answer.candidates());
      int received = answer.received();
      offset += received;
      if (received == 0 || offset >= answer.total()) {
        break;
      }
      if (page + 1 >= MAX_PAGES) {
        notes.add("Cicero listed " + answer.total() + " officials; only the first " + offset
            + " (" + MAX_PAGES + " pages) were read.");
        break;
      }
    }
    return toLookup(query, candidates, notes);
  }

  /**
   * One page of an answer.
   *
   * @param candidates the matched locations, each with this page's officials
   * @param received the officials on this page (of the candidate that has the most)
   * @param total the officials in all pages (of the candidate that has the most)
   */
  private record Page(List<ObjectNode> candidates, int received, int total) {}

  /** Appends the officials of a later page to the candidates of the first, by position. */
  private static List<ObjectNode> merge(List<ObjectNode> first, List<ObjectNode> later) {
    for (int i = 0; i < Math.min(first.size(), later.size()); i++) {
      JsonNode more = later.get(i).path("officials");
      JsonNode officials = first.get(i).path("officials");
      if (officials instanceof ArrayNode all && more.isArray()) {
        more.forEach(all::add);
      }
    }
    return first;
  }

  private Page page(HttpTransport.Response r) {
    JsonNode root = http.json(r);
    JsonNode response = root.get("response");
    if (response == null || !response.isObject()) {
      throw http.malformed(r.status(), "the answer has no 'response' object", null);
    }
    if (!Json.texts(response, "errors").isEmpty()) {
      throw error(r);
    }
    JsonNode results = response.path("results");
    JsonNode wrapped = results.get("candidates");
    List<JsonNode> found;
    if (wrapped != null && wrapped.isArray()) {
      found = Json.array(results, "candidates");
    } else if (results.path("officials").isArray()) {
      // issue 19: answers to lat/lon queries list response.results.officials with no
      // candidates wrapper; only address queries are wrapped
      found = List.of(results);
    } else {
      throw http.malformed(r.status(), "the answer has neither a 'response.results.candidates'"
          + " array (address queries) nor a 'response.results.officials' array (point queries)",
          null);
    }
    List<ObjectNode> candidates = new ArrayList<>();
    int received = 0;
    int total = 0;
    for (JsonNode c : found) {
      if (c instanceof ObjectNode o) {
        candidates.add(o.deepCopy());
        int here = o.path("officials").size();
        received = Math.max(received, here);
        total = Math.max(total, o.path("count").path("total").asInt(here));
      }
    }
    return new Page(candidates, received, total);
  }

  private PlaceLookup toLookup(PlaceQuery query, List<ObjectNode> candidates, List<String> notes) {
    if (candidates.isEmpty()) {
      notes.add("Cicero found no match for this location; check the address.");
      return new PlaceLookup(query.text(), List.of(), List.of(), notes, List.of(NAME));
    }
    LocalDate today = LocalDate.ofInstant(http.config().time().now(), ZoneOffset.UTC);
    URI source = URI.create(HttpTransport.describe(http.resolve(PATH, Map.of())));
    List<OfficeHolding> holdings = new ArrayList<>();
    List<String> matched = new ArrayList<>();
    int ended = 0;
    for (JsonNode candidate : candidates) {
      String addr = Json.text(candidate, "match_addr");
      if (addr != null) {
        matched.add(addr);
      }
      for (JsonNode o : Json.array(candidate, "officials")) {
        LocalDate validTo = Json.date(o, "valid_to");
        if (validTo != null && validTo.isBefore(today)) {
          ended++;
          continue;
        }
        OfficeHolding h = holding(o, today, source, notes);
        if (h != null) {
          holdings.add(h);
        }
      }
    }
    List<OfficeHolding> ordered = Holdings.ordered(holdings);
    List<Place> places = new ArrayList<>(Holdings.places(ordered));
    if (places.isEmpty()) {
      for (JsonNode c : candidates) {
        OcdId id = Holdings.derive(Json.text(c, "match_region"), Json.text(c, "match_city"), true);
        if (id != null && places.stream().noneMatch(p -> p.ocdId().equals(id))) {
          places.add(new Place(Objects.requireNonNull(Json.text(c, "match_city")),
              Holdings.state(id), id, county(c)));
        }
      }
    }
    // issue 19: match_subregion names the county of the matched location
    for (int i = 0; i < places.size(); i++) {
      Place p = places.get(i);
      if (p.countyOcdId() == null && !p.ocdId().equals(OcdNames.DC)) {
        OcdId county = candidates.stream()
            .filter(c -> p.ocdId().equals(Holdings.derive(Json.text(c, "match_region"),
                Json.text(c, "match_city"), true)))
            .map(CiceroProvider::county).filter(Objects::nonNull).findFirst().orElse(null);
        if (county != null) {
          places.set(i, new Place(p.name(), p.state(), p.ocdId(), county));
        }
      }
    }
    if (candidates.size() > 1) {
      notes.add(0, "Cicero matched " + candidates.size() + " locations (" + String.join("; ", matched)
          + "); the officials of every candidate are listed.");
    }
    if (ended > 0) {
      notes.add(ended + " official(s) whose term Cicero marks as ended were left out.");
    }
    Holdings.coverageNotes(ordered, "Cicero", notes);
    return new PlaceLookup(query.text(), places, ordered, notes, List.of(NAME));
  }

  private @Nullable OfficeHolding holding(JsonNode o, LocalDate today, URI source,
      List<String> notes) {
    JsonNode office = o.path("office");
    JsonNode district = office.path("district");
    String title = Json.text(office, "title");
    String type = Objects.requireNonNullElse(Json.text(district, "district_type"), "");
    OfficeType officeType;
    if (title != null && OfficeTitles.isMayor(title) && !type.startsWith("STATE")
        && !type.startsWith("NATIONAL")) {
      officeType = OfficeType.MAYOR;
    } else if (title != null && OfficeTitles.isProsecutor(title) && !type.startsWith("NATIONAL")) {
      officeType = OfficeType.PROSECUTOR;
    } else {
      return null;
    }
    String label = Json.text(district, "label");
    String ocd = Json.text(district, "ocd_id");
    OcdId id = ocd == null ? null : OcdId.tryParse(ocd).orElse(null);
    if (id == null) {
      id = Holdings.derive(Json.text(district, "state"), label, officeType.equals(OfficeType.MAYOR));
    }
    String name = name(o);
    if (id == null || label == null) {
      notes.add("Cicero listed " + title + (name == null ? "" : " " + name)
          + " without a district that maps to an OCD id; left out.");
      return null;
    }
    // issue 19: appointed offices (some prosecutors) say so in chamber.is_appointed
    boolean elected = !office.path("chamber").path("is_appointed").asBoolean(false);
    Office off = new Office(officeType, title, new Jurisdiction(label, id), elected, null, null);
    if (name == null) {
      return new OfficeHolding(off, null, NAME);
    }
    List<String> phones = new ArrayList<>();
    List<ContactChannel> channels = new ArrayList<>();
    List<ContactChannel> campaign = new ArrayList<>();
    for (JsonNode i : Json.array(o, "identifiers")) {
      String t = Json.text(i, "identifier_type");
      String v = Json.text(i, "identifier_value");
      String service = t == null ? null : social(t);
      if (service != null && v != null) {
        // issue 19: FACEBOOK-CAMPAIGN, INSTAGRAM-CAMPAIGN... are the campaign's accounts
        boolean isCampaign = t.toUpperCase(Locale.ROOT).endsWith("-CAMPAIGN");
        (isCampaign ? campaign : channels).add(new ContactChannel(
            isCampaign ? service + Contacts.CAMPAIGN_SUFFIX : service, v));
      }
    }
    channels.addAll(campaign);
    String form = Json.text(o, "web_form_url");
    if (form != null && uri(form) != null) {
      channels.add(new ContactChannel(Contacts.WEB_FORM, form)); // issue 19: some have only this
    }
    for (JsonNode a : Json.array(o, "addresses")) {
      phones.add(Json.text(a, "phone_1"));
      phones.add(Json.text(a, "phone_2"));
      String postal = Contacts.postal(Json.text(a, "address_1"), Json.text(a, "address_2"),
          Json.text(a, "address_3"), Json.text(a, "city"), Json.text(a, "state"),
          Json.text(a, "postal_code"));
      if (postal != null) {
        channels.add(new ContactChannel(Contacts.POSTAL, postal));
      }
    }
    URI website = Json.texts(o, "urls").stream().map(CiceroProvider::uri)
        .filter(Objects::nonNull).findFirst().orElse(null);
    Official holder = new Official(name, Json.text(o, "party"), website,
        Holdings.distinct(new ArrayList<>(Json.texts(o, "email_addresses"))),
        Holdings.distinct(phones), channels.stream().distinct().toList(), today, List.of(source));
    // issue 19: the term, where Cicero gives it (valid_from; term_end_date, else valid_to)
    LocalDate termEnd = Json.date(o, "term_end_date");
    HolderInfo info = new HolderInfo(HolderStatus.NAMED, Json.date(o, "valid_from"),
        termEnd != null ? termEnd : Json.date(o, "valid_to"),
        List.of(new SourceRef(source, today)), null);
    return new OfficeHolding(off, holder, NAME, info);
  }

  /** The county of a matched location, from {@code match_subregion} ("Cook" or "Cook County"). */
  private static @Nullable OcdId county(JsonNode candidate) {
    String sub = Json.text(candidate, "match_subregion");
    if (sub == null || sub.isBlank()) {
      return null;
    }
    String name = sub.strip();
    if (!name.toLowerCase(Locale.ROOT).matches(".*\\b(county|parish|borough)$")) {
      name = name + " County";
    }
    OcdId id = Holdings.derive(Json.text(candidate, "match_region"), name, false);
    return id != null && Holdings.isCounty(id) ? id : null;
  }

  /**
   * The name an official goes by: the preferred name (else the first name), the middle as an
   * initial, the last name and the suffix. Issue 19: {@code middle_initial} can hold a whole
   * middle name, which is shortened to its initial; with a preferred name that differs from the
   * first name ("Bill" for "William"), the middle is left out, as people write such names.
   */
  static @Nullable String name(JsonNode o) {
    List<@Nullable String> parts = new ArrayList<>();
    String first = Json.text(o, "first_name");
    String preferred = Json.text(o, "preferred_name");
    boolean nickname = preferred != null && first != null && !preferred.equalsIgnoreCase(first);
    parts.add(preferred != null ? preferred : first);
    parts.add(nickname ? null : initial(Json.text(o, "middle_initial")));
    parts.add(Json.text(o, "last_name"));
    parts.add(Json.text(o, "name_suffix"));
    List<String> present = Holdings.distinct(parts);
    return present.isEmpty() ? null : String.join(" ", present);
  }

  /** "J", "J." and "Jordan" all give "J."; anything not starting with a letter is dropped. */
  private static @Nullable String initial(@Nullable String middle) {
    if (middle == null || middle.isBlank()) {
      return null;
    }
    int first = middle.strip().codePointAt(0);
    return Character.isLetter(first) ? new String(Character.toChars(first)) + "." : null;
  }

  private static @Nullable String social(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    for (String s : List.of("twitter", "facebook", "instagram", "youtube", "linkedin", "bluesky",
        "threads", "tiktok", "mastodon")) {
      if (t.startsWith(s)) {
        return s;
      }
    }
    return null;
  }

  private static @Nullable URI uri(String s) {
    try {
      URI u = URI.create(s);
      return u.getScheme() != null && u.getScheme().toLowerCase(Locale.ROOT).startsWith("http") ? u : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }


  /** Cicero's envelope: {@code {"response": {"errors": ["..."], "messages": [], "results": {}}}}. */
  private OfficialsException error(HttpTransport.Response r) {
    List<String> errors;
    try {
      errors = Json.texts(http.json(r).path("response"), "errors");
    } catch (MalformedResponseException e) {
      return http.byStatus(r, r.body().isBlank() ? "" : http.snippet(r.body()));
    }
    if (errors.isEmpty()) {
      return http.byStatus(r, "");
    }
    String detail = String.join("; ", errors);
    String lower = detail.toLowerCase(Locale.ROOT);
    int status = r.status();
    if (lower.contains("credit")) {
      return http.quota(status, r.retryAfter(), "Cicero account is out of credits: " + detail
          + ". Buy credits, or use another provider.");
    }
    if (status == 429 || lower.contains("rate limit") || lower.contains("too many")) {
      return http.quota(status, r.retryAfter(), "Cicero rate limit exceeded: " + detail);
    }
    if (status == 401 || status == 403 || lower.contains("key") || lower.contains("token")
        || lower.contains("auth") || lower.contains("user")) {
      return http.auth(status, "Cicero rejected the API key: " + detail
          + ". Check JUSTICEKIT_CICERO_KEY.");
    }
    if (lower.contains("address") || lower.contains("location") || lower.contains("geocod")
        || lower.contains("search_loc") || lower.contains("lat") || lower.contains("lon")) {
      return http.invalidAddress(status, "Cicero could not use the location: " + detail);
    }
    if (status >= 500) {
      return http.unavailable(status, "Cicero is failing: " + detail, null);
    }
    return http.other(status, "Cicero answered an error: " + detail);
  }

  @Override
  public String toString() {
    return "CiceroProvider[" + HttpTransport.describe(http.config().baseUrl()) + ", key=***]";
  }
}
