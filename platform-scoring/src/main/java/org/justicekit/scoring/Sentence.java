package org.justicekit.scoring;

import java.util.Arrays;

/**
 * The state of the sentence being read, shared by the stages of a {@link StanceReader} and
 * reused for every sentence, like the attributes of a Lucene {@code TokenStream}: its arrays
 * grow with the longest sentence and are never allocated per sentence. Each stage reads what
 * the stages before it decided and adds its own decisions.
 *
 * <p>Holds the tokens ({@link #ids}, {@link #starts}, {@link #ends}), the rule matches (pattern,
 * kind as read in this sentence, token range, whether dropped), the clauses and, per demand,
 * the reading and its cue. Not thread-safe: one per scoring call.
 */
final class Sentence {
  final CompiledRules rules;
  /** Per demand: whether the office being scored has it. */
  final boolean[] active;

  // the text
  String text = "";
  int from;
  int to;
  /** Whether the sentence ends with a question mark. */
  boolean question;

  // tokens, owned by the tokenizer
  int[] ids;
  int[] starts;
  int[] ends;
  int tokens;

  // matches, in order of their end token
  int[] pattern = new int[64];
  /** The kind as read in this sentence: a negated "consider" acts as a verb. */
  RuleKind[] kind = new RuleKind[64];
  int[] start = new int[64];
  int[] end = new int[64];
  boolean[] dropped = new boolean[64];
  int matches;

  // clauses
  /** Per token: the clause it belongs to. */
  int[] clauseOf = new int[64];
  /** Per clause: its first token. */
  int[] clauseStart = new int[64];
  boolean[] clauseFirstPerson = new boolean[64];
  /** Per clause: whether someone else is its subject. */
  boolean[] clauseOther = new boolean[64];
  boolean[] clauseNonAnswer = new boolean[64];
  /** Per clause: whether a contrastive break ("but") opens it. */
  boolean[] clauseContrast = new boolean[64];
  int clauses;

  // sentence-wide decisions
  /** Whether the sentence follows a question that took a position. */
  boolean answering;
  /** Whether the sentence is the first after a question that took a position. */
  boolean firstAnswer;
  /** +1 when an answer opens with yes, -1 with no, else 0. */
  int answer;
  /** Whether the sentence, naming no topic, may speak of the last question's. */
  boolean implicitTopic;
  /** The topic pattern an "it" in this sentence may stand for, from the sentence before. */
  int antecedent = -1;
  /** -1 when the sentence is under an odd number of "there is no ..." negations. */
  int sentenceNegs = 1;
  /** Whether the sentence opens with a condition. */
  boolean condition;
  /** Whether a source and a reporting verb make the sentence someone else's. */
  boolean attributed;
  /** Whether a rival speaks in the sentence. */
  boolean rivalSpeaks;

  // per demand
  final Reading[] reading;
  /** The words that decided each demand's reading. */
  final StringBuilder[] cue;

  Sentence(CompiledRules rules, boolean[] active) {
    this.rules = rules;
    this.active = active;
    int n = rules.demands.size();
    this.reading = new Reading[n];
    this.cue = new StringBuilder[n];
    for (int d = 0; d < n; d++) {
      cue[d] = new StringBuilder();
    }
  }

  /** Starts a new sentence {@code text[from..to)}. */
  void reset(String text, int from, int to, boolean question) {
    this.text = text;
    this.from = from;
    this.to = to;
    this.question = question;
    matches = 0;
    clauses = 0;
    answering = false;
    answer = 0;
    firstAnswer = false;
    implicitTopic = false;
    antecedent = -1;
    sentenceNegs = 1;
    condition = false;
    attributed = false;
    rivalSpeaks = false;
    Arrays.fill(reading, Reading.NONE);
    for (StringBuilder c : cue) {
      c.setLength(0);
    }
  }

  /** Adds a match of a pattern ending just before token {@code endToken}. */
  void addMatch(int p, int endToken) {
    if (matches == pattern.length) {
      int n = matches * 2;
      pattern = Arrays.copyOf(pattern, n);
      kind = Arrays.copyOf(kind, n);
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      dropped = Arrays.copyOf(dropped, n);
    }
    pattern[matches] = p;
    kind[matches] = rules.kind[p];
    start[matches] = endToken - rules.length[p];
    end[matches] = endToken;
    dropped[matches] = false;
    matches++;
  }

  /** Makes room for {@code n} clauses and clears their flags. */
  void clearClauses(int n) {
    if (clauseFirstPerson.length < n) {
      clauseFirstPerson = new boolean[n * 2];
      clauseOther = new boolean[n * 2];
      clauseNonAnswer = new boolean[n * 2];
      clauseContrast = new boolean[n * 2];
      clauseStart = new int[n * 2];
    }
    Arrays.fill(clauseFirstPerson, 0, n, false);
    Arrays.fill(clauseOther, 0, n, false);
    Arrays.fill(clauseNonAnswer, 0, n, false);
    Arrays.fill(clauseContrast, 0, n, false);
    clauses = n;
  }

  /** The demand index of match i's pattern, -1 for a shared cue. */
  int demandOf(int i) {
    return rules.demand[pattern[i]];
  }

  /** Whether the sentence has a topic phrase of a demand of the office being scored. */
  boolean namesActiveTopic() {
    for (int i = 0; i < matches; i++) {
      int p = pattern[i];
      if (rules.kind[p] == RuleKind.TOPIC && active[rules.demand[p]]) {
        return true;
      }
    }
    return false;
  }

  /** Whether a clause speaks for someone other than the official. */
  boolean skipped(int clause) {
    return rivalSpeaks || (attributed || clauseOther[clause]) && !clauseFirstPerson[clause];
  }

  /** Whether the token id occurs in the token range (clipped at 0). */
  boolean tokenBetween(int id, int fromToken, int toToken) {
    for (int t = Math.max(0, fromToken); t < toToken; t++) {
      if (ids[t] == id) {
        return true;
      }
    }
    return false;
  }

  /** Whether a comma, semicolon or colon stands in the token range. */
  boolean punctuationBetween(int fromToken, int toToken) {
    for (int t = fromToken; t < toToken; t++) {
      int id = ids[t];
      if (id == rules.commaId || id == rules.semicolonId || id == rules.colonId) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token starts with a capital and is longer than one letter. */
  boolean capitalised(int token) {
    char c = text.charAt(starts[token]);
    return Character.isUpperCase(c) && ends[token] - starts[token] > 1;
  }

  /** Whether the token ends in a possessive 's. */
  boolean possessive(int token) {
    int e = ends[token];
    char a = text.charAt(e - 2);
    return e - starts[token] > 2 && text.charAt(e - 1) == 's' && (a == '\'' || a == '\u2019');
  }
}
