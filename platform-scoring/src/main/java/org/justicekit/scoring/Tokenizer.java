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

  /** Receives each token: its text in {@code buf[0..len)} and its character range. */
  private interface Sink {
    void token(char[] buf, int len, boolean tooLong, int start, int end);
  }

  private final TokenTable table;
  private final char[] word = new char[MAX_WORD + 2];

  /** Token ids of the last {@link #tokenize} call; -1 for unknown words. */
  int[] ids = new int[256];
  /** Character offset of each token's start. */
  int[] starts = new int[256];
  /** Character offset just past each token's end. */
  int[] ends = new int[256];
  /** How many tokens the last call produced. */
  int count;

  Tokenizer(TokenTable table) {
    this.table = table;
  }

  /** Tokenizes {@code text[from..to)} into {@link #ids}, {@link #starts}, {@link #ends}. */
  void tokenize(CharSequence text, int from, int to) {
    count = 0;
    walk(text, from, to, word, (buf, len, tooLong, start, end) ->
        add(tooLong ? -1 : table.find(buf, 0, len), start, end));
  }

  /** The stemmed tokens of a rule phrase, as input would be tokenized. */
  static List<String> phraseTokens(String phrase) {
    List<String> out = new ArrayList<>();
    walk(phrase, 0, phrase.length(), new char[MAX_WORD + 2],
        (buf, len, tooLong, start, end) -> out.add(new String(buf, 0, len)));
    return out;
  }

  private static void walk(CharSequence text, int from, int to, char[] word, Sink sink) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        int len = 0;
        boolean tooLong = false;
        while (i < to) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d)) {
            if (len < MAX_WORD) {
              word[len++] = Character.toLowerCase(d);
            } else {
              tooLong = true;
            }
          } else if ((d == '\'' || d == '\u2019') && len > 0 && i + 1 < to
              && Character.isLetter(text.charAt(i + 1))) {
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
        sink.token(word, len, tooLong, start, i);
      } else {
        char p = punctuation(c, text, i, from, to);
        if (p != 0) {
          word[0] = p;
          sink.token(word, 1, false, i, i + 1);
        }
        i++;
      }
    }
  }

  private static char punctuation(char c, CharSequence text, int i, int from, int to) {
    return switch (c) {
      case ',', '(', ')' -> ',';
      case ';', '\u2014', '\u2013' -> ';';
      case ':' -> ':';
      // a spaced hyphen acts as a dash: "cash bail - never again"
      case '-' -> i > from && i + 1 < to && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' '
          ? ';' : 0;
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
