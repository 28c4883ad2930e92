package org.justicekit.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a range of text into word and clause-punctuation tokens, lower-cased and stemmed, and
 * looks each up in a {@link TokenTable}. One instance per scoring call (it owns buffers).
 *
 * <p>Words are runs of letters and digits, with inner apostrophes; hyphens split words; any
 * word ending in {@code n't} becomes {@code not}. Commas and parentheses become {@code ,};
 * semicolons and dashes {@code ;}; colons {@code :}. Rule phrases go through the same walk, so
 * rules and input always agree.
 */
final class Tokenizer {
  static final int MAX_WORD = 48;
  private static final char[] NOT = {'n', 'o', 't'};
  /** ASCII letters and digits to their lower-case form; 0 for every other ASCII character. */
  private static final char[] FOLD = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      FOLD[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }
  }

  /** Receives each token: its text in {@code buf[0..len)} and its character range. */
  private interface Sink {
    void token(char[] buf, int len, boolean tooLong, int start, int end);
  }

  private final TokenTable table;
  private final char[] word = new char[MAX_WORD + 2];
  private char[] chars = new char[256];
  private final Sink lookup;

  /** Token ids of the last {@link #tokenize} call; -1 for unknown words. */
  int[] ids = new int[64];
  /** Character offset of each token's start. */
  int[] starts = new int[64];
  /** Character offset just past each token's end. */
  int[] ends = new int[64];
  /** How many tokens the last call produced. */
  int count;

  Tokenizer(TokenTable table) {
    this.table = table;
    this.lookup = (buf, len, tooLong, start, end) ->
        add(tooLong ? -1 : table.find(buf, 0, len), start, end);
  }

  /** Tokenizes {@code text[from..to)} into {@link #ids}, {@link #starts}, {@link #ends}. */
  void tokenize(String text, int from, int to) {
    count = 0;
    int n = to - from;
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    text.getChars(from, to, chars, 0); // one bulk copy; the walk then reads an array
    walk(chars, n, from, word, lookup);
  }

  /** The stemmed tokens of a rule phrase, as input would be tokenized. */
  static List<String> phraseTokens(String phrase) {
    List<String> out = new ArrayList<>();
    walk(phrase.toCharArray(), phrase.length(), 0, new char[MAX_WORD + 2],
        (buf, len, tooLong, start, end) -> out.add(new String(buf, 0, len)));
    return out;
  }

  /**
   * Walks {@code text[0..n)}, reporting offsets shifted by {@code offset}.
   */
  private static void walk(char[] text, int n, int offset, char[] word, Sink sink) {
    int i = 0;
    while (i < n) {
      char c = text[i];
      if (fold(c) != 0) {
        int start = i;
        int len = 0;
        boolean tooLong = false;
        while (i < n) {
          char d = text[i];
          char f = fold(d);
          if (f != 0) {
            if (len < MAX_WORD) {
              word[len++] = f;
            } else {
              tooLong = true;
            }
          } else if ((d == '\'' || d == '\u2019') && len > 0 && i + 1 < n
              && Character.isLetter(text[i + 1])) {
            if (len < MAX_WORD) {
              word[len++] = '\'';
            }
          } else {
            break;
          }
          i++;
        }
        if (len >= 3 && word[len - 1] == 't' && word[len - 2] == '\'' && word[len - 3] == 'n') {
          System.arraycopy(NOT, 0, word, 0, 3);
          len = 3;
        } else {
          len = Stemmer.stem(word, len);
        }
        sink.token(word, len, tooLong, offset + start, offset + i);
      } else {
        char p = punctuation(c, text, i, n);
        if (p != 0) {
          word[0] = p;
          sink.token(word, 1, false, offset + i, offset + i + 1);
        }
        i++;
      }
    }
  }

  /** The lower-case form of a letter or digit, or 0 for any other character. */
  private static char fold(char c) {
    if (c < 128) {
      return FOLD[c];
    }
    return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
  }

  private static char punctuation(char c, char[] text, int i, int n) {
    return switch (c) {
      case ',', '(', ')' -> ',';
      case ';', '\u2014', '\u2013' -> ';';
      case ':' -> ':';
      // a spaced hyphen acts as a dash: "cash bail - never again"
      case '-' -> i > 0 && i + 1 < n && SentenceSplitter.isSpace(text[i - 1])
          && SentenceSplitter.isSpace(text[i + 1]) ? ';' : 0;
      default -> 0;
    };
  }

  private void add(int id, int start, int end) {
    if (count == ids.length) {
      ids = Arrays.copyOf(ids, count * 2);
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    ids[count] = id;
    starts[count] = start;
    ends[count] = end;
    count++;
  }

}
