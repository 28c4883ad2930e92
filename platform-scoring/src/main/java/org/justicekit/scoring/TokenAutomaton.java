package org.justicekit.scoring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An Aho-Corasick automaton over token ids: all rule phrases are found in one left-to-right
 * pass over a sentence's tokens, in time linear in the number of tokens plus matches. Built
 * once, then read-only and safe to share.
 */
final class TokenAutomaton {
  private static final int[] NONE = new int[0];

  // transitions: open-addressing map from (state << 32 | token) to next state
  private final long[] transKeys;
  private final int[] transValues;
  private final int[] fail;
  private final int[][] outputs;
  private final int[] depth;
  /** The root's transitions as a direct array by token id: most steps start at the root. */
  private final int[] rootNext;

  private TokenAutomaton(long[] transKeys, int[] transValues, int[] fail, int[][] outputs,
      int[] depth, int[] rootNext) {
    this.transKeys = transKeys;
    this.transValues = transValues;
    this.fail = fail;
    this.outputs = outputs;
    this.depth = depth;
    this.rootNext = rootNext;
  }

  /** Builds the automaton; {@code patterns.get(i)} is the token id sequence of pattern i. */
  static TokenAutomaton build(List<int[]> patterns) {
    List<long[]> edges = new ArrayList<>(); // {state, token, next}
    List<List<Integer>> out = new ArrayList<>();
    List<Integer> depths = new ArrayList<>();
    out.add(new ArrayList<>());
    depths.add(0);
    java.util.Map<Long, Integer> trie = new java.util.HashMap<>();
    for (int p = 0; p < patterns.size(); p++) {
      int state = 0;
      for (int token : patterns.get(p)) {
        long key = key(state, token);
        Integer next = trie.get(key);
        if (next == null) {
          next = out.size();
          out.add(new ArrayList<>());
          depths.add(depths.get(state) + 1);
          trie.put(key, next);
          edges.add(new long[] {state, token, next});
        }
        state = next;
      }
      out.get(state).add(p);
    }
    int states = out.size();
    int capacity = Integer.highestOneBit(Math.max(4, trie.size() * 2)) * 2;
    long[] keys = new long[capacity];
    Arrays.fill(keys, -1L);
    int[] values = new int[capacity];
    for (var e : trie.entrySet()) {
      int slot = slot(e.getKey(), capacity);
      while (keys[slot] != -1L) {
        slot = (slot + 1) & (capacity - 1);
      }
      keys[slot] = e.getKey();
      values[slot] = e.getValue();
    }
    // children per state, for the breadth-first failure computation
    List<List<long[]>> children = new ArrayList<>();
    for (int i = 0; i < states; i++) {
      children.add(new ArrayList<>());
    }
    for (long[] e : edges) {
      children.get((int) e[0]).add(e);
    }
    int[] fail = new int[states];
    int[] depth = depths.stream().mapToInt(Integer::intValue).toArray();
    int maxToken = -1;
    for (long[] e : edges) {
      maxToken = Math.max(maxToken, (int) e[1]);
    }
    int[] rootNext = new int[maxToken + 1];
    Arrays.fill(rootNext, -1);
    for (long[] e : children.get(0)) {
      rootNext[(int) e[1]] = (int) e[2];
    }
    TokenAutomaton partial = new TokenAutomaton(keys, values, fail, new int[0][], depth,
        rootNext);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (long[] e : children.get(0)) {
      fail[(int) e[2]] = 0;
      queue.add((int) e[2]);
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      for (long[] e : children.get(state)) {
        int token = (int) e[1];
        int next = (int) e[2];
        int f = fail[state];
        while (f != 0 && partial.goTo(f, token) < 0) {
          f = fail[f];
        }
        int target = partial.goTo(f, token);
        fail[next] = target >= 0 && target != next ? target : 0;
        out.get(next).addAll(out.get(fail[next]));
        queue.add(next);
      }
    }
    int[][] outputs = new int[states][];
    for (int i = 0; i < states; i++) {
      List<Integer> o = out.get(i);
      outputs[i] = o.isEmpty() ? NONE : o.stream().mapToInt(Integer::intValue).toArray();
    }
    return new TokenAutomaton(keys, values, fail, outputs, depth, rootNext);
  }

  /** Receives each match: the pattern id and the token index just past its end. */
  interface MatchSink {
    void match(int pattern, int endToken);
  }

  /**
   * Runs over {@code tokens[0..count)}; a token id below zero (unknown word) matches nothing.
   */
  void scan(int[] tokens, int count, MatchSink sink) {
    int state = 0;
    for (int i = 0; i < count; i++) {
      int token = tokens[i];
      if (token < 0) {
        state = 0;
        continue;
      }
      int next;
      while ((next = goTo(state, token)) < 0 && state != 0) {
        state = fail[state];
      }
      state = Math.max(next, 0);
      for (int p : outputs[state]) {
        sink.match(p, i + 1);
      }
    }
  }

  private int goTo(int state, int token) {
    if (state == 0) {
      return token < rootNext.length ? rootNext[token] : -1;
    }
    long key = key(state, token);
    int capacity = transKeys.length;
    int slot = slot(key, capacity);
    while (true) {
      long k = transKeys[slot];
      if (k == key) {
        return transValues[slot];
      }
      if (k == -1L) {
        return -1;
      }
      slot = (slot + 1) & (capacity - 1);
    }
  }

  int states() {
    return depth.length;
  }

  private static long key(int state, int token) {
    return ((long) state << 32) | (token & 0xffffffffL);
  }

  private static int slot(long key, int capacity) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & (capacity - 1);
  }
}
