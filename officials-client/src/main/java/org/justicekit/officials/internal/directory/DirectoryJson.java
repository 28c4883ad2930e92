package org.justicekit.officials.internal.directory;

import org.justicekit.officials.Place;
import org.justicekit.officials.OfficialsException;
import org.justicekit.officials.ProsecutorSystem;
import org.justicekit.officials.providers.EmbeddedDirectory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.Jurisdiction;
import org.justicekit.demands.OcdId;
import org.justicekit.demands.Office;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.Official;

/**
 * Reads the directory's JSON format into validated entries. The format's property names are
 * documented on {@link EmbeddedDirectory}; unknown properties are ignored. Stateless.
 */
public final class DirectoryJson {
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(64).maxStringLength(100_000).build())
          .build())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private DirectoryJson() {}

  // ---- the wire format -------------------------------------------------------------------

  public record FileJson(@Nullable Integer schemaVersion, @Nullable String name, @Nullable String version,
      @Nullable String asOf, @Nullable List<StateJson> states, @Nullable List<OfficeJson> offices,
      @Nullable List<PlaceJson> places) {}

  public record StateJson(@Nullable String state, @Nullable String name, @Nullable SystemJson prosecutor,
      @Nullable List<String> statewideOffices) {}

  public record SystemJson(@Nullable String title, @Nullable String unit, @Nullable String selection,
      @Nullable String note) {}

  public record JurisdictionJson(@Nullable String name, @Nullable String ocdId) {}

  public record HolderJson(@Nullable String name, @Nullable String party, @Nullable String asOf,
      @Nullable List<String> sources) {}

  public record OfficeJson(@Nullable String id, @Nullable String title,
      @Nullable JurisdictionJson jurisdiction, @Nullable List<String> counties,
      @Nullable Boolean elected, @Nullable String website, @Nullable String note,
      @Nullable HolderJson holder) {}

  public record MayorJson(@Nullable String title, @Nullable String website, @Nullable Boolean elected,
      @Nullable HolderJson holder) {}

  public record LinkJson(@Nullable String office, @Nullable String coverage,
      @Nullable List<String> areas) {}

  public record PlaceJson(@Nullable String name, @Nullable String state, @Nullable String ocdId,
      @Nullable List<String> alsoOcdIds, @Nullable String ocdIdNote, @Nullable String countyOcdId,
      @Nullable List<String> aliases, @Nullable Boolean capital, @Nullable MayorJson mayor,
      @Nullable List<LinkJson> prosecutors, @Nullable List<String> notes) {}

  // ---- the validated model ---------------------------------------------------------------

  public record StateEntry(ProsecutorSystem system, List<OfficeEntry> statewide) {}

  public record OfficeEntry(String id, Office office, List<OcdId> counties, @Nullable Official holder,
      @Nullable String note) {}

  public record Link(OfficeEntry office, @Nullable String coverage, List<String> areas) {}

  public record PlaceEntry(Place place, List<OcdId> alsoOcdIds, @Nullable String ocdIdNote,
      List<String> aliases, boolean capital, Office mayor, @Nullable Official mayorHolder,
      List<Link> prosecutors, List<String> notes) {}

  public record Directory(String name, String version, LocalDate asOf, List<StateEntry> states,
      List<OfficeEntry> offices, List<PlaceEntry> places) {}

  /**
   * Parses and validates a directory document.
   *
   * @throws OfficialsException naming the first problem found
   */
  public static Directory parse(String json, String origin) {
    try {
      return parseChecked(json, origin);
    } catch (IllegalArgumentException e) {
      throw invalid(origin, e.getMessage());
    }
  }

  private static Directory parseChecked(String json, String origin) {
    FileJson file;
    try {
      file = MAPPER.readValue(json, FileJson.class);
    } catch (JsonProcessingException e) {
      throw invalid(origin, "not valid directory JSON: " + e.getOriginalMessage());
    }
    if (file == null) {
      throw invalid(origin, "the document is empty");
    }
    if (file.schemaVersion() == null || file.schemaVersion() != SCHEMA_VERSION) {
      throw invalid(origin, "schemaVersion " + file.schemaVersion() + " is not supported; this "
          + "library reads schemaVersion " + SCHEMA_VERSION);
    }
    String name = required(file.name(), "name", origin);
    String version = required(file.version(), "version", origin);
    LocalDate asOf = date(required(file.asOf(), "asOf", origin), "asOf", origin);

    Map<String, OfficeEntry> offices = new HashMap<>();
    List<OfficeEntry> officeList = new ArrayList<>();
    for (OfficeJson o : list(file.offices())) {
      OfficeEntry entry = office(o, origin);
      if (offices.putIfAbsent(entry.id(), entry) != null) {
        throw invalid(origin, "office id '" + entry.id() + "' appears twice");
      }
      officeList.add(entry);
    }

    List<StateEntry> states = new ArrayList<>();
    for (StateJson s : list(file.states())) {
      String code = required(s.state(), "states[].state", origin);
      String where = "state " + code;
      SystemJson p = s.prosecutor();
      if (p == null) {
        throw invalid(origin, where + " has no prosecutor system");
      }
      ProsecutorSystem system;
      try {
        system = new ProsecutorSystem(code, required(s.name(), where + " name", origin),
            required(p.title(), where + " title", origin),
            ProsecutorSystem.Unit.valueOf(required(p.unit(), where + " unit", origin)),
            ProsecutorSystem.Selection.valueOf(required(p.selection(), where + " selection", origin)),
            required(p.note(), where + " note", origin));
      } catch (IllegalArgumentException e) {
        throw invalid(origin, where + ": " + e.getMessage());
      }
      List<OfficeEntry> statewide = new ArrayList<>();
      for (String id : list(s.statewideOffices())) {
        statewide.add(resolve(offices, id, where, origin));
      }
      states.add(new StateEntry(system, List.copyOf(statewide)));
    }

    List<PlaceEntry> places = new ArrayList<>();
    for (PlaceJson p : list(file.places())) {
      places.add(place(p, offices, origin));
    }
    return new Directory(name, version, asOf, List.copyOf(states), List.copyOf(officeList),
        List.copyOf(places));
  }

  private static OfficeEntry office(OfficeJson o, String origin) {
    String id = required(o.id(), "offices[].id", origin);
    String where = "office " + id;
    try {
      JurisdictionJson j = o.jurisdiction();
      if (j == null) {
        throw invalid(origin, where + " has no jurisdiction");
      }
      Jurisdiction jurisdiction = Jurisdiction.of(required(j.name(), where + " jurisdiction name", origin),
          required(j.ocdId(), where + " jurisdiction ocdId", origin));
      Boolean elected = o.elected();
      if (elected == null) {
        throw invalid(origin, where + " does not say whether it is elected");
      }
      Office office = new Office(OfficeType.PROSECUTOR, required(o.title(), where + " title", origin),
          jurisdiction, elected, uri(o.website(), where, origin), null);
      List<OcdId> counties = new ArrayList<>();
      for (String c : list(o.counties())) {
        counties.add(OcdId.parse(c));
      }
      if (counties.isEmpty()) {
        counties.add(jurisdiction.ocdId());
      }
      return new OfficeEntry(id, office, List.copyOf(counties), holder(o.holder(), where, origin),
          o.note());
    } catch (IllegalArgumentException e) {
      throw invalid(origin, where + ": " + e.getMessage());
    }
  }

  private static PlaceEntry place(PlaceJson p, Map<String, OfficeEntry> offices, String origin) {
    String name = required(p.name(), "places[].name", origin);
    String state = required(p.state(), "place " + name + " state", origin);
    String where = "place " + name + ", " + state;
    try {
      OcdId ocdId = OcdId.parse(required(p.ocdId(), where + " ocdId", origin));
      OcdId county = p.countyOcdId() == null ? null : OcdId.parse(p.countyOcdId());
      Place place = new Place(name, state, ocdId, county);
      List<OcdId> also = new ArrayList<>();
      for (String a : list(p.alsoOcdIds())) {
        also.add(OcdId.parse(a));
      }
      MayorJson m = p.mayor();
      if (m == null) {
        throw invalid(origin, where + " has no mayor's office");
      }
      Office mayor = new Office(OfficeType.MAYOR,
          m.title() == null ? "Mayor of " + name : m.title(),
          new Jurisdiction(name, ocdId),
          m.elected() == null || m.elected(), uri(m.website(), where, origin), null);
      List<Link> links = new ArrayList<>();
      for (LinkJson l : list(p.prosecutors())) {
        links.add(new Link(resolve(offices, required(l.office(), where + " prosecutor office", origin),
            where, origin), l.coverage(), List.copyOf(list(l.areas()))));
      }
      return new PlaceEntry(place, List.copyOf(also), p.ocdIdNote(), List.copyOf(list(p.aliases())),
          Boolean.TRUE.equals(p.capital()), mayor, holder(m.holder(), where + " mayor", origin), List.copyOf(links),
          List.copyOf(list(p.notes())));
    } catch (IllegalArgumentException e) {
      throw invalid(origin, where + ": " + e.getMessage());
    }
  }

  private static @Nullable Official holder(@Nullable HolderJson h, String where, String origin) {
    if (h == null) {
      return null;
    }
    String name = required(h.name(), where + " holder name", origin);
    LocalDate asOf = date(required(h.asOf(), where + " holder asOf", origin), where + " holder asOf",
        origin);
    List<URI> sources = new ArrayList<>();
    for (String s : list(h.sources())) {
      sources.add(uri(s, where + " holder", origin));
    }
    if (sources.isEmpty()) {
      throw invalid(origin, where + " names a holder without a source; every holder needs one");
    }
    return new Official(name, h.party(), null, List.of(), List.of(), List.of(), asOf, sources);
  }

  private static OfficeEntry resolve(Map<String, OfficeEntry> offices, String id, String where,
      String origin) {
    OfficeEntry entry = offices.get(id);
    if (entry == null) {
      throw invalid(origin, where + " refers to office '" + id + "', which is not defined");
    }
    return entry;
  }

  private static @Nullable URI uri(@Nullable String value, String where, String origin) {
    if (value == null) {
      return null;
    }
    try {
      URI uri = new URI(value);
      if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
        throw invalid(origin, where + ": '" + value + "' is not an http(s) URL");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw invalid(origin, where + ": '" + value + "' is not a URL");
    }
  }

  private static LocalDate date(String value, String where, String origin) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw invalid(origin, where + " '" + value + "' is not a date of the form YYYY-MM-DD");
    }
  }

  private static String required(@Nullable String value, String what, String origin) {
    if (value == null || value.isBlank()) {
      throw invalid(origin, what + " is missing");
    }
    return value;
  }

  private static <T> List<T> list(@Nullable List<T> values) {
    if (values == null) {
      return List.of();
    }
    for (T v : values) {
      if (v == null) {
        throw new IllegalArgumentException("null element in a list");
      }
    }
    return values;
  }

  public static OfficialsException invalid(String origin, String problem) {
    return new OfficialsException(EmbeddedDirectory.NAME, 0, false,
        "invalid officials directory " + origin + ": " + problem, null);
  }
}
