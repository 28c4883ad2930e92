package org.justicekit.scoring;

import java.util.Set;

/**
 * Where the cues of a topic reach in its sentence: the window before it (back to the previous
 * topic), the predicate after it (from a closely following topic of its demand, up to a
 * contrast), and the small tests {@link TopicCues} makes of its neighbours. Stateless.
 */
final class CueScope {
  /**
   * Negations that can be the object of a verb: "protects nobody", "helps no one". Fixed
   * English words, not campaign data: they are compared with the negation phrases of the
   * rules as written.
   */
  static final Set<String> NEGATIVE_OBJECTS =
      Set.of("nobody", "no one", "nothing", "none", "not one");

  private CueScope() {}

  /**
   * The end of the closest earlier topic match in the same clause that the verbs before topic
   * {@code t} cannot reach past, or 0: any topic of demand d, and a topic of another demand
   * when a verb stands between ("to ban neck restraints and to put a camera on ...") or when
   * no "and", "or" or comma joins them, as t then only modifies it ("we will not seek bail for
   * low-level offenses": the verb's object is the bail, not the offenses).
   */
  static int previousTopicEnd(Sentence s, int t, int d) {
    int floor = 0;
    for (int j = 0; j < s.matches; j++) {
      int q = s.pattern[j];
      if (j != t && !s.dropped[j] && s.rules.kind[q] == RuleKind.TOPIC
          && s.end[j] <= s.start[t] && s.end[j] > floor
          && s.clauseOf[s.start[j]] == s.clauseOf[s.start[t]] && s.active[s.rules.demand[q]]
          && (s.rules.demand[q] == d || actionBetween(s, s.end[j], s.start[t])
              || !coordinatorBetween(s, s.end[j], s.start[t]))) {
        floor = s.end[j];
      }
    }
    return floor;
  }

  /** The most tokens between a verb beyond the window and the verb it governs. */
  private static final int CHAIN_GAP = 4;

