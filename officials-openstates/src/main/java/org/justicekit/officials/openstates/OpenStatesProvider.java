package org.justicekit.officials.openstates;

import org.justicekit.officials.Place;
import org.justicekit.officials.PlaceQuery;
import org.justicekit.officials.PlaceLookup;
import org.justicekit.officials.OfficeHolding;
import org.justicekit.officials.OfficialsProvider;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.justicekit.demands.OcdId;

/**
 * Answers place queries from imported Open States mayors. Immutable and thread-safe.
 *
 * <p>Matching is exact on the division id first, then tolerant within the state: case,
 * punctuation and accents are ignored, and a leading {@code St}/{@code Ste}/{@code Ft}/{@code Mt}
 * reads as {@code Saint}/{@code Sainte}/{@code Fort}/{@code Mount}, so {@code "St. Paul, MN"},
 * {@code .../place:st_paul} and Open States' {@code place:saint_paul} all meet.
 */
final class OpenStatesProvider implements OfficialsProvider {
  private final OpenStatesMayors mayors;
  private final Map<String, Set<OpenStatesMayor>> byKey = new HashMap<>();

  OpenStatesProvider(OpenStatesMayors mayors) {
    this.mayors = mayors;
    for (OpenStatesMayor mayor : mayors.mayors()) {
      String state = mayor.state().toLowerCase(Locale.ROOT);
      index(state, placeKey(mayor.ocdId().last().id()), mayor);
      index(state, placeKey(mayor.name()), mayor);
    }
  }

  @Override
  public String name() {
    return OpenStatesMayors.PROVIDER;
  }

  @Override
  public boolean supports(PlaceQuery query) {
    return query instanceof PlaceQuery.CityState || query instanceof PlaceQuery.Division;
  }

  @Override
  public PlaceLookup lookup(PlaceQuery query) {
    if (query instanceof PlaceQuery.Division division) {
      return byDivision(division);
    }
    if (query instanceof PlaceQuery.CityState city) {
      List<OpenStatesMayor> found = find(city.state(), city.city());
      return answer(query, found, List.of());
    }
    return new PlaceLookup(query.text(), List.of(), List.of(),
        List.of("the openstates provider answers only \"City, ST\" and OCD division id queries"),
        List.of(name()));
  }

  @Override
  public String toString() {
    return "OpenStatesProvider{mayors=" + mayors.mayors().size() + ", asOf=" + mayors.asOf() + "}";
  }

  private PlaceLookup byDivision(PlaceQuery.Division query) {
    OcdId id = query.ocdId();
    Optional<OpenStatesMayor> exact = mayors.mayor(id);
    if (exact.isPresent()) {
      return answer(query, List.of(exact.get()), List.of());
    }
    Optional<String> state = id.segment("state").or(() -> id.segment("district"));
    if (state.isEmpty() || id.segments().size() < 3) {
      return answer(query, List.of(), List.of());
    }
    List<OpenStatesMayor> found = find(state.get(), id.last().id());
    List<String> notes = new ArrayList<>();
    for (OpenStatesMayor mayor : found) {
      notes.add("matched Open States' " + mayor.ocdId() + " for " + id);
    }
    return answer(query, found, notes);
  }

  private List<OpenStatesMayor> find(String state, String place) {
    Set<OpenStatesMayor> found = byKey.get(state.toLowerCase(Locale.ROOT) + "|" + placeKey(place));
    return found == null ? List.of() : List.copyOf(found);
  }

  private PlaceLookup answer(PlaceQuery query, List<OpenStatesMayor> found, List<String> extra) {
    List<Place> places = new ArrayList<>();
    List<OfficeHolding> officials = new ArrayList<>();
    List<String> notes = new ArrayList<>(extra);
    for (OpenStatesMayor mayor : found) {
      places.add(new Place(mayor.name(), mayor.state(), mayor.ocdId(), null));
      officials.add(new OfficeHolding(mayor.office(), mayor.official(), name()));
      if (!mayor.current()) {
        notes.add(mayor.title() + ": " + mayor.stalenessNote());
      }
      mayor.notes().forEach(n -> notes.add(mayor.title() + ": " + n));
    }
    if (found.size() > 1) {
      notes.add("'" + query.text() + "' matches " + found.size()
          + " places in Open States; each is listed");
    }
    if (found.isEmpty()) {
      notes.add(String.format(Locale.ROOT,
          "Open States has no mayor file for '%s' (it covers %d places)",
          query.text(), mayors.mayors().size()));
    }
    return new PlaceLookup(query.text(), places, officials, notes, List.of(name()));
  }

  private void index(String state, String key, OpenStatesMayor mayor) {
    if (!key.isEmpty()) {
      byKey.computeIfAbsent(state + "|" + key, k -> new LinkedHashSet<>()).add(mayor);
    }
  }

  /**
   * A spelling-tolerant key for a place name or slug: lower case, accents dropped, punctuation
   * and separators to single underscores, and a leading abbreviation spelt out.
   */
  static String placeKey(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("['\u2019]", "")
        .replaceAll("[^a-z0-9~]+", " ")
        .strip();
    if (plain.isEmpty()) {
      return "";
    }
    String[] words = plain.split(" ");
    words[0] = switch (words[0]) {
      case "st" -> "saint";
      case "ste" -> "sainte";
      case "ft" -> "fort";
      case "mt" -> "mount";
      default -> words[0];
    };
    return String.join("_", words);
  }
}
