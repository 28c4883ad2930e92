package org.justicekit.benchmarks;

/** The trivial single passes that bound what any scan of a text can do. */
final class Floors {
  private Floors() {
  }

  /** Counts the runs of letters and digits: every character classified once. */
  static int countWords(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  /** Adds up the characters: the least work a pass over them can do. */
  static int charSum(String text) {
    int sum = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      sum += text.charAt(i);
    }
    return sum;
  }
}
