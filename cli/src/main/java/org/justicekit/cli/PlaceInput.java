package org.justicekit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.justicekit.officials.PlaceLookup;
import org.justicekit.officials.PlaceQuery;
import org.justicekit.officials.ProsecutorSystem;
import org.justicekit.officials.providers.EmbeddedDirectory;

/**
 * Reads a place as people type it: {@code "Chicago, Illinois"}, {@code "chicago il"}, {@code
 * "Chicago IL"}, {@code "new york, new york"}, {@code "Washington DC"}, or a city alone
 * ({@code "St Louis"}, {@code "Ft. Worth"}) when the embedded directory knows one city of that
 * name. States are written as their postal code or their name, in any case. ZIP codes, OCD ids,
 * points and anything with a digit (a street address) go to {@link PlaceQuery#parse} as they
 * are. A city without its state that the directory knows in several states is refused, naming
 * them; one it does not know is left to {@link PlaceQuery#parse} (an address for a geocoding
 * provider), and {@link #unsupported} says what to add when the provider is the directory.
 *
 * <p>Stateless and thread-safe.
 */
final class PlaceInput {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private PlaceInput() {}

  static PlaceQuery parse(String text) {
    return parse(text, EmbeddedDirectory.standard());
  }

  static PlaceQuery parse(String text, EmbeddedDirectory directory) {
    String t = SPACES.matcher(text.strip()).replaceAll(" ");
    if (t.isEmpty() || t.startsWith("ocd-division/") || t.matches(".*\\d.*")) {
      return PlaceQuery.parse(text);
    }
    Map<String, String> states = states(directory);
    int comma = t.lastIndexOf(',');
    if (comma > 0) {
      Optional<String> state = state(t.substring(comma + 1), states);
      String city = t.substring(0, comma).strip();
      if (state.isPresent() && !city.isEmpty()) {
        return PlaceQuery.city(city(city) + ", " + state.get());
      }
      return PlaceQuery.parse(text);
    }
    String[] words = t.split(" ");
    for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
      String tail = String.join(" ", List.of(words).subList(words.length - n, words.length));
      Optional<String> state = state(tail, states);
      if (state.isPresent()) {
        String city = String.join(" ", List.of(words).subList(0, words.length - n));
        return PlaceQuery.city(city(city) + ", " + state.get());
      }
    }
    return cityAlone(t, directory, states);
  }

  /** A city given without its state: the one city of that name the directory knows. */
  private static PlaceQuery cityAlone(String city, EmbeddedDirectory directory,
      Map<String, String> states) {
    List<String> found = new ArrayList<>();
    for (String code : new java.util.TreeSet<>(states.values())) {
      PlaceLookup answer = directory.lookup(PlaceQuery.city(city(city) + ", " + code));
      if (!answer.places().isEmpty()) {
        found.add(code);
      }
    }
    if (found.size() == 1) {
      return PlaceQuery.city(city(city) + ", " + found.get(0));
    }
    if (found.isEmpty()) {
      return PlaceQuery.parse(city);   // perhaps a street address for a geocoding provider
    }
    throw CliException.badInput("there is a " + city(city) + " in " + String.join(" and ", found)
        + "; say which, e.g. \"" + city(city) + ", " + found.get(0) + "\"");
  }

  /**
   * The refusal when a provider cannot answer a query: for words without a digit, what to add
   * to make them a place; for an address or a point, which providers can.
   */
  static CliException unsupported(PlaceQuery query, String provider) {
    String text = query.text();
    if (query instanceof PlaceQuery.Address && !text.matches(".*\\d.*")) {
      return CliException.badInput("'" + text + "' is not a place the " + provider
          + " directory knows without its state: give the city and state (\"" + city(text)
          + ", IL\" or \"" + city(text) + " Illinois\"), a ZIP code (--zip Z) for its county's "
          + "offices, or a street address with --address");
    }
    return CliException.badInput("provider " + provider + " cannot answer '" + text + "'; for "
        + "a street address or a point use a geocoding provider: --provider census (free) or "
        + "google");
  }

  /** Postal code for a state written as its code or its name (any case); DC in its usual forms. */
  static Optional<String> state(String text, Map<String, String> states) {
    String key = text.strip().replace(".", "").toLowerCase(Locale.ROOT);
    return Optional.ofNullable(states.get(SPACES.matcher(key).replaceAll(" ")));
  }

  /** Lower-case codes and names of the 50 states and DC, from the directory. */
  private static Map<String, String> states(EmbeddedDirectory directory) {
    Map<String, String> states = new TreeMap<>();
    for (ProsecutorSystem s : directory.prosecutorSystems()) {
      states.put(s.state().toLowerCase(Locale.ROOT), s.state());
      states.put(s.stateName().toLowerCase(Locale.ROOT), s.state());
    }
    if (states.containsKey("dc")) {
      states.put("district of columbia", "DC");
      states.put("washington dc", "DC");
    }
    return states;
  }

  /** A city name as typed; all lower case becomes title case for display. */
  private static String city(String city) {
    String c = city.strip();
    if (!c.equals(c.toLowerCase(Locale.ROOT))) {
      return c;
    }
    StringBuilder b = new StringBuilder(c.length());
    boolean start = true;
    for (char ch : c.toCharArray()) {
      b.append(start ? Character.toUpperCase(ch) : ch);
      start = ch == ' ' || ch == '-';
    }
    return b.toString();
  }
}
