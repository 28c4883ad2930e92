package org.justicekit.scoring;

import java.util.List;
import org.justicekit.demands.internal.HtmlToText;

/**
 * Walks a text sentence by sentence in one pass. Sentences end at {@code . ! ?} followed by
 * space and a non-lower-case start (abbreviations such as "D.A.", "U.S.", "Mr.", "e.g." and
 * initials do not end one), at blank lines, at line breaks that do not continue a sentence
 * (headings, list items), and, for run-on text, at the first space after {@code maxChars}
 * (else at the first mark within {@code OVERRUN} more characters, else at {@code 2 * maxChars}).
 * A sentence of more than {@link #MAX_TOKENS} tokens is cut before the token past the limit.
 * Unicode space separators (U+00A0, U+202F, ...) count as spaces. Leading bullets and spaces
 * are trimmed. Linear in the text. Not thread-safe: one per scoring call.
 */
final class SentenceSplitter {
  /**
   * Abbreviations whose period ends no sentence. Fixed, not rules data: the sentence splitter
   * runs before any rule, and these are English, not campaign, words (listed in
   * {@code RULES.md}).
   */
  private static final TokenTable ABBREVIATIONS = table(List.of(
      "mr", "mrs", "ms", "dr", "st", "ave", "blvd", "rd", "no", "nos", "vs", "etc", "jr", "sr",
      "inc", "gov", "sen", "rep", "reps", "lt", "sgt", "det", "capt", "cmdr", "mt", "ft", "jan",
      "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx",
      "dept", "est", "corp", "co", "ltd", "prof", "hon", "atty", "gen", "supt", "admin", "univ",
      "fig", "al", "cf", "ch", "sec", "art", "vol", "pp", "op", "exec"));
  private static final int NO = ABBREVIATIONS.find("no".toCharArray(), 0, 2);
  private static final int NOS = ABBREVIATIONS.find("nos".toCharArray(), 0, 3);

  /**
   * The most tokens of one sentence; a longer run is cut and read as several. Every sentence
   * is then read in bounded time, whatever separates its words, so reading is linear in the
   * text. Far above real sentences: the longest of the dev set, the held-out set and the
   * benchmark pages has 63.
   */
  static final int MAX_TOKENS = 128;
  /** How far past the length cap a run-on sentence may go looking for a space. */
  private static final int OVERRUN = 100;

  private final CharSequence text;
  private final int length;
  private final int maxChars;
  private int pos;
  private final char[] word = new char[6];

  /** Start of the current sentence, after {@link #next()} returned true. */
  int start;
  /** End (exclusive) of the current sentence. */
  int end;

  SentenceSplitter(CharSequence text, int maxChars) {
    this.text = text;
    this.length = text.length();
    this.maxChars = maxChars;
  }

  /** Advances to the next non-empty sentence; false at the end of the text. */
  boolean next() {
    while (pos < length) {
      int s = pos;
      int e = cutAtTokens(s, scanSentenceEnd(s));
      pos = e;
      // trim
      while (s < e && isLeadingJunk(text.charAt(s))) {
        s++;
      }
      while (e > s && isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s && hasWordChar(s, e)) {
        start = s;
        end = e;
        return true;
      }
    }
    return false;
  }

