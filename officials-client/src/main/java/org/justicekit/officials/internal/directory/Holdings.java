package org.justicekit.officials.internal.directory;

import org.justicekit.officials.Place;
import org.justicekit.officials.OfficeHolding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.OcdId;
import org.justicekit.demands.OfficeType;

/** Shared steps of the providers that return officials: order, dedupe, places, notes. */
public final class Holdings {
  private static final Set<String> COUNTY_TYPES = Set.of("county", "parish", "borough", "census_area");

  private Holdings() {}

  /** Mayors first, then prosecutors; one entry per office, jurisdiction and holder. */
  public static List<OfficeHolding> ordered(List<OfficeHolding> holdings) {
    Map<String, OfficeHolding> unique = new LinkedHashMap<>();
    for (OfficeType type : List.of(OfficeType.MAYOR, OfficeType.PROSECUTOR)) {
      for (OfficeHolding h : holdings) {
        if (h.office().officeType().equals(type)) {
          String key = h.office().title().toLowerCase(Locale.ROOT) + '|'
              + h.office().jurisdiction().ocdId() + '|' + (h.holder() == null ? "" : h.holder().name());
          unique.putIfAbsent(key, h);
        }
      }
    }
    return List.copyOf(unique.values());
  }

  /** The places the mayors serve, each with the one county its prosecutor serves, if one. */
  public static List<Place> places(List<OfficeHolding> holdings) {
    Set<OcdId> counties = new LinkedHashSet<>();
    for (OfficeHolding h : holdings) {
      OcdId id = h.office().jurisdiction().ocdId();
      if (h.office().officeType().equals(OfficeType.PROSECUTOR) && isCounty(id)) {
        counties.add(id);
      }
    }
    OcdId county = counties.size() == 1 ? counties.iterator().next() : null;
    Map<OcdId, Place> places = new LinkedHashMap<>();
    for (OfficeHolding h : holdings) {
      OcdId id = h.office().jurisdiction().ocdId();
      if (h.office().officeType().equals(OfficeType.MAYOR)
          && (id.last().type().equals("place") || id.equals(OcdNames.DC))) {
        places.putIfAbsent(id, new Place(h.office().jurisdiction().name(), state(id), id,
            id.equals(OcdNames.DC) ? null : county));
      }
    }
    return List.copyOf(places.values());
  }

  /** Notes on what the provider did not list. */
  public static void coverageNotes(List<OfficeHolding> holdings, String provider, List<String> notes) {
    boolean mayor = holdings.stream().anyMatch(h -> h.office().officeType().equals(OfficeType.MAYOR));
    boolean prosecutor = holdings.stream()
        .anyMatch(h -> h.office().officeType().equals(OfficeType.PROSECUTOR));
    if (!mayor) {
      notes.add(provider + " listed no mayor for this location.");
    }
    if (!prosecutor) {
      notes.add(provider + " listed no local prosecutor for this location.");
    }
  }

  public static boolean isCounty(OcdId id) {
    return COUNTY_TYPES.contains(id.last().type()) && id.segments().size() == 3;
  }

  public static String state(OcdId id) {
    if (id.isWithin(OcdNames.DC)) {
      return "DC";
    }
    return id.segment("state").map(s -> s.toUpperCase(Locale.ROOT)).orElse("US");
  }

  /**
   * A jurisdiction id from a state and a name when the provider gave none: a county for names
   * ending in County or Parish, else a place. Empty when that is not possible.
   */
  public static @Nullable OcdId derive(@Nullable String state, @Nullable String name, boolean city) {
    if (state == null || name == null || !state.matches("[A-Za-z]{2}")) {
      return null;
    }
    OcdId st = OcdNames.state(state.toUpperCase(Locale.ROOT));
    String n = name.strip();
    String lower = n.toLowerCase(Locale.ROOT);
    if (lower.endsWith(" county") || lower.endsWith(" parish")) {
      return OcdNames.child(st, OcdNames.countyType(n), OcdNames.countyBaseName(n)).orElse(null);
    }
    if (city) {
      return st.equals(OcdNames.DC) ? OcdNames.DC : OcdNames.child(st, "place", OcdNames.baseName(n)).orElse(null);
    }
    return null;
  }

  /** The list without nulls and blanks, in order, once each. */
  public static List<String> distinct(List<@Nullable String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (v != null && !v.isBlank() && !out.contains(v.strip())) {
        out.add(v.strip());
      }
    }
    return out;
  }
}
