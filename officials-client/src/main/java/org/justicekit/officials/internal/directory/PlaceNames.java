package org.justicekit.officials.internal.directory;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Turns place names into lookup keys that ignore case, accents, punctuation and the usual
 * abbreviations, so that {@code "ST. LOUIS"}, {@code "Saint Louis"} and {@code "st louis"} meet,
 * as do {@code "Ft. Worth"} and {@code "Fort Worth"}, {@code "Winston Salem"} and {@code
 * "Winston-Salem"}, {@code "Cañon City"} and {@code "Canon City"}. Stateless.
 */
public final class PlaceNames {
  private static final Map<String, String> WORDS = Map.of(
      "st", "saint",
      "ste", "sainte",
      "ft", "fort",
      "mt", "mount",
      "pt", "point");

  private PlaceNames() {}

  /** The lookup key of a name: lower-case ASCII words separated by single spaces. */
  public static String key(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    plain = plain.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
    StringBuilder out = new StringBuilder(plain.length());
    for (String word : plain.split("[^a-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(WORDS.getOrDefault(word, word));
    }
    return out.toString();
  }

  /** The key of a name within a state, e.g. {@code MO|saint louis}. */
  public static String key(String state, String name) {
    return state.toUpperCase(Locale.ROOT) + "|" + key(name);
  }
}
