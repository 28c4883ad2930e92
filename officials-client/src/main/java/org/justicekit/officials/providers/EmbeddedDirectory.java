package org.justicekit.officials.providers;

import org.justicekit.officials.internal.http.BodyDecoding;
import org.justicekit.officials.Place;
import org.justicekit.officials.OfficialsException;
import org.justicekit.officials.PlaceQuery;
import org.justicekit.officials.ProsecutorSystem;
import org.justicekit.officials.internal.directory.DirectoryJson;
import org.justicekit.officials.PlaceLookup;
import org.justicekit.officials.internal.directory.PlaceNames;
import org.justicekit.officials.OfficeHolding;
import org.justicekit.officials.OfficialsProvider;
import org.justicekit.officials.HolderInfo;
import org.justicekit.officials.HolderStatus;
import org.justicekit.officials.internal.directory.ZipPrefixes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.Jurisdiction;
import org.justicekit.demands.OcdId;
import org.justicekit.demands.Office;
import org.justicekit.demands.OfficeType;
import org.justicekit.officials.internal.directory.DirectoryJson.Directory;
import org.justicekit.officials.internal.directory.DirectoryJson.Link;
import org.justicekit.officials.internal.directory.DirectoryJson.OfficeEntry;
import org.justicekit.officials.internal.directory.DirectoryJson.PlaceEntry;
import org.justicekit.officials.internal.directory.DirectoryJson.StateEntry;
import org.justicekit.officials.internal.directory.ZipCounties;
import org.justicekit.officials.internal.directory.DirectoryJson.Holder;
import org.justicekit.officials.internal.directory.DirectoryJson.HolderRef;

/**
 * The offline directory of offices: the prosecutor system of every state and DC, and the
 * mayor's and prosecutors' offices of the 100 most populous US cities and every state capital,
 * from a curated, dated JSON resource that ships with the library. Provider name {@value #NAME}.
 *
 * <p>It answers {@link PlaceQuery.CityState} (tolerant of case, accents, punctuation, {@code
 * St.}/{@code Saint}, {@code Ft.}/{@code Fort}, and known aliases such as {@code Brooklyn} or
 * {@code Nashville-Davidson}), {@link PlaceQuery.Division} (place, county and state OCD ids),
 * and {@link PlaceQuery.Zip}: a bundled table derived from HUD's ZIP-county crosswalk places a
 * ZIP in the county with most of its addresses, which gives the county's prosecutor (named
 * from the state's system where the directory has no entry) and, where city and county are one
 * (Philadelphia, San Francisco, an independent city, DC), the city's mayor too. It does not geocode
 * addresses or points; {@link #supports} says so. A place it does not cover is an answer with
 * no officials and a note describing the state's prosecutor system.
 *
 * <p>Where a city is served by several prosecutors (New York City's five boroughs, cities that
 * span counties), each office carries {@link Office#coverage()} saying which part it serves.
 * Office holders are named only where the directory has a dated source for them; the standard
 * directory names none.
 *
 * <p>Immutable and thread-safe. {@link #standard()} loads the bundled directory once and
 * returns the same instance on every call: share it. {@link #fromJson} and {@link #fromPath}
 * read a directory in the same format (for example one produced by an importer).
 */
public final class EmbeddedDirectory implements OfficialsProvider {
  /** The provider name of every embedded directory, {@code embedded}. */
  public static final String NAME = "embedded";

  private static final String RESOURCE = "directory.json";
  /** The holders snapshot, applied in this order: Open States mayors, then curated records. */
  private static final List<String> HOLDER_RESOURCES =
      List.of("holders-mayors.json", "holders-curated.json");
  private static final long MAX_BYTES = 32L << 20;

  private final Directory data;
  private final Map<String, StateEntry> states = new LinkedHashMap<>();
  private final Map<String, List<PlaceEntry>> byName = new LinkedHashMap<>();
  private final Map<String, List<AreaHit>> byArea = new LinkedHashMap<>();
  private final Map<OcdId, PlaceEntry> byOcdId = new LinkedHashMap<>();
  private final Map<OcdId, List<OfficeEntry>> officesByCounty = new LinkedHashMap<>();
  private final Map<String, Holder> officeHolders = new LinkedHashMap<>();
  private final Map<OcdId, Holder> mayorHolders = new LinkedHashMap<>();