  /**
   * Where a sentence {@code [s, e)} must be cut so that it has at most {@link #MAX_TOKENS}
   * tokens: the start of the first token past the limit, or {@code e}. The count is an upper
   * bound of the {@link Tokenizer}'s: a run of letters and digits (with inner apostrophes) is
   * one token, each of {@code , ( ) ; : - \u2013 \u2014} one more.
   */
  private int cutAtTokens(int s, int e) {
    if (e - s <= MAX_TOKENS) {
      return e; // a token has at least one character
    }
    int tokens = 0;
    boolean word = false;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      boolean starts;
      if (Character.isLetterOrDigit(c)) {
        starts = !word;
        word = true;
      } else if (word && (c == '\'' || c == '\u2019')) {
        starts = false;
      } else {
        word = false;
        starts = c == ',' || c == '(' || c == ')' || c == ';' || c == ':' || c == '-'
            || c == '\u2013' || c == '\u2014';
      }
      if (starts && ++tokens > MAX_TOKENS) {
        return i;
      }
    }
    return e;
  }

  /**
   * Whether the character separates words as a space does: white space and Unicode space
   * separators (U+00A0 no-break space, U+202F narrow no-break space, U+2007 and the like).
   */
  static boolean isSpace(char c) {
    return HtmlToText.isSpace(c); // one definition for HTML and text
  }

  /** A space that does not break the line. */
  private static boolean inlineSpace(char c) {
    return c != '\n' && isSpace(c);
  }

  private boolean hasWordChar(int s, int e) {
    for (int i = s; i < e; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLeadingJunk(char c) {
    return isSpace(c) || c == '\u2022' || c == '\u00b7' || c == '*' || c == '-'
        || c == '#' || c == '>' || c == '|' || c == '\u25aa' || c == '\u2013' || c == '\u2014';
  }

  /** Returns the index just past the end of the sentence starting at {@code s}. */
  private int scanSentenceEnd(int s) {
    int i = s;
    int limit = (int) Math.min((long) s + maxChars, length);
    while (i < length) {
      char c = text.charAt(i);
      if (i >= limit) {
        // run-on text: cut at the first space, else at the first mark, else anywhere
        if (isSpace(c) || i >= limit + OVERRUN && !Character.isLetterOrDigit(c)) {
          return i + 1;
        }
        if (i >= limit + maxChars) {
          return i;
        }
      }
      if (c == '.' || c == '!' || c == '?') {
        int j = i + 1;
        while (j < length && isCloser(text.charAt(j))) {
          j++;
        }
        if (j >= length) {
          return length;
        }
        if (isSpace(text.charAt(j))) {
          if (c == '.' && isAbbreviation(i)) {
            i = j;
            continue;
          }
          int k = j;
          while (k < length && inlineSpace(text.charAt(k))) {
            k++;
          }
          if (k < length && Character.isLowerCase(text.charAt(k))) {
            i = k;
            continue;
          }
          return j;
        }
        i = j;
        continue;
      }
      if (c == '\n') {
        if (lineBreakEndsSentence(i)) {
          return i + 1;
        }
      }
      i++;
    }
    return length;
  }

  private boolean lineBreakEndsSentence(int nl) {
    int k = nl + 1;
    while (k < length && inlineSpace(text.charAt(k))) {
      k++;
    }
    if (k >= length || text.charAt(k) == '\n') {
      return true;
    }
    int p = nl - 1;
    while (p >= 0 && inlineSpace(text.charAt(p))) {
      p--;
    }
    if (p < 0) {
      return true;
    }
    char before = text.charAt(p);
    char after = text.charAt(k);
    boolean continues = (Character.isLowerCase(before) || before == ',')
        && Character.isLowerCase(after);
    return !continues;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';
  }

  /** Whether the period at {@code dot} ends an abbreviation or an initial. */
  private boolean isAbbreviation(int dot) {
    int b = dot;
    boolean dotted = false;
    while (b > 0) {
      char c = text.charAt(b - 1);
      if (Character.isLetter(c)) {
        b--;
      } else if (c == '.' && b - 1 > 0 && Character.isLetter(text.charAt(b - 2))) {
        dotted = true;
        b--;
      } else {
        break;
      }
    }
    int len = dot - b;
    if (len == 0) {
      return false;
    }
    char lead = b > 0 ? text.charAt(b - 1) : ' ';
    if (!(isSpace(lead) || lead == '(' || lead == '"' || lead == '\u201c')) {
      return false; // "won't." ends a sentence; only whole words are abbreviations
    }
    if (dotted || len == 1) {
      return true; // U.S., D.A., A.D.A., e.g., initials
    }
    if (len > 6) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      word[i] = Character.toLowerCase(text.charAt(b + i));
    }
    int id = ABBREVIATIONS.find(word, 0, len);
    if (id == NO || id == NOS) {
      // "No. 2023-11" is a number; "No. I won't" is an answer
      int k = dot + 1;
      while (k < length && inlineSpace(text.charAt(k))) {
        k++;
      }
      return k < length && Character.isDigit(text.charAt(k));
    }
    return id >= 0;
  }

  private static TokenTable table(List<String> words) {
    TokenTable table = new TokenTable();
    words.forEach(table::intern);
    return table;
  }
}
