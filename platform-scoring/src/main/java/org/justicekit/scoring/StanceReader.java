package org.justicekit.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.Demand;
import org.justicekit.demands.Evidence;
import org.justicekit.demands.Stance;

/**
 * Reads one text sentence by sentence and decides a stance per demand. Not thread-safe: the
 * scorer makes one per call. Memory is bounded: buffers grow with the longest sentence (itself
 * capped) and at most {@link #MAX_EVIDENCE} evidence sentences are kept per demand and stance.
 *
 * <p>Per sentence: the automaton finds every rule phrase; shorter matches inside longer ones
 * are dropped (a cue word inside an actor's name, "the Fraternal Order of Police", too), and of two adjacent topics of one demand ("plea numbers") only the head is
 * kept; an object "it" after the official's verb becomes a match of the first topic before it,
 * in the sentence or the one before ("... but I oppose eliminating it"); a hedge of intent
 * ("consider", "open to") right after a negation becomes a verb ("would not consider ..."
 * rejects); clause breaks split the sentence; clauses that speak for someone else (a critic
 * who "said" or "pledged", another actor as the subject, a rival named after "faces" or
 * "challenge from") are skipped unless the official speaks in them, but a reporting word used
 * as a noun after the official's verb ("rejected calls from the coalition") reports no one,
 * and an actor in the possessive ("my predecessor's ban") is not the subject. Clauses with a
 * non-answer ("did not respond") are not read. Each topic match is then read from the cues of
 * its clause (a colon after a short label opening the sentence, "Cash bail: ended ...", does not
 * split it): the topic's direction times the negations and action verbs before it (back to
 * the previous topic of the same demand, or of any demand when a verb stands between; of verbs
 * joined by "and" or "or" only the later counts), or a passive verb after it, or an evaluation
 * that ends the subject ("... is a valuable tool"), anywhere in the predicate when the topic
 * opens its clause ("Releasing the footage before a trial would be unfair ..."); a verb after the topic whose object is
 * "nobody" or "nothing" is such an evaluation, against its own direction ("... protects
 * nobody"). Cues after a topic stop at a contrast
 * ("rather than") and belong to a topic of the same demand that follows closely ("... cases
 * are best handled internally"). A bare negation does not reach into a "that" clause. Inside
 * an indirect question ("asked whether she would ...") only a hedge takes a position. A hedge
 * anywhere in the sentence, or a sentence-initial condition, makes the reading MIXED, except
 * that a demand's own narrowing hedges leave an opposition standing and a narrow exception
 * leaves a support standing. A bare mention of the reform counts as a weak support. A question
 * is read but not counted; a bare "Yes." or "No." opening the next sentence takes its reading,
 * or its opposite, and a hedge in that sentence makes it MIXED. In a sentence, a reading without a verb does
 * not outweigh one with a verb unless a contrastive break ("but") stands between their clauses.
 * Per demand, support and opposition together, or any MIXED reading, give MIXED.
 */
final class StanceReader {
  static final int MAX_EVIDENCE = 4;
  private static final int MAX_RIVALS = 8;
  private static final int WINDOW_BEFORE = 15;
  private static final int WINDOW_AFTER = 6;
  /** Words that may come before a topic that is the subject: a gerund ("Ending cash bail"). */
  private static final int SUBJECT_REACH = 1;
  /** Negations that can be the object of a verb: "protects nobody", "helps no one". */
  private static final java.util.Set<String> NEGATIVE_OBJECTS =
      java.util.Set.of("nobody", "no one", "nothing", "none", "not one");

  private static final int NONE = 0;
  private static final int WEAK = 1;
  private static final int SUPPORT = 2;
  private static final int OPPOSE = 3;
  private static final int MIXED = 4;

  private final CompiledRules rules;
  private final boolean[] activeDemand;
  private final Tokenizer tokenizer;
  private final int maxSentenceChars;

  // matches of the current sentence
  private int[] mPattern = new int[64];
  private int[] mStart = new int[64];
  private int[] mEnd = new int[64];
  private boolean[] mDropped = new boolean[64];
  /** Per match: the kind as read in this sentence (a negated "consider" acts as a verb). */
  private int[] mKind = new int[64];
  private int mCount;
  private int[] clauseOf = new int[64];
  private boolean[] clauseFirstPerson = new boolean[64];

  private boolean[] clauseOther = new boolean[64];
  private boolean[] clauseNonAnswer = new boolean[64];
  private boolean[] clauseContrast = new boolean[64];
  private int[] clauseStart = new int[64];
  private String currentText = "";

  // context carried between sentences
  private boolean[] currentContext;
  private boolean[] previousContext;
  private final List<String> rivals = new ArrayList<>();

  // per sentence and per topic reading
  private boolean rivalSpeaks;
  private boolean lastHadAction;
  /** -1 when the sentence is under an odd number of "there is no ..." negations. */
  private int sentenceNegs = 1;

  // the readings of the last sentence when it was a question, for a yes or no answer
  private final int[] questionReading;
  /** Per demand, the topic pattern of this sentence's bare mention, or -1. */
  private final int[] weakTopic;
  private boolean questionPending;
  // the last topic pattern of the previous sentence, for "it" at the start of this one
  private int lastTopic = -1;

  // per demand tallies
  private final int[][] counts;
  /** Evidence sentences kept so far, per demand and stance ordinal. */
  private final int[][] keptPerStance;
  private final TokenAutomaton.MatchSink matchSink = this::addMatch;
  private final StringBuilder cueA = new StringBuilder();
  private final StringBuilder cueB = new StringBuilder();
  private final List<List<Kept>> evidence;

  /** An evidence sentence and whether it came from a bare mention (a weak reading). */
  private record Kept(Evidence evidence, boolean weak) {}