  /**
   * Whether action i, too far before topic t, governs a verb or negation that is close enough
   * to t: one starts at most {@link #CHAIN_GAP} tokens after i, in t's clause, within the
   * window before t.
   */
  static boolean chained(Sentence s, int i, int t, int d, int window) {
    for (int j = 0; j < s.matches; j++) {
      RuleKind k = s.kind[j];
      int qd = s.rules.demand[s.pattern[j]];
      if (j != i && !s.dropped[j] && (k == RuleKind.ACTION || k == RuleKind.NEG)
          && (qd == -1 || qd == d) && s.start[j] >= s.end[i]
          && s.start[j] - s.end[i] <= CHAIN_GAP && s.end[j] <= s.start[t]
          && s.start[t] - s.start[j] <= window
          && s.clauseOf[s.start[j]] == s.clauseOf[s.start[t]]) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause opens with a verb in "-ing" (a gerund subject: "Publishing ..."). */
  static boolean gerundOpens(Sentence s, int clause, int d) {
    int first = s.clauseStart[clause];
    int e = s.ends[first];
    if (e - s.starts[first] < 5 || !s.text.regionMatches(true, e - 3, "ing", 0, 3)) {
      return false;
    }
    for (int j = 0; j < s.matches; j++) {
      int qd = s.rules.demand[s.pattern[j]];
      if (!s.dropped[j] && s.kind[j] == RuleKind.ACTION && s.start[j] == first
          && (qd == -1 || qd == d)) {
        return true;
      }
    }
    return false;
  }

  /** Whether "and", "or" or a comma stands in the token range. */
  static boolean coordinatorBetween(Sentence s, int fromToken, int toToken) {
    for (int t = fromToken; t < toToken; t++) {
      int id = s.ids[t];
      if (id == s.rules.andId || id == s.rules.orId || id == s.rules.commaId) {
        return true;
      }
    }
    return false;
  }

  /** Whether "from" stands right before topic t or one word before it ("from unjust ..."). */
  static boolean afterFrom(Sentence s, int t) {
    int start = s.start[t];
    return start >= 1 && s.ids[start - 1] == s.rules.fromId
        || start >= 2 && s.ids[start - 2] == s.rules.fromId;
  }

  /** Whether a hedge of demand d itself starts at the token ("when the facts ..."). */
  static boolean demandHedgeAt(Sentence s, int token, int d) {
    for (int j = 0; j < s.matches; j++) {
      if (!s.dropped[j] && s.kind[j] == RuleKind.HEDGE && s.start[j] == token
          && s.rules.demand[s.pattern[j]] == d) {
        return true;
      }
    }
    return false;
  }

  /** Whether match i is a negation that can stand as an object: "nobody", "no one". */
  static boolean negativeObject(Sentence s, int i) {
    return NEGATIVE_OBJECTS.contains(s.rules.phrase[s.pattern[i]]);
  }

  /** Whether a negation that can stand as an object starts at the token. */
  static boolean negativeObjectAt(Sentence s, int token) {
    for (int j = 0; j < s.matches; j++) {
      if (!s.dropped[j] && s.kind[j] == RuleKind.NEG && s.start[j] == token
          && negativeObject(s, j)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an action or evaluation ends right before the token. */
  static boolean cueEndsAt(Sentence s, int token) {
    for (int j = 0; j < s.matches; j++) {
      if (!s.dropped[j] && s.end[j] == token
          && (s.kind[j] == RuleKind.ACTION || s.kind[j] == RuleKind.EVAL)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a shared verb (not a demand's own cue word) stands in the token range. */
  static boolean actionBetween(Sentence s, int fromToken, int toToken) {
    for (int i = 0; i < s.matches; i++) {
      if (!s.dropped[i] && s.kind[i] == RuleKind.ACTION && s.rules.demand[s.pattern[i]] == -1
          && s.start[i] >= fromToken && s.end[i] <= toToken) {
        return true;
      }
    }
    return false;
  }

  /** Whether action i is joined to the next action by a bare "and" or "or". */
  static boolean coordinatedWithNext(Sentence s, int i) {
    int link = s.end[i];
    if (link >= s.tokens
        || (s.ids[link] != s.rules.andId && s.ids[link] != s.rules.orId)) {
      return false;
    }
    for (int j = 0; j < s.matches; j++) {
      if (!s.dropped[j] && s.kind[j] == RuleKind.ACTION && s.start[j] == link + 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the cues after topic t stop counting for it: at the first contrast after it in its
   * clause ("... rather than the office that works with them").
   */
  static int contrastAfter(Sentence s, int t, int clause) {
    int limit = Integer.MAX_VALUE;
    for (int i = 0; i < s.matches; i++) {
      if (!s.dropped[i] && s.kind[i] == RuleKind.CONTRAST && s.start[i] >= s.end[t]
          && s.clauseOf[s.start[i]] == clause) {
        limit = Math.min(limit, s.start[i]);
      }
    }
    return limit;
  }

  /**
   * Where the cues after topic t start counting for it: right after it, or after a topic of
   * its demand that follows within the window, as the cues between belong to that topic
   * ("use-of-force cases are best handled internally"). An evaluation after that topic judges
   * both when it only modifies t ("permanent decertification after one excessive-force
   * incident is too harsh"), but not across a comma or a relative "that" ("misconduct, the
   * internal affairs division is the right place"): then the cues after t end at that topic.
   */
  static int predicateStart(Sentence s, int t, int clause) {
    int from = s.end[t];
    int d = s.rules.demand[s.pattern[t]];
    for (int i = 0; i < s.matches; i++) {
      if (!s.dropped[i] && i != t && s.kind[i] == RuleKind.TOPIC
          && s.rules.demand[s.pattern[i]] == d && s.clauseOf[s.start[i]] == clause
          && s.start[i] >= s.end[t] && s.start[i] - s.end[t] < TopicCues.WINDOW_AFTER) {
        boolean modifier = !s.punctuationBetween(s.end[t], s.start[i])
            && !s.tokenBetween(s.rules.thatId, s.end[t], s.start[i]);
        from = Math.max(from, modifier ? s.end[i] : Integer.MAX_VALUE / 2);
      }
    }
    return from;
  }

  /** Whether an action or evaluation cue for demand d starts after match i and before limit. */
  static boolean cueFollows(Sentence s, int i, int limit, int d) {
    for (int j = 0; j < s.matches; j++) {
      int q = s.pattern[j];
      RuleKind k = s.kind[j];
      if (!s.dropped[j] && (k == RuleKind.ACTION || k == RuleKind.EVAL)
          && (s.rules.demand[q] == -1 || s.rules.demand[q] == d)
          && s.start[j] >= s.end[i] && s.start[j] < limit) {
        return true;
      }
    }
    return false;
  }

  static boolean shadowedBySpecific(Sentence s, int i, int d) {
    for (int j = 0; j < s.matches; j++) {
      int q = s.pattern[j];
      RuleKind k = s.kind[j];
      if (!s.dropped[j] && (k == RuleKind.ACTION || k == RuleKind.IGNORE
              || k == RuleKind.EVAL) && s.rules.demand[q] == d
          && s.start[j] < s.end[i] && s.start[i] < s.end[j]) {
        return true;
      }
    }
    return false;
  }

  /** Whether "only" stands right before the token ("works only if"). */
  static boolean onlyBefore(Sentence s, int token) {
    return token > 0 && s.rules.onlyId == s.ids[token - 1];
  }

  /**
   * Whether the clause speaks in the conditional mood: "would", or a contraction in "'d"
   * ("I'd", "we'd").
   */
  static boolean wouldIn(Sentence s, int clause) {
    for (int t = s.clauseStart[clause]; t < s.tokens && s.clauseOf[t] == clause; t++) {
      int e = s.ends[t];
      if (s.ids[t] == s.rules.wouldId || e - s.starts[t] > 2 && s.text.charAt(e - 1) == 'd'
          && (s.text.charAt(e - 2) == '\'' || s.text.charAt(e - 2) == '\u2019')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether negation i before topic t heads an earlier item of a list of negations: another
   * negation stands between it and t, after a comma, "and" or "or", and no verb stands between
   * them ("no more kneeling on necks, no more carotid holds").
   */
  static boolean listedNegation(Sentence s, int i, int t) {
    for (int j = 0; j < s.matches; j++) {
      if (j != i && !s.dropped[j] && s.kind[j] == RuleKind.NEG && s.start[j] >= s.end[i]
          && s.end[j] <= s.start[t] && coordinatorBetween(s, s.end[i], s.start[j])
          && !verbBetween(s, s.end[i], s.start[j])) {
        return true;
      }
    }
    return false;
  }

  /** Whether any verb (a shared or a demand's own) stands in the token range. */
  private static boolean verbBetween(Sentence s, int fromToken, int toToken) {
    for (int i = 0; i < s.matches; i++) {
      if (!s.dropped[i] && s.kind[i] == RuleKind.ACTION && s.start[i] >= fromToken
          && s.end[i] <= toToken) {
        return true;
      }
    }
    return false;
  }
}
