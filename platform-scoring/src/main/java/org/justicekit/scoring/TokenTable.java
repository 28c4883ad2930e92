package org.justicekit.scoring;

import java.util.Arrays;

/**
 * An open-addressing hash table from token text (a char sequence) to a dense int id, so that
 * input tokens are looked up without allocating strings. Built once, then read-only and safe
 * to share.
 */
final class TokenTable {
  private char[][] keys;
  private int[] ids;
  private int size;

  TokenTable() {
    keys = new char[256][];
    ids = new int[256];
  }

  /** Returns the id of this token, adding it if new (build time only). */
  int intern(String token) {
    char[] chars = token.toCharArray();
    int found = find(chars, 0, chars.length);
    if (found >= 0) {
      return found;
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int id = size++;
    insert(chars, id);
    return id;
  }

  int size() {
    return size;
  }

  /** The id of {@code buf[off..off+len)}, or -1 if it is not a known token. */
  int find(char[] buf, int off, int len) {
    int mask = keys.length - 1;
    int slot = hash(buf, off, len) & mask;
    while (true) {
      char[] key = keys[slot];
      if (key == null) {
        return -1;
      }
      if (key.length == len && Arrays.equals(key, 0, len, buf, off, off + len)) {
        return ids[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  private void insert(char[] key, int id) {
    int mask = keys.length - 1;
    int slot = hash(key, 0, key.length) & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    ids[slot] = id;
  }

  private void grow() {
    char[][] oldKeys = keys;
    int[] oldIds = ids;
    keys = new char[oldKeys.length * 2][];
    ids = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldKeys[i], oldIds[i]);
      }
    }
  }

  private static int hash(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + buf[i];
    }
    return h ^ (h >>> 16);
  }
}