  private record AreaHit(PlaceEntry place, Link link, String area) {}

  private EmbeddedDirectory(Directory data, String origin) {
    this(data, Map.of(), Map.of(), origin);
  }

  /**
   * @param inheritedOffices holders carried over from a directory this one extends; the data's
   *     own holders (nested, then the top-level list) replace them
   */
  private EmbeddedDirectory(Directory data, Map<String, Holder> inheritedOffices,
      Map<OcdId, Holder> inheritedMayors, String origin) {
    this.data = data;
    for (StateEntry s : data.states()) {
      states.put(s.system().state(), s);
    }
    for (OfficeEntry o : data.offices()) {
      for (OcdId county : o.counties()) {
        officesByCounty.computeIfAbsent(county, k -> new ArrayList<>()).add(o);
      }
    }
    for (PlaceEntry p : data.places()) {
      String state = p.place().state();
      byName.computeIfAbsent(PlaceNames.key(state, p.place().name()), k -> new ArrayList<>()).add(p);
      for (String alias : p.aliases()) {
        List<PlaceEntry> hits = byName.computeIfAbsent(PlaceNames.key(state, alias), k -> new ArrayList<>());
        if (!hits.contains(p)) {
          hits.add(p);
        }
      }
      for (Link link : p.prosecutors()) {
        for (String area : link.areas()) {
          byArea.computeIfAbsent(PlaceNames.key(state, area), k -> new ArrayList<>())
              .add(new AreaHit(p, link, area));
        }
      }
      byOcdId.putIfAbsent(p.place().ocdId(), p);
      for (OcdId also : p.alsoOcdIds()) {
        byOcdId.putIfAbsent(also, p);
      }
    }
    Set<String> officeIds = new LinkedHashSet<>();
    data.offices().forEach(o -> officeIds.add(o.id()));
    inheritedOffices.forEach((id, h) -> {
      if (officeIds.contains(id)) {
        officeHolders.put(id, h);
      }
    });
    inheritedMayors.forEach((id, h) -> {
      if (byOcdId.containsKey(id)) {
        mayorHolders.put(byOcdId.get(id).place().ocdId(), h);
      }
    });
    for (OfficeEntry o : data.offices()) {
      if (o.holder() != null) {
        officeHolders.put(o.id(), o.holder());
      }
    }
    for (PlaceEntry p : data.places()) {
      if (p.mayorHolder() != null) {
        mayorHolders.put(p.place().ocdId(), p.mayorHolder());
      }
    }
    applyHolders(data.holders(), origin);
  }

  private void applyHolders(List<HolderRef> holders, String origin) {
    Set<String> seen = new LinkedHashSet<>();
    for (HolderRef ref : holders) {
      String key;
      if (ref.office() != null) {
        if (data.offices().stream().noneMatch(o -> o.id().equals(ref.office()))) {
          throw DirectoryJson.invalid(origin, ref.where() + " refers to office '" + ref.office()
              + "', which is not defined");
        }
        key = "office " + ref.office();
        officeHolders.put(ref.office(), ref.holder());
      } else {
        PlaceEntry place = byOcdId.get(Objects.requireNonNull(ref.mayorOf()));
        if (place == null) {
          throw DirectoryJson.invalid(origin, ref.where() + " refers to place '" + ref.mayorOf()
              + "', which is not defined");
        }
        key = "mayor " + place.place().ocdId();
        mayorHolders.put(place.place().ocdId(), ref.holder());
      }
      if (!seen.add(key)) {
        throw DirectoryJson.invalid(origin, ref.where() + " is a second holder entry for the same "
            + key + "; keep one");
      }
    }
  }

