package org.justicekit.scoring;

/**
 * A light, allocation-free suffix stripper that folds common English inflections ("ending",
 * "ended", "ends" to "end"). It is applied identically to rule phrases and to input, so it only
 * has to be consistent, not linguistically exact.
 *
 * <p>It derives from step 1 of Porter's algorithm (M. F. Porter, "An algorithm for suffix
 * stripping", 1980), simplified: the possessive {@code 's} goes; {@code -ies} becomes
 * {@code -y} ("policies" to "policy"); {@code -ing} and {@code -ed} go from words long enough
 * to keep a stem, undoubling a final double consonant ("banning" to "ban") other than l, s, z
 * ("calling" to "call") and dropping a final e; a plural {@code -s} goes except after s, u or
 * i ("class", "status", "this" stay); then a final e goes ("release" to "releas", as
 * "released" and "releasing" become). There is no measure of syllables and none of Porter's
 * later steps ("-ation", "-ness" stay). Words of three letters or fewer are left alone.
 * Stateless and thread-safe.
 */
final class Stemmer {
  private Stemmer() {}

  /**
   * Stems the lower-case word in {@code buf[0..len)} in place.
   *
   * @return the new length
   */
  static int stem(char[] buf, int len) {
    // possessive 's
    if (len > 2 && buf[len - 2] == '\'' && buf[len - 1] == 's') {
      len -= 2;
    }
    if (len > 0 && buf[len - 1] == '\'') {
      len--;
    }
    if (len <= 3) {
      return len;
    }
    if (endsWith(buf, len, "ies") && len > 4) {
      buf[len - 3] = 'y';
      return len - 2;
    }
    if (endsWith(buf, len, "ing") && len > 5) {
      return undouble(buf, len - 3);
    }
    if (endsWith(buf, len, "ed") && len > 4) {
      return undouble(buf, len - 2);
    }
    if (buf[len - 1] == 's' && buf[len - 2] != 's' && buf[len - 2] != 'u' && buf[len - 2] != 'i') {
      len--;
    }
    if (len > 3 && buf[len - 1] == 'e') {
      len--;
    }
    return len;
  }

  private static int undouble(char[] buf, int len) {
    if (len > 2 && buf[len - 1] == buf[len - 2]) {
      char c = buf[len - 1];
      if (c != 'l' && c != 's' && c != 'z' && c != 'e' && c != 'o') {
        return len - 1;
      }
    }
    if (len > 3 && buf[len - 1] == 'e') {
      return len - 1;
    }
    return len;
  }

  private static boolean endsWith(char[] buf, int len, String suffix) {
    int n = suffix.length();
    if (len < n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (buf[len - n + i] != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Stems a single word given as a string; for compiling rules. */
  static String stem(String word) {
    char[] buf = word.toCharArray();
    return new String(buf, 0, stem(buf, buf.length));
  }
}