  StanceReader(CompiledRules rules, boolean[] activeDemand, int maxSentenceChars) {
    this.rules = rules;
    this.activeDemand = activeDemand;
    this.tokenizer = new Tokenizer(rules.table);
    this.maxSentenceChars = maxSentenceChars;
    int n = rules.demands.size();
    this.counts = new int[n][5];
    this.keptPerStance = new int[n][Stance.values().length];
    this.questionReading = new int[n];
    this.weakTopic = new int[n];
    this.currentContext = new boolean[rules.groupNeedsContext.length];
    this.previousContext = new boolean[rules.groupNeedsContext.length];
    this.evidence = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      evidence.add(List.of()); // replaced by a list with the first evidence kept
    }
  }

  /** Reads the whole text. */
  void read(String text) {
    SentenceSplitter sentences = new SentenceSplitter(text, maxSentenceChars);
    while (sentences.next()) {
      // a question states no position, but it sets the context of the answer that follows
      boolean question = text.charAt(sentences.end - 1) == '?';
      readSentence(text, sentences.start, sentences.end, question);
    }
  }

  private void readSentence(String text, int from, int to, boolean question) {
    currentText = text;
    tokenizer.tokenize(text, from, to);
    int tokens = tokenizer.count;
    mCount = 0;
    rules.automaton.scan(tokenizer.ids, tokens, matchSink);
    boolean[] recycled = previousContext;
    previousContext = currentContext;
    currentContext = recycled;
    Arrays.fill(currentContext, false);
    for (int i = 0; i < mCount; i++) {
      if (rules.kind[mPattern[i]] == CompiledRules.CONTEXT) {
        currentContext[rules.group[mPattern[i]]] = true;
      }
    }
    // now previousContext holds the last sentence's context groups
    boolean answering = questionPending && !question;
    questionPending = false;
    int antecedent = lastTopic;
    lastTopic = lastTopicPattern();
    if (mCount == 0) {
      return;
    }
    noteRivals(text);
    int answer = answering ? answerSign() : 0;
    boolean anyTopic = false;
    for (int i = 0; i < mCount; i++) {
      int p = mPattern[i];
      if (rules.kind[p] == CompiledRules.TOPIC && activeDemand[rules.demand[p]]) {
        anyTopic = true;
        break;
      }
    }
    if (!anyTopic && !answering && (antecedent < 0 || !tokenBetween(rules.itId, 0, tokenizer.count))) {
      return; // nothing to read: no topic, no answer, no pronoun standing for the last topic
    }
    if (question) {
      Arrays.fill(questionReading, NONE);
    }
    dropContained();
    mergeCompounds();
    resolvePronouns(antecedent);
    settleTentatives();
    // clauses
    if (clauseOf.length < tokens) {
      clauseOf = new int[Math.max(tokens, clauseOf.length * 2)];
    }
    // count the clause breaks starting at each token, then number clauses by a running sum
    Arrays.fill(clauseOf, 0, tokens, 0);
    for (int i = 0; i < mCount; i++) {
      int k = rules.kind[mPattern[i]];
      if (!mDropped[i]
          && (k == CompiledRules.CLAUSE_BREAK || k == CompiledRules.CONTRAST_BREAK)
          && !labelColon(i) && !listColon(i)) {
        clauseOf[mStart[i]]++;
      }
    }
    int clause = 0;
    for (int t = 0; t < tokens; t++) {
      clause += clauseOf[t];
      clauseOf[t] = clause;
    }
    int clauses = clause + 1;
    if (clauseFirstPerson.length < clauses) {
      clauseFirstPerson = new boolean[clauses * 2];
      clauseOther = new boolean[clauses * 2];
      clauseNonAnswer = new boolean[clauses * 2];
      clauseContrast = new boolean[clauses * 2];
      clauseStart = new int[clauses * 2];
    }
    Arrays.fill(clauseFirstPerson, 0, clauses, false);
    Arrays.fill(clauseOther, 0, clauses, false);
    Arrays.fill(clauseNonAnswer, 0, clauses, false);
    Arrays.fill(clauseContrast, 0, clauses, false);
    for (int t = tokens - 1; t >= 0; t--) {
      clauseStart[clauseOf[t]] = t;
    }
    boolean source = false;
    boolean verb = false;
    boolean condition = false;
    sentenceNegs = 1;
    for (int i = 0; i < mCount; i++) {
      if (mDropped[i]) {
        continue;
      }
      int k = mKind[i];
      if (k == CompiledRules.FIRST_PERSON) {
        clauseFirstPerson[clauseOf[mStart[i]]] = true;
      } else if (k == CompiledRules.ATTR_SOURCE) {
        source |= !insideNominalCall(i);
      } else if (k == CompiledRules.ATTR_VERB) {
        verb |= nominalCallAction(i) < 0;
      } else if (k == CompiledRules.NON_ANSWER) {
        clauseNonAnswer[clauseOf[mStart[i]]] = true;
      } else if (k == CompiledRules.CONTRAST_BREAK) {
        clauseContrast[clauseOf[mStart[i]]] = true;
      } else if (k == CompiledRules.THIRD_PARTY) {
        // another actor as the subject of its clause: "the current D.A. ordered ...", but not
        // as the owner of it: "my predecessor's ban on chokeholds ..."
        int c = clauseOf[mStart[i]];
        if (mStart[i] - clauseStart[c] <= 2 && !possessive(text, mEnd[i] - 1)) {
          clauseOther[c] = true;
        }
      } else if (k == CompiledRules.SENTENCE_NEG) {
        sentenceNegs = -sentenceNegs;
      } else if (k == CompiledRules.CONDITION && mStart[i] == 0) {
        condition = true;
      }
    }
    boolean attributed = source && verb;
    rivalSpeaks = false;
    if (!rivals.isEmpty()) {
      for (int t = 0; t < tokens; t++) {
        if (isRival(text, t)) {
          if (t - clauseStart[clauseOf[t]] <= 1) {
            clauseOther[clauseOf[t]] = true; // "Banks has pledged to ..."
          }
          rivalSpeaks |= verb && besideSpeechVerb(t); // "... cash bail," Banks said.
        }
      }
    }

    boolean strongSeen = false;
    Arrays.fill(weakTopic, -1);
    for (int d = 0; d < rules.demands.size(); d++) {
      if (!activeDemand[d]) {
        continue;
      }
      int reading = NONE;
      int readingTopic = -1;
      boolean readingActed = false;
      int readingClause = -1;
      StringBuilder cue = null;
      for (int i = 0; i < mCount; i++) {
        int p = mPattern[i];
        if (mDropped[i] || rules.kind[p] != CompiledRules.TOPIC || rules.demand[p] != d) {
          continue;
        }
        int c = clauseOf[mStart[i]];
        if (skipped(c, attributed) || clauseNonAnswer[c]) {
          continue;
        }
        if (rules.groupNeedsContext[rules.group[p]] && !hasContext(rules.group[p])) {
          continue;
        }
        // two reused buffers: the cue of the reading so far, and this topic's
        StringBuilder why = cue == cueA ? cueB : cueA;
        why.setLength(0);
        int r = readTopic(i, d, c, condition, attributed, why);
        boolean acted = lastHadAction;
        if (r == NONE) {
          continue;
        }
        if (reading == NONE || reading == WEAK || (acted && !readingActed && r != WEAK)) {
          if (r != WEAK || reading == NONE) {
            reading = r;
            readingTopic = p;
            cue = why;
            readingActed = acted;
            readingClause = c;
          }
        } else if (r != WEAK && r != reading
            && (acted || !readingActed || contrasted(c, readingClause))) {
          // a reading without a verb does not outweigh one with a verb, but a clause set
          // against it ("..., but plea data could compromise cases") splits the stance
          reading = MIXED;
          cue = why.length() > 0 ? why : cue;
        }
      }
      if (question) {
        questionReading[d] = reading;
        questionPending |= reading == SUPPORT || reading == OPPOSE || reading == MIXED;
        continue;
      }
      if (answering && (reading == NONE || reading == WEAK)) {
        // "Q: Should chokeholds be banned? A: Yes." takes the question's reading; "A: Not as
        // a blanket rule." hedges on it
        int q = questionReading[d];
        boolean hedged = answerHedged(d);
        if ((q == SUPPORT || q == OPPOSE || q == MIXED) && (answer != 0 || hedged)) {
          reading = hedged || q == MIXED ? MIXED : answer > 0 ? q : q == SUPPORT ? OPPOSE : SUPPORT;
          StringBuilder said = cue == cueA ? cueB : cueA;
          said.setLength(0);
          cue = said.append(answer > 0 ? "yes" : answer < 0 ? "no" : "answer")
              .append(hedged ? ", hedged" : "");
        }
      }
      if (reading == WEAK) {
        weakTopic[d] = readingTopic; // counted below unless another demand is read here
      } else if (reading != NONE) {
        strongSeen = true;
        counts[d][reading]++;
        keepEvidence(d, text, from, to, reading, cue == null ? "" : cue);
      }
    }
    // a bare mention in a sentence about another demand is a stray word: "the dashboard shows
    // charges filed and diversion completions"
    for (int d = 0; d < weakTopic.length && !strongSeen; d++) {
      if (weakTopic[d] >= 0) {
        counts[d][WEAK]++;
        keepEvidence(d, text, from, to, WEAK, rules.phrase[weakTopic[d]]);
      }
    }
  }

  /**
   * +1 when the sentence opens with a yes ("Yes.", "A: Absolutely"), -1 with a no, else 0. A
   * speaker label before a colon may come first.
   */
  private int answerSign() {
    int sign = 0;
    int longest = 0;
    for (int i = 0; i < mCount; i++) {
      int k = rules.kind[mPattern[i]];
      if (k != CompiledRules.ANSWER_YES && k != CompiledRules.ANSWER_NO) {
        continue;
      }
      int s = mStart[i];
      boolean opens = s == 0 || (s <= 3 && tokenizer.ids[s - 1] == rules.colonId);
      // the answer word stands alone: "No." or "Yes, ...", not "No one ..."
      int after = tokenizer.ends[mEnd[i] - 1];
      boolean alone = after >= currentText.length()
          || ".,!;:".indexOf(currentText.charAt(after)) >= 0;
      if (opens && alone && mEnd[i] - s > longest) {
        longest = mEnd[i] - s;
        sign = k == CompiledRules.ANSWER_YES ? 1 : -1;
      }
    }
    return sign;
  }

  /** Whether the answer sentence hedges on demand d: "Yes, in part." */
  private boolean answerHedged(int d) {
    for (int i = 0; i < mCount; i++) {
      int q = mPattern[i];
      if (!mDropped[i] && mKind[i] == CompiledRules.HEDGE
          && (rules.demand[q] == -1 || rules.demand[q] == d)
          && !rules.ignoredHedge[d][q]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The pattern of the first topic match of an active demand with a direction, or -1: the head
   * of a noun phrase comes before its modifiers ("your diversion policy for shoplifting").
   */
  private int lastTopicPattern() {
    int best = -1;
    for (int i = 0; i < mCount; i++) {
      int p = mPattern[i];
      if (rules.kind[p] == CompiledRules.TOPIC && activeDemand[rules.demand[p]]
          && rules.sign[p] != 0 && (best < 0 || mStart[i] < mStart[best]
              || (mStart[i] == mStart[best] && mEnd[i] > mEnd[best]))) {
        best = i;
      }
    }
    return best < 0 ? -1 : mPattern[best];
  }

  /**
   * An object "it" right after a verb stands for the first topic before it in the sentence, or
   * for the first topic of the previous sentence: "I'd end bail for traffic cases, but I oppose
   * eliminating it altogether." It becomes a match of that topic. The official must speak
   * before it, or the verb be a commitment ("will keep asking for it"), as "the evidence
   * supports it" is no stance; and a content word after the pronoun
   * ("make it happen") means it stands for no topic.
   */
  private void resolvePronouns(int antecedent) {
    int n = mCount;
    for (int t = 1; t < tokenizer.count; t++) {
      if (tokenizer.ids[t] != rules.itId
          || (t + 1 < tokenizer.count && !rules.afterPronoun(tokenizer.ids[t + 1]))) {
        continue;
      }
      boolean object = false;
      boolean speaker = false;
      int topic = antecedent;
      int topicEnd = -1;
      for (int i = 0; i < n; i++) {
        if (mDropped[i]) {
          continue;
        }
        int p = mPattern[i];
        int k = rules.kind[p];
        if ((k == CompiledRules.ACTION || k == CompiledRules.TENTATIVE) && mEnd[i] == t) {
          object = true;
        } else if (k == CompiledRules.FIRST_PERSON && mEnd[i] <= t) {
          speaker = true;
        } else if (k == CompiledRules.TOPIC && mEnd[i] <= t && topicEnd < 0
            && activeDemand[rules.demand[p]] && rules.sign[p] != 0) {
          topic = p; // the first topic of the sentence; matches come in order of their end
          topicEnd = mEnd[i];
        }
      }
      // a commitment ("will keep asking for it") also speaks for the official
      speaker |= tokenBetween(rules.willId, t - 4, t) || tokenBetween(rules.wouldId, t - 4, t);
      if (object && speaker && topic >= 0) {
        addMatch(topic, t + 1);
        mStart[mCount - 1] = t;
      }
    }
  }

  /**
   * Two adjacent topics of one demand are one noun phrase ("plea numbers"): the last word is
   * its head, so the first match is dropped. Of two overlapping ones ("zero bail schedule") the
   * first carries the direction, so the second is dropped.
   */
  private void mergeCompounds() {
    for (int i = 0; i < mCount; i++) {
      if (mDropped[i] || mKind[i] != CompiledRules.TOPIC) {
        continue;
      }
      for (int j = 0; j < mCount; j++) {
        if (j == i || mDropped[j] || mKind[j] != CompiledRules.TOPIC
            || rules.demand[mPattern[j]] != rules.demand[mPattern[i]]) {
          continue;
        }
        if (mStart[j] == mEnd[i]) {
          mDropped[i] = true;
          break;
        }
        if (mStart[j] > mStart[i] && mStart[j] < mEnd[i] && mEnd[j] > mEnd[i]) {
          mDropped[j] = true; // overlapping: "zero bail schedule" takes the first's direction
        }
      }
    }
  }

  /**
   * A hedge of intent is firm when negated: "I would not consider ..." rejects, "I will
   * consider ..." hedges. A negation at most one word before it makes it a verb for its object.
   */
  private void settleTentatives() {
    for (int i = 0; i < mCount; i++) {
      if (mDropped[i] || mKind[i] != CompiledRules.TENTATIVE) {
        continue;
      }
      boolean negated = false;
      for (int j = 0; j < mCount && !negated; j++) {
        negated = !mDropped[j] && mKind[j] == CompiledRules.NEG && mEnd[j] <= mStart[i]
            && mStart[i] - mEnd[j] <= 1;
      }
      mKind[i] = negated ? CompiledRules.ACTION : CompiledRules.HEDGE;
    }
  }

  /**
   * For a reporting word used as a noun after a verb of the official ("rejected calls from
   * the coalition", "dismissed his challenger's call to ..."): the match index of that verb,
   * else -1. Such a word does not report speech.
   */
  private int nominalCallAction(int verb) {
    for (int j = 0; j < mCount; j++) {
      if (!mDropped[j] && mKind[j] == CompiledRules.ACTION && mEnd[j] <= mStart[verb]
          && mStart[verb] - mEnd[j] <= 3 && !punctuationBetween(mEnd[j], mStart[verb])) {
        return j;
      }
    }
    return -1;
  }

  private boolean punctuationBetween(int fromToken, int toToken) {
    for (int t = fromToken; t < toToken; t++) {
      int id = tokenizer.ids[t];
      if (id == rules.commaId || id == rules.semicolonId || id == rules.colonId) {
        return true;
      }
    }
    return false;
  }

  /** Whether a source names the owner of a nominal call: "his challenger's call to ...". */
  private boolean insideNominalCall(int source) {
    for (int i = 0; i < mCount; i++) {
      if (mDropped[i] || mKind[i] != CompiledRules.ATTR_VERB || mStart[i] < mEnd[source]) {
        continue;
      }
      int j = nominalCallAction(i);
      if (j >= 0 && mEnd[j] <= mStart[source]) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token ends in a possessive 's. */
  private boolean possessive(String text, int token) {
    int end = tokenizer.ends[token];
    char a = text.charAt(end - 2);
    return end - tokenizer.starts[token] > 2 && text.charAt(end - 1) == 's'
        && (a == '\'' || a == '\u2019');
  }

  private int readTopic(int t, int d, int clause, boolean condition, boolean attributed,
      StringBuilder why) {
    int p = mPattern[t];
    int topicSign = rules.sign[p];
    // cue products, before and after the topic
    int beforeNegs = 1;
    int beforeActions = 1;
    int beforeEvals = 0; // evaluations add up: two negative words are not a positive
    int afterNegs = 1;
    int afterActions = 1;
    int afterEvals = 0;
    boolean anyBeforeAction = false;
    boolean anyBeforeEval = false;
    boolean anyBeforeNeg = false;
    boolean anyAfterAction = false;
    boolean anyAfterEval = false;
    boolean hedge = false;
    boolean exception = false;
    boolean narrowing = false;
    boolean broad = false; // a hedge that is not the demand's own narrowing
    boolean asked = false;
    int nearestNegEnd = -1;
    int cueFrom = Integer.MAX_VALUE;
    int cueTo = -1;
    int floor = previousTopicEnd(t, d);
    int afterLimit = contrastAfter(t, clause);
    int afterFrom = predicateStart(t, clause);
    // a topic that opens its clause is its subject: an evaluation anywhere in the predicate
    // judges it ("Ending cash bail would, in the end, strip judges of an important tool")
    boolean subject = mStart[t] - clauseStart[clause] <= SUBJECT_REACH;
    for (int i = 0; i < mCount; i++) {
      if (mDropped[i] || i == t) {
        continue;
      }
      int q = mPattern[i];
      int k = mKind[i];
      int qd = rules.demand[q];
      if (qd != -1 && qd != d) {
        continue;
      }
      int qc = clauseOf[mStart[i]];
      // hedges qualify the whole sentence; other cues act within their clause
      if (k == CompiledRules.HEDGE && !rules.ignoredHedge[d][q]
          && (qc == clause || !skipped(qc, attributed))) {
        hedge = true;
        narrowing |= qd == d;
        broad |= qd != d && !demandHedgeAt(mStart[i], d);
        why.append(why.length() > 0 ? " " : "").append(rules.phrase[q]);
        continue;
      }
      if (qc != clause) {
        continue;
      }
      if (k == CompiledRules.EXCEPTION) {
        exception = true;
        continue;
      }
      if (k == CompiledRules.QUESTION_CUE) {
        asked |= mEnd[i] <= mStart[t];
        continue;
      }
      if (k == CompiledRules.CONTRAST) {
        k = CompiledRules.NEG; // before the topic; after it, it ends the scope (afterLimit)
      }
      if (k != CompiledRules.NEG && k != CompiledRules.ACTION && k != CompiledRules.EVAL) {
        continue;
      }
      boolean before = mEnd[i] <= mStart[t] && mStart[t] - mStart[i] <= WINDOW_BEFORE
          && mStart[i] >= floor;
      // past a following topic of the demand, only an evaluation of the whole subject counts
      boolean after = (afterFrom == mEnd[t] || k == CompiledRules.EVAL)
          && mStart[i] >= afterFrom
          && (mStart[i] - afterFrom < WINDOW_AFTER || subject && k == CompiledRules.EVAL)
          && mStart[i] < afterLimit;
      if (!before && !after) {
        continue;
      }
      if (after && k == CompiledRules.NEG
          && (!cueFollows(i, Math.min(afterLimit, afterFrom + WINDOW_AFTER), d)
              || negativeObject(i) && cueEndsAt(mStart[i]))) {
        continue;
      }
      if (qd == -1 && shadowedBySpecific(i, d)) {
        continue;
      }
      if (before && k == CompiledRules.ACTION && coordinatedWithNext(i)) {
        continue; // "dismissed or diverted": the later verb stands for both
      }
      if (before && k == CompiledRules.NEG) {
        nearestNegEnd = Math.max(nearestNegEnd, mEnd[i]);
      }
      cueFrom = Math.min(cueFrom, mStart[i]);
      cueTo = Math.max(cueTo, mEnd[i]);
      int sign = k == CompiledRules.NEG ? -1 : rules.sign[q];
      if (after && k != CompiledRules.NEG && negativeObjectAt(mEnd[i])) {
        // "... protects nobody", "... makes no one safer": the predicate denies the subject
        k = CompiledRules.EVAL;
        sign = -sign;
      }
      if (before) {
        switch (k) {
          case CompiledRules.NEG -> { beforeNegs *= sign; anyBeforeNeg = true; }
          case CompiledRules.ACTION -> { beforeActions *= sign; anyBeforeAction = true; }
          default -> { beforeEvals += sign; anyBeforeEval = true; }
        }
      } else {
        switch (k) {
          case CompiledRules.NEG -> afterNegs *= sign;
          case CompiledRules.ACTION -> { afterActions *= sign; anyAfterAction = true; }
          default -> { afterEvals += sign; anyAfterEval = true; }
        }
      }
    }
    if (anyBeforeNeg && !anyBeforeAction && !anyBeforeEval && !anyAfterAction && !anyAfterEval
        && tokenBetween(rules.thatId, nearestNegEnd, mStart[t])) {
      // a bare negation does not reach into a "that" clause: "I won't pretend that a camera
      // alone fixes trust"
      anyBeforeNeg = false;
      beforeNegs = 1;
    }
    if (anyBeforeAction && topicSign < 0 && afterFrom(t)) {
      // the practice after "from" is what the verb keeps someone away from: "protect families
      // from deportation", "move teenagers from adult jails"
      beforeActions = -1;
    }
    boolean anyAction = anyBeforeAction || anyAfterAction;
    lastHadAction = anyAction || hedge;
    if (topicSign == 0) {
      return NONE;
    }
    if (asked) {
      // "asked whether she would ban chokeholds": the verbs are the question's; only a
      // hedge in the answer takes a position
      lastHadAction = hedge;
      if (hedge) {
        why.insert(0, "asked; ");
      }
      return hedge ? MIXED : NONE;
    }
    if (cueTo >= 0) {
      // the surface words of the cue span, at most 6 tokens, before what is already there
      int last = Math.min(cueTo, cueFrom + 6) - 1;
      if (why.length() > 0) {
        why.insert(0, ' ');
      }
      why.insert(0, currentText, tokenizer.starts[cueFrom], tokenizer.ends[last]);
    } else if (why.length() == 0) {
      why.append(rules.phrase[p]);
    }
    // Which cues decide: an evaluation after the topic is the predicate of the subject it ends
    // ("X is a valuable tool"); else the verbs before it ("will not seek X"); else a passive verb after it ("X
    // will be charged"); else evaluations or a bare negation before it ("no X").
    boolean anyCue;
    int s;
    if (anyAfterEval) {
      // the evaluation judges the whole subject, verbs included: "the proposal to ban neck
      // restraints goes too far"
      anyCue = true;
      s = topicSign * sentenceNegs * beforeNegs * beforeActions * signum(afterEvals) * afterNegs;
    } else if (anyBeforeAction) {
      anyCue = true;
      s = topicSign * sentenceNegs * beforeNegs * beforeActions;
    } else if (anyAfterAction) {
      anyCue = true;
      s = topicSign * sentenceNegs * beforeNegs * afterNegs * afterActions;
    } else if (anyBeforeEval || anyBeforeNeg || sentenceNegs < 0) {
      anyCue = true;
      s = topicSign * sentenceNegs * beforeNegs * (anyBeforeEval ? signum(beforeEvals) : 1);
    } else {
      anyCue = false;
      s = topicSign;
    }
    if (hedge || condition) {
      if (condition && !hedge) {
        why.insert(0, "if ");
      }
      if (exception && s > 0) {
        return SUPPORT;
      }
      // a hedge that only narrows an opposition is still an opposition
      return anyCue && s < 0 && narrowing && !broad && !condition ? OPPOSE : MIXED;
    }
    if (!anyCue) {
      return topicSign > 0 ? WEAK : NONE;
    }
    if (s > 0) {
      return SUPPORT;
    }
    return exception ? NONE : OPPOSE;
  }

  /**
   * The end of the closest earlier topic match in the same clause that the verbs before topic
   * {@code t} cannot reach past, or 0: any topic of demand d, and a topic of another demand
   * when a verb stands between ("to ban neck restraints and to put a camera on ...") or when
   * no "and", "or" or comma joins them, as t then only modifies it ("we will not seek bail for
   * low-level offenses": the verb's object is the bail).
   */
  private int previousTopicEnd(int t, int d) {
    int floor = 0;
    for (int j = 0; j < mCount; j++) {
      int q = mPattern[j];
      if (j != t && !mDropped[j] && rules.kind[q] == CompiledRules.TOPIC
          && mEnd[j] <= mStart[t] && mEnd[j] > floor
          && clauseOf[mStart[j]] == clauseOf[mStart[t]] && activeDemand[rules.demand[q]]
          && (rules.demand[q] == d || actionBetween(mEnd[j], mStart[t])
              || !coordinatorBetween(mEnd[j], mStart[t]))) {
        floor = mEnd[j];
      }
    }
    return floor;
  }

  /** Whether a contrastive break ("but") opens the later of two different clauses. */
  private boolean contrasted(int c1, int c2) {
    return c1 >= 0 && c2 >= 0 && c1 != c2 && clauseContrast[Math.max(c1, c2)];
  }

  /**
   * Whether a colon closes a short label at the start of the sentence ("Cash bail: ended for
   * all nonviolent charges"), which names the topic of what follows rather than a new clause.
   */
  private boolean labelColon(int i) {
    return mEnd[i] - mStart[i] == 1 && mStart[i] <= 3
        && tokenizer.ids[mStart[i]] == rules.colonId;
  }

  /**
   * Whether a colon right after a verb opens the list of its objects ("we will decline to
   * prosecute: fare evasion, loitering, ..."), which is no new clause.
   */
  private boolean listColon(int i) {
    if (mEnd[i] - mStart[i] != 1 || tokenizer.ids[mStart[i]] != rules.colonId) {
      return false;
    }
    for (int j = 0; j < mCount; j++) {
      if (!mDropped[j] && mKind[j] == CompiledRules.ACTION && mEnd[j] == mStart[i]) {
        return true;
      }
    }
    return false;
  }

  /** Whether match i is a negation that can stand as an object: "nobody", "no one". */
  private boolean negativeObject(int i) {
    return NEGATIVE_OBJECTS.contains(rules.phrase[mPattern[i]]);
  }

  /** Whether a negation that can stand as an object starts at the token. */
  private boolean negativeObjectAt(int token) {
    for (int j = 0; j < mCount; j++) {
      if (!mDropped[j] && mKind[j] == CompiledRules.NEG && mStart[j] == token
          && negativeObject(j)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an action or evaluation ends right before the token. */
  private boolean cueEndsAt(int token) {
    for (int j = 0; j < mCount; j++) {
      if (!mDropped[j] && mEnd[j] == token
          && (mKind[j] == CompiledRules.ACTION || mKind[j] == CompiledRules.EVAL)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a hedge of demand d itself starts at the token ("when the facts ..."). */
  private boolean demandHedgeAt(int token, int d) {
    for (int j = 0; j < mCount; j++) {
      if (!mDropped[j] && mKind[j] == CompiledRules.HEDGE && mStart[j] == token
          && rules.demand[mPattern[j]] == d) {
        return true;
      }
    }
    return false;
  }

  /** Whether "and", "or" or a comma stands in the token range. */
  private boolean coordinatorBetween(int fromToken, int toToken) {
    for (int t = fromToken; t < toToken; t++) {
      int id = tokenizer.ids[t];
      if (id == rules.andId || id == rules.orId || id == rules.commaId) {
        return true;
      }
    }
    return false;
  }

  /** Whether "from" stands right before the topic, or one word before it ("from unjust ..."). */
  private boolean afterFrom(int t) {
    int s = mStart[t];
    return s >= 1 && tokenizer.ids[s - 1] == rules.fromId
        || s >= 2 && tokenizer.ids[s - 2] == rules.fromId;
  }

  /** Whether a shared verb (not a demand's own cue word) stands in the token range. */
  private boolean actionBetween(int fromToken, int toToken) {
    for (int i = 0; i < mCount; i++) {
      if (!mDropped[i] && mKind[i] == CompiledRules.ACTION && rules.demand[mPattern[i]] == -1
          && mStart[i] >= fromToken && mEnd[i] <= toToken) {
        return true;
      }
    }
    return false;
  }

  /** Whether action i is joined to the next action by a bare "and" or "or". */
  private boolean coordinatedWithNext(int i) {
    int link = mEnd[i];
    if (link >= tokenizer.count
        || (tokenizer.ids[link] != rules.andId && tokenizer.ids[link] != rules.orId)) {
      return false;
    }
    for (int j = 0; j < mCount; j++) {
      if (!mDropped[j] && mKind[j] == CompiledRules.ACTION && mStart[j] == link + 1) {
        return true;
      }
    }
    return false;
  }

  private boolean tokenBetween(int id, int fromToken, int toToken) {
    for (int t = Math.max(0, fromToken); t < toToken; t++) {
      if (tokenizer.ids[t] == id) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the cues after topic t stop counting for it: at the first contrast after it in its
   * clause ("... rather than the office that works with them").
   */
  private int contrastAfter(int t, int clause) {
    int limit = Integer.MAX_VALUE;
    for (int i = 0; i < mCount; i++) {
      if (!mDropped[i] && mKind[i] == CompiledRules.CONTRAST && mStart[i] >= mEnd[t]
          && clauseOf[mStart[i]] == clause) {
        limit = Math.min(limit, mStart[i]);
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
  private int predicateStart(int t, int clause) {
    int from = mEnd[t];
    int d = rules.demand[mPattern[t]];
    for (int i = 0; i < mCount; i++) {
      if (!mDropped[i] && i != t && mKind[i] == CompiledRules.TOPIC
          && rules.demand[mPattern[i]] == d && clauseOf[mStart[i]] == clause
          && mStart[i] >= mEnd[t] && mStart[i] - mEnd[t] < WINDOW_AFTER) {
        boolean modifier = !punctuationBetween(mEnd[t], mStart[i])
            && !tokenBetween(rules.thatId, mEnd[t], mStart[i]);
        from = Math.max(from, modifier ? mEnd[i] : Integer.MAX_VALUE / 2);
      }
    }
    return from;
  }

  /** Whether an action or evaluation cue for demand d starts after match i and before limit. */
  private boolean cueFollows(int i, int limit, int d) {
    for (int j = 0; j < mCount; j++) {
      int q = mPattern[j];
      int k = mKind[j];
      if (!mDropped[j] && (k == CompiledRules.ACTION || k == CompiledRules.EVAL)
          && (rules.demand[q] == -1 || rules.demand[q] == d)
          && mStart[j] >= mEnd[i] && mStart[j] < limit) {
        return true;
      }
    }
    return false;
  }

  private boolean shadowedBySpecific(int i, int d) {
    for (int j = 0; j < mCount; j++) {
      int q = mPattern[j];
      int k = mKind[j];
      if (!mDropped[j] && (k == CompiledRules.ACTION || k == CompiledRules.IGNORE
              || k == CompiledRules.EVAL) && rules.demand[q] == d
          && mStart[j] < mEnd[i] && mStart[i] < mEnd[j]) {
        return true;
      }
    }
    return false;
  }

  /** The sign of a sum of evaluations; a tie counts as positive, as no evaluation does. */
  private static int signum(int sum) {
    return sum < 0 ? -1 : 1;
  }

  /** Whether a clause speaks for someone other than the official. */
  private boolean skipped(int clause, boolean attributed) {
    return rivalSpeaks || (attributed || clauseOther[clause]) && !clauseFirstPerson[clause];
  }

  /**
   * Remembers the names that follow a rival cue ("faces former public defender Nia
   * Castellane", "a challenge from Theo Banks"): the last word of the first run of capitalised
   * words within six tokens. At most {@link #MAX_RIVALS} names are kept.
   */
  private void noteRivals(String text) {
    for (int i = 0; i < mCount; i++) {
      if (rules.kind[mPattern[i]] != CompiledRules.RIVAL_CUE || rivals.size() >= MAX_RIVALS) {
        continue;
      }
      int last = -1;
      for (int t = mEnd[i]; t < Math.min(tokenizer.count, mEnd[i] + 6); t++) {
        if (capitalised(text, t)) {
          last = t;
        } else if (last >= 0) {
          break;
        }
      }
      if (last >= 0) {
        String name = text.substring(tokenizer.starts[last], tokenizer.ends[last]);
        if (name.length() > 2) {
          rivals.add(name);
        }
      }
    }
  }

  /** Whether a reporting verb stands right after the token ("Banks said") or before it. */
  private boolean besideSpeechVerb(int token) {
    for (int i = 0; i < mCount; i++) {
      if (rules.kind[mPattern[i]] == CompiledRules.ATTR_VERB
          && ((mStart[i] > token && mStart[i] <= token + 2) || mEnd[i] == token)) {
        return true;
      }
    }
    return false;
  }

  private boolean capitalised(String text, int token) {
    char c = text.charAt(tokenizer.starts[token]);
    return Character.isUpperCase(c) && tokenizer.ends[token] - tokenizer.starts[token] > 1;
  }

  private boolean isRival(String text, int token) {
    if (!capitalised(text, token)) {
      return false;
    }
    int start = tokenizer.starts[token];
    int len = tokenizer.ends[token] - start;
    for (String name : rivals) {
      if (name.length() == len && text.regionMatches(start, name, 0, len)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a context phrase of the group is in this sentence or the one before. */
  private boolean hasContext(int group) {
    return currentContext[group] || previousContext[group];
  }

  /** Drops matches inside a longer match of the same kind and demand, and cues inside topics. */
  private void dropContained() {
    for (int i = 0; i < mCount; i++) {
      int pi = mPattern[i];
      // matches arrive in order of their end: one containing i ends at or after i's end and
      // no later than i's start plus the longest pattern
      int from = i;
      while (from > 0 && mEnd[from - 1] == mEnd[i]) {
        from--;
      }
      int lastEnd = mStart[i] + rules.maxLength;
      for (int j = from; j < mCount && mEnd[j] <= lastEnd && !mDropped[i]; j++) {
        if (i == j) {
          continue;
        }
        int pj = mPattern[j];
        boolean contains = mStart[j] <= mStart[i] && mEnd[i] <= mEnd[j]
            && (mEnd[j] - mStart[j]) > (mEnd[i] - mStart[i]);
        if (!contains) {
          continue;
        }
        int ki = rules.kind[pi];
        int kj = rules.kind[pj];
        boolean sameKind = ki == kj && rules.demand[pi] == rules.demand[pj];
        // a word of any demand's topic is no cue: "charges filed" on a dashboard
        boolean cueInTopic = kj == CompiledRules.TOPIC && ki != CompiledRules.TOPIC
            && ki != CompiledRules.CONTEXT;
        boolean cueInCue = ki <= CompiledRules.EVAL && kj <= CompiledRules.EVAL;
        boolean ignored = kj == CompiledRules.IGNORE || kj == CompiledRules.SENTENCE_NEG;
        // a word of an actor's name is no cue: "the Fraternal Order of Police"
        boolean cueInActor = ki <= CompiledRules.EVAL
            && (kj == CompiledRules.ATTR_SOURCE || kj == CompiledRules.THIRD_PARTY);
        if (sameKind || cueInTopic || cueInCue || ignored || cueInActor) {
          mDropped[i] = true;
        }
      }
    }
  }

  private void addMatch(int pattern, int endToken) {
    if (mCount == mPattern.length) {
      int n = mCount * 2;
      mPattern = Arrays.copyOf(mPattern, n);
      mStart = Arrays.copyOf(mStart, n);
      mEnd = Arrays.copyOf(mEnd, n);
      mDropped = Arrays.copyOf(mDropped, n);
      mKind = Arrays.copyOf(mKind, n);
    }
    mPattern[mCount] = pattern;
    mKind[mCount] = rules.kind[pattern];
    mStart[mCount] = endToken - rules.length[pattern];
    mEnd[mCount] = endToken;
    mDropped[mCount] = false;
    mCount++;
  }

  private void keepEvidence(int d, String text, int from, int to, int reading,
      CharSequence cue) {
    Stance stance = stanceOf(reading);
    if (keptPerStance[d][stance.ordinal()]++ >= MAX_EVIDENCE) {
      return; // strings are made only for the evidence kept
    }
    if (evidence.get(d).isEmpty()) {
      evidence.set(d, new ArrayList<>());
    }
    evidence.get(d).add(new Kept(
        new Evidence(text.substring(from, to), from, to, cue.toString(), stance),
        reading == WEAK));
  }

  private static Stance stanceOf(int reading) {
    return switch (reading) {
      case SUPPORT, WEAK -> Stance.SUPPORTS;
      case OPPOSE -> Stance.OPPOSES;
      case MIXED -> Stance.MIXED;
      default -> Stance.NOT_MENTIONED;
    };
  }

  /** The assessment of demand {@code d} after {@link #read}. */
  Assessment assessment(int d) {
    Demand demand = rules.demands.get(d);
    int[] c = counts[d];
    int s = c[SUPPORT];
    int o = c[OPPOSE];
    int m = c[MIXED];
    int w = c[WEAK];
    Stance stance;
    double strength;
    if ((s > 0 && o > 0) || m > 0) {
      stance = Stance.MIXED;
      strength = Math.min(1.0, 0.4 + 0.1 * (s + o + m));
    } else if (s > 0) {
      stance = Stance.SUPPORTS;
      strength = Math.min(1.0, 0.6 + 0.1 * (s - 1));
    } else if (o > 0) {
      stance = Stance.OPPOSES;
      strength = Math.min(1.0, 0.6 + 0.1 * (o - 1));
    } else if (w > 0) {
      stance = Stance.SUPPORTS;
      strength = 0.3;
    } else {
      return Assessment.notMentioned(demand);
    }
    boolean strong = s + o + m > 0;
    List<Evidence> chosen = new ArrayList<>();
    for (Kept k : evidence.get(d)) {
      if (!(strong && k.weak())) {
        chosen.add(k.evidence());
      }
    }
    Stance finalStance = stance;
    chosen.sort(Comparator.comparingInt((Evidence e) -> e.stance() == finalStance ? 0 : 1)
        .thenComparingInt(Evidence::start));
    if (chosen.size() > MAX_EVIDENCE) {
      chosen = chosen.subList(0, MAX_EVIDENCE);
    }
    return new Assessment(demand, stance, Math.round(strength * 100) / 100.0, chosen);
  }
}