  /**
   * The directory bundled with the library, loaded on first use and shared.
   *
   * @throws OfficialsException if the bundled resource is missing or broken (a packaging bug)
   */
  public static EmbeddedDirectory standard() {
    return Standard.INSTANCE;
  }

  /**
   * Reads a directory from JSON in the bundled directory's format.
   *
   * @throws OfficialsException if the JSON is malformed or breaks a rule of the format, naming
   *     the first problem
   */
  public static EmbeddedDirectory fromJson(String json) {
    Objects.requireNonNull(json, "json");
    return of(DirectoryJson.parse(json, "(JSON text)"), "(JSON text)");
  }

  /** A standalone directory, or the standard one with a holders-only document applied. */
  private static EmbeddedDirectory of(Directory parsed, String origin) {
    if (parsed.states().isEmpty() && parsed.offices().isEmpty() && parsed.places().isEmpty()) {
      return standard().withHolders(parsed, origin);
    }
    return new EmbeddedDirectory(parsed, origin);
  }

  private EmbeddedDirectory withHolders(Directory holdersOnly, String origin) {
    Directory merged = new Directory(data.name(), data.version(), data.asOf(), data.states(),
        data.offices(), data.places(), holdersOnly.holders());
    return new EmbeddedDirectory(merged, officeHolders, mayorHolders, origin);
  }

  /**
   * This directory with another laid over it: the other's states, offices and places replace
   * those with the same code, id or OCD id (or are added), and the other's holders replace this
   * one's for the same office. Use it to add or correct holders from a user's file:
   * {@code EmbeddedDirectory.standard().withOverlay(EmbeddedDirectory.fromPath(file))}.
   */
  public EmbeddedDirectory withOverlay(EmbeddedDirectory other) {
    Objects.requireNonNull(other, "other");
    Map<String, StateEntry> mergedStates = new LinkedHashMap<>();
    data.states().forEach(s -> mergedStates.put(s.system().state(), s));
    other.data.states().forEach(s -> mergedStates.put(s.system().state(), s));
    Map<String, OfficeEntry> mergedOffices = new LinkedHashMap<>();
    data.offices().forEach(o -> mergedOffices.put(o.id(), o));
    other.data.offices().forEach(o -> mergedOffices.put(o.id(), o));
    Map<OcdId, PlaceEntry> mergedPlaces = new LinkedHashMap<>();
    data.places().forEach(p -> mergedPlaces.put(p.place().ocdId(), p));
    other.data.places().forEach(p -> mergedPlaces.put(p.place().ocdId(), p));
    List<StateEntry> states = mergedStates.values().stream().map(s -> new StateEntry(s.system(),
        s.statewide().stream().map(o -> mergedOffices.get(o.id())).toList())).toList();
    List<PlaceEntry> places = mergedPlaces.values().stream().map(p -> new PlaceEntry(p.place(),
        p.alsoOcdIds(), p.ocdIdNote(), p.aliases(), p.capital(), p.mayor(), null,
        p.prosecutors().stream().map(l -> new Link(mergedOffices.get(l.office().id()),
            l.coverage(), l.areas())).toList(), p.notes())).toList();
    List<OfficeEntry> offices = mergedOffices.values().stream().map(o -> new OfficeEntry(o.id(),
        o.office(), o.counties(), null, o.note())).toList();
    Map<String, Holder> holders = new LinkedHashMap<>(officeHolders);
    holders.putAll(other.officeHolders);
    Map<OcdId, Holder> mayors = new LinkedHashMap<>(mayorHolders);
    mayors.putAll(other.mayorHolders);
    Directory merged = new Directory(data.name(), other.data.version().equals(data.version())
        ? data.version() : data.version() + "+" + other.data.version(),
        other.data.asOf().isAfter(data.asOf()) ? other.data.asOf() : data.asOf(), states, offices,
        places, List.of());
    return new EmbeddedDirectory(merged, holders, mayors, toString());
  }

