package org.justicekit.scoring;

import java.util.Arrays;

/**
 * An open-addressing hash table from token text (a char sequence) to a dense int id, so that
 * input tokens are looked up without allocating strings. Built once, then read-only and safe
 * to share.
 *
 * <p>Laid out for the lookup of every input word: each slot keeps the key's full hash, its id
 * and where its characters are in one shared char array, side by side in one int array, so a
 * probe reads one cache line and most misses are decided by an int compare. The table is at
 * most half full, so a probe for an unknown word ends after a slot or two.
 */
final class TokenTable {
  private static final int EMPTY = -1;
  /** Ints per slot: hash, id, offset of the characters, length. */
  private static final int STRIDE = 4;

  private int[] slots;
  private char[] chars;
  private int charCount;
  private int size;
  /** 32 minus the number of slot bits. */
  private int shift;

  TokenTable() {
    allocate(256);
    chars = new char[1024];
  }

  /** Returns the id of this token, adding it if new (build time only). */
  int intern(String token) {
    char[] key = token.toCharArray();
    int found = find(key, 0, key.length);
    if (found >= 0) {
      return found;
    }
    if ((size + 1) * 2 * STRIDE > slots.length) {
      grow();
    }
    if (charCount + key.length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + key.length));
    }
    System.arraycopy(key, 0, chars, charCount, key.length);
    insert(hash(key, 0, key.length), size, charCount, key.length);
    charCount += key.length;
    return size++;
  }

  int size() {
    return size;
  }

  /** The id of {@code buf[off..off+len)}, or -1 if it is not a known token. */
  int find(char[] buf, int off, int len) {
    int h = hash(buf, off, len);
    int[] table = slots;
    int mask = table.length - 1;
    int at = slot(h) * STRIDE;
    while (true) {
      int id = table[at + 1];
      if (id == EMPTY) {
        return -1;
      }
      int from = table[at + 2];
      if (table[at] == h && table[at + 3] == len
          && Arrays.equals(chars, from, from + len, buf, off, off + len)) {
        return id;
      }
      at = (at + STRIDE) & mask;
    }
  }

  private void insert(int hash, int id, int offset, int length) {
    int mask = slots.length - 1;
    int at = slot(hash) * STRIDE;
    while (slots[at + 1] != EMPTY) {
      at = (at + STRIDE) & mask;
    }
    slots[at] = hash;
    slots[at + 1] = id;
    slots[at + 2] = offset;
    slots[at + 3] = length;
  }

  private void allocate(int capacity) {
    slots = new int[capacity * STRIDE];
    for (int at = 0; at < slots.length; at += STRIDE) {
      slots[at + 1] = EMPTY;
    }
    shift = 32 - Integer.numberOfTrailingZeros(capacity);
  }

  private void grow() {
    int[] old = slots;
    allocate(old.length / STRIDE * 2);
    for (int at = 0; at < old.length; at += STRIDE) {
      if (old[at + 1] != EMPTY) {
        insert(old[at], old[at + 1], old[at + 2], old[at + 3]);
      }
    }
  }

  private static int hash(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + buf[i];
    }
    return h;
  }

  /** Fibonacci hashing: the high bits of the product spread similar words apart. */
  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }
}