  /**
   * The holders this directory records, one per office: mayors keyed by the place's OCD id,
   * prosecutors by the office's title and jurisdiction, in the order of the data. Offices with no
   * record are left out.
   */
  public List<OfficeHolding> holdings() {
    List<OfficeHolding> out = new ArrayList<>();
    for (PlaceEntry p : data.places()) {
      out.add(holding(p.mayor(), mayorHolders.get(p.place().ocdId())));
    }
    for (OfficeEntry o : data.offices()) {
      out.add(holding(o.office(), officeHolders.get(o.id())));
    }
    return out.stream().filter(h -> h.info().status() != HolderStatus.NOT_RECORDED).toList();
  }

  private static OfficeHolding holding(Office office, @Nullable Holder holder) {
    return holder == null ? new OfficeHolding(office, null, NAME, HolderInfo.NOT_RECORDED)
        : new OfficeHolding(office, holder.official(), NAME, holder.info());
  }

  /**
   * Reads a directory from a UTF-8 JSON file (at most 32 MB).
   *
   * @throws OfficialsException if the file cannot be read, is not UTF-8, is too large, or is
   *     not a valid directory
   */
  public static EmbeddedDirectory fromPath(Path path) {
    Objects.requireNonNull(path, "path");
    String origin = path.toString();
    try {
      if (Files.size(path) > MAX_BYTES) {
        throw DirectoryJson.invalid(origin, "the file is larger than " + (MAX_BYTES >> 20) + " MB");
      }
      return of(DirectoryJson.parse(utf8(Files.readAllBytes(path), origin), origin), origin);
    } catch (NoSuchFileException e) {
      throw DirectoryJson.invalid(origin, "file not found");
    } catch (IOException e) {
      throw DirectoryJson.invalid(origin, "cannot read it: " + e.getMessage());
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The data version, e.g. {@code 2026.11.25}. */
  public String version() {
    return data.version();
  }

  /** The date the data was last checked as a whole. */
  public LocalDate asOf() {
    return data.asOf();
  }

  /** The places the directory covers, in the order of the data. */
  public List<Place> places() {
    return data.places().stream().map(PlaceEntry::place).toList();
  }

  /** The prosecutor systems of the states (and DC) the directory knows, by postal code. */
  public List<ProsecutorSystem> prosecutorSystems() {
    return states.values().stream().map(StateEntry::system).toList();
  }

  /** The prosecutor system of a state, by its two-letter postal code (any case). */
  public Optional<ProsecutorSystem> prosecutorSystem(String state) {
    Objects.requireNonNull(state, "state");
    StateEntry entry = states.get(state.toUpperCase(Locale.ROOT));
    return entry == null ? Optional.empty() : Optional.of(entry.system());
  }

  /** True for city-and-state, division and ZIP queries; street addresses and points need a geocoder. */
  @Override
  public boolean supports(PlaceQuery query) {
    return query instanceof PlaceQuery.CityState || query instanceof PlaceQuery.Division
        || query instanceof PlaceQuery.Zip;
  }

  @Override
  public PlaceLookup lookup(PlaceQuery query) {
    Objects.requireNonNull(query, "query");
    if (query instanceof PlaceQuery.CityState c) {
      return city(c);
    }
    if (query instanceof PlaceQuery.Division d) {
      return division(d);
    }
    if (query instanceof PlaceQuery.Zip z) {
      return zip(z);
    }
    return new Answer(query).note("the embedded directory cannot place a street address or a "
        + "point offline; use a geocoding provider (census or google) for " + query.text()).build();
  }

  @Override
  public String toString() {
    return "EmbeddedDirectory[" + data.name() + " " + data.version() + ", as of " + data.asOf()
        + ", " + data.places().size() + " places]";
  }

  // ---- queries ---------------------------------------------------------------------------

  private PlaceLookup city(PlaceQuery.CityState query) {
    String key = PlaceNames.key(query.state(), query.city());
    List<PlaceEntry> places = byName.get(key);
    if (places != null) {
      Answer answer = new Answer(query);
      if (places.size() > 1) {
        answer.note("\"" + query.text() + "\" matches " + places.size() + " places; all are listed");
      }
      places.forEach(p -> answer.place(p, link -> true, true));
      return answer.build();
    }
    List<AreaHit> areas = byArea.get(key);
    if (areas != null) {
      Answer answer = new Answer(query);
      for (AreaHit hit : areas) {
        answer.note(hit.area() + " is part of " + hit.place().place().name() + ", "
            + hit.place().place().state() + "; only the prosecutor serving " + hit.area()
            + " is listed, with the city's mayor");
        answer.place(hit.place(), link -> link == hit.link(), false);
        // the place answered is the part asked for: its county is the area's, not the city's
        Place whole = hit.place().place();
        answer.places.set(answer.places.indexOf(whole), new Place(whole.name(), whole.state(),
            whole.ocdId(), hit.link().office().counties().get(0)));
      }
      return answer.build();
    }
    return uncovered(query, query.state(), "no embedded data for " + query.text());
  }

  private PlaceLookup division(PlaceQuery.Division query) {
    OcdId id = query.ocdId();
    if (!id.country().equals("us")) {
      return new Answer(query).note("the embedded directory covers the United States only, not "
          + id.value()).build();
    }
    PlaceEntry place = byOcdId.get(id);
    if (place != null) {
      return new Answer(query).place(place, link -> true, true).build();
    }
    String state = stateOf(id);
    if (state != null && id.segments().size() == 2) {
      return uncovered(query, state, id.value() + " is a whole state; ask for a city to get its mayor");
    }
    List<OfficeEntry> offices = countyOffices(id);
    if (!offices.isEmpty()) {
      Answer answer = new Answer(query);
      answer.note(id.value() + " is a county or county-equivalent: it has no mayor of its own, so "
          + "only its prosecutor is listed; ask for a city to get its mayor");
      offices.forEach(o -> answer.office(o, null));
      return answer.build();
    }
    for (OcdId up = id.parent().orElse(null); up != null; up = up.parent().orElse(null)) {
      PlaceEntry container = byOcdId.get(up);
      if (container != null) {
        return new Answer(query)
            .note(id.value() + " lies within " + container.place().name() + ", "
                + container.place().state() + "; the offices of the whole city are listed")
            .place(container, link -> true, true).build();
      }
    }
    if (state == null) {
      return new Answer(query).note("no embedded data for " + id.value()
          + ": it names no state or DC").build();
    }
    return uncovered(query, state, "no embedded data for " + id.value());
  }

  private PlaceLookup zip(PlaceQuery.Zip query) {
    Optional<String> state = ZipPrefixes.state(query.zip());
    if (state.isEmpty()) {
      return new Answer(query).note("ZIP " + query.zip() + " is not in one of the 50 states or "
          + "DC; the embedded directory does not cover US territories").build();
    }
    List<ZipCounties.County> counties = ZipCounties.standard().counties(query.zip());
    if (!counties.isEmpty()) {
      return zipCounty(query, counties);
    }
    String lead = "ZIP " + query.zip() + " is not in the embedded ZIP table (HUD's crosswalk of "
        + "2023; newer ZIPs are missing); by its prefix it is in "
        + states.get(state.get()).system().stateName() + ". Use a geocoding provider (census or "
        + "google) with a street address for the exact offices";
    if (state.get().equals("DC")) {
      PlaceEntry dc = byName.get(PlaceNames.key("DC", "Washington")).get(0);
      return new Answer(query).note("ZIP " + query.zip() + " is in the District of Columbia")
          .place(dc, link -> true, true).build();
    }
    return uncovered(query, state.get(), lead);
  }

  /**
   * A ZIP placed in its county (the one with most of its addresses): the county's own city
   * where the two are one (Philadelphia, San Francisco, an independent city, DC), else the
   * county's prosecutor, from the directory or named from the state's prosecution system.
   */
  private PlaceLookup zipCounty(PlaceQuery.Zip query, List<ZipCounties.County> counties) {
    ZipCounties.County main = counties.get(0);
    String state = Objects.requireNonNull(stateOf(main.ocdId()), "a county of a state");
    String where = "ZIP " + query.zip() + " is in " + main.name() + ", " + state
        + (counties.size() == 1 ? "" : " (some of its addresses are in " + String.join(", ",
            counties.subList(1, counties.size()).stream().map(ZipCounties.County::name).toList())
            + ")");
    Answer answer = new Answer(query);
    PlaceEntry place = byOcdId.get(main.ocdId());
    if (place != null) {
      return answer.note(where).place(place, link -> true, true).build();
    }
    List<OfficeEntry> offices = countyOffices(main.ocdId());
    if (!offices.isEmpty()) {
      answer.note(where + "; ZIP codes cross city lines, so only the county's prosecutor is "
          + "listed: ask for the city to get its mayor");
      offices.forEach(o -> answer.office(o, null));
      return answer.build();
    }
    StateEntry entry = states.get(state);
    ProsecutorSystem system = entry == null ? null : entry.system();
    if (system == null || (system.unit() != ProsecutorSystem.Unit.COUNTY
        && system.unit() != ProsecutorSystem.Unit.COUNTY_OR_INDEPENDENT_CITY)) {
      return uncovered(query, state, where + ", which the embedded directory has no entry for");
    }
    Office office = new Office(OfficeType.PROSECUTOR, main.name() + " " + system.title(),
        Jurisdiction.of(main.name(), main.ocdId().value()), system.elected(), null, null);
    answer.note(where + "; its prosecutor is named from " + system.stateName() + "'s system (one "
        + system.title() + " per " + system.unit().label() + "); the embedded directory has no "
        + "entry with a website "
        + "for this county. Ask for the city to get its mayor");
    answer.office(new OfficeEntry("zip-" + main.ocdId().value(), office, List.of(main.ocdId()),
        null, null), null);
    entry.statewide().forEach(o -> answer.office(o, null));
    return answer.build();
  }

  /** An answer for a place without its own entry: the state's system and statewide offices. */
  private PlaceLookup uncovered(PlaceQuery query, String state, String lead) {
    StateEntry entry = states.get(state);
    Answer answer = new Answer(query);
    if (entry == null) {
      return answer.note(lead + "; " + state + " is not one of the 50 states or DC, which are "
          + "all the embedded directory covers").build();
    }
    ProsecutorSystem system = entry.system();
    answer.note(lead + "; " + describe(system));
    entry.statewide().forEach(o -> answer.office(o, null));
    return answer.build();
  }

  private static String describe(ProsecutorSystem system) {
    String how = switch (system.selection()) {
      case ELECTED -> "elected";
      case APPOINTED -> "appointed, not elected";
      case MIXED -> "elected in some places and appointed in others";
    };
    String where = system.state().equals("DC") ? "the " + system.stateName() : system.stateName();
    String per = system.unit() == ProsecutorSystem.Unit.STATE ? "one for the whole state"
        : "one per " + system.unit().label();
    return "in " + where + " the local prosecutor is the " + system.title() + ", " + how + ", "
        + per + ". " + system.note();
  }

  private List<OfficeEntry> countyOffices(OcdId id) {
    List<OfficeEntry> offices = officesByCounty.get(id);
    if (offices != null) {
      return offices;
    }
    // e.g. state:ny/place:new_york/county:kings is the same as state:ny/county:kings
    String state = stateOf(id);
    OcdId.Segment last = id.last();
    if (state != null && id.segments().size() > 3 && !last.type().equals("place")) {
      OcdId flat = OcdId.tryParse("ocd-division/country:us/state:" + state.toLowerCase(Locale.ROOT)
          + "/" + last.type() + ":" + last.id()).orElse(null);
      if (flat != null && officesByCounty.containsKey(flat)) {
        return officesByCounty.get(flat);
      }
    }
    return List.of();
  }

  private static @Nullable String stateOf(OcdId id) {
    if (id.segment("district").filter("dc"::equals).isPresent()) {
      return "DC";
    }
    return id.segment("state").map(s -> s.toUpperCase(Locale.ROOT)).orElse(null);
  }

  // ---- building answers ------------------------------------------------------------------

  /** Collects places, offices and notes, without duplicates, in the order added. */
  private final class Answer {
    private final PlaceQuery query;
    private final List<Place> places = new ArrayList<>();
    private final Map<String, OfficeHolding> officials = new LinkedHashMap<>();
    private final Set<String> notes = new LinkedHashSet<>();

    Answer(PlaceQuery query) {
      this.query = query;
    }

    Answer note(String note) {
      notes.add(note);
      return this;
    }

    Answer place(PlaceEntry entry, Predicate<Link> links, boolean placeNotes) {
      if (!places.contains(entry.place())) {
        places.add(entry.place());
      }
      if (entry.ocdIdNote() != null) {
        notes.add(entry.ocdIdNote());
      }
      add(holding(entry.mayor(), mayorHolders.get(entry.place().ocdId())));
      for (Link link : entry.prosecutors()) {
        if (links.test(link)) {
          office(link.office(), link.coverage());
        }
      }
      if (placeNotes) {
        notes.addAll(entry.notes());
      }
      return this;
    }

    Answer office(OfficeEntry entry, @Nullable String coverage) {
      Office o = entry.office();
      add(holding(new Office(o.officeType(), o.title(), o.jurisdiction(), o.elected(),
          o.website(), coverage), officeHolders.get(entry.id())));
      if (entry.note() != null) {
        notes.add(o.title() + ": " + entry.note());
      }
      return this;
    }

    private void add(OfficeHolding holding) {
      Office o = holding.office();
      officials.putIfAbsent(o.officeType() + "|" + o.title() + "|" + o.jurisdiction().ocdId(), holding);
    }

    PlaceLookup build() {
      List<OfficeHolding> list = new ArrayList<>(officials.values());
      if (list.stream().anyMatch(h -> h.info().status() == HolderStatus.NOT_RECORDED)) {
        notes.add("some office holders are not named: the embedded directory (" + data.version()
            + ", as of " + data.asOf() + ") has no holder record for them; a live provider or "
            + "your own directory file can name them");
      }
      if (list.stream().anyMatch(h -> h.holder() != null)) {
        notes.add("holders come from the bundled, dated snapshot (Open States mayors and curated "
            + "official sources); each carries its asOf date and sources");
      }
      return new PlaceLookup(query.text(), places, list, List.copyOf(notes), List.of(NAME));
    }
  }

  // ---- loading ---------------------------------------------------------------------------

  private static final class Standard {
    static final EmbeddedDirectory INSTANCE = load();

    private static EmbeddedDirectory load() {
      try (InputStream in = EmbeddedDirectory.class.getResourceAsStream("/org/justicekit/officials/" + RESOURCE)) {
        if (in == null) {
          throw DirectoryJson.invalid(RESOURCE, "the bundled resource is missing from the jar");
        }
        Directory base = DirectoryJson.parse(utf8(in.readAllBytes(), RESOURCE), RESOURCE);
        EmbeddedDirectory directory = new EmbeddedDirectory(base, RESOURCE);
        Directory all = base;
        for (String resource : HOLDER_RESOURCES) {
          directory = directory.withHolders(new Directory(all.name(), all.version(), all.asOf(),
              List.of(), List.of(), List.of(), readHolders(resource)), resource);
        }
        return directory;
      } catch (IOException e) {
        throw DirectoryJson.invalid(RESOURCE, "cannot read the bundled resource: " + e.getMessage());
      }
    }

    private static List<HolderRef> readHolders(String resource) throws IOException {
      try (InputStream in = EmbeddedDirectory.class.getResourceAsStream("/org/justicekit/officials/" + resource)) {
        if (in == null) {
          throw DirectoryJson.invalid(resource, "the bundled resource is missing from the jar");
        }
        return DirectoryJson.parse(utf8(in.readAllBytes(), resource), resource).holders();
      }
    }
  }

  private static String utf8(byte[] bytes, String origin) {
    return BodyDecoding.strictUtf8(bytes)
        .orElseThrow(() -> DirectoryJson.invalid(origin, "the file is not UTF-8 text"));
  }
}
