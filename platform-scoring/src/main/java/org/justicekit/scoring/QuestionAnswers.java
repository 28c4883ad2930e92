package org.justicekit.scoring;

import java.util.Arrays;
import java.util.Set;

/**
 * Questionnaire answers: a question states no position, but a bare "Yes." or "No." opening
 * the next sentence takes the question's reading or its opposite ("Will you end cash bail?
 * Yes." supports), and a hedge in that sentence makes it MIXED ("Yes, in part."). An answer
 * that names no topic of its own speaks of the question's: its verb or evaluation is read
 * against the question's topic ("What about cash bail? It stays." opposes; "Would you keep the
 * ban on chokeholds? Keep it and enforce it." supports), for up to {@link #ANSWER_SENTENCES}
 * sentences. Two stages share the memory of the last question: {@link Opening} early in the
 * chain and {@link Carry} after the topics are read.
 */
final class QuestionAnswers {
  /** How many sentences after a question may speak of its topic without naming it. */
  static final int ANSWER_SENTENCES = 2;
  /**
   * Verbs of attitude, which take the question's whole proposition as their object when the
   * answer names none ("Would you ban chokeholds? Oppose." opposes the ban): fixed English
   * words, compared with the rules' verb phrases as written. Any other verb takes the
   * question's topic ("Would you ban chokeholds? I'd keep them." opposes).
   */
  static final Set<String> ATTITUDES = Set.of("support", "supports",
      "oppose", "opposed", "favor", "endorse", "reject", "i am against", "i'm against",
      "stand against", "embrace", "champion", "stand behind", "stand by", "sign", "veto",
      "pass", "enact");

  private final CompiledRules rules;
  /** Per demand: the reading of the last question. */
  private final Reading[] questionReading;
  /** Per demand: the direction of the last question's topic (+1 reform, -1 status quo), or 0. */
  private final int[] questionObject;
  /** Whether the last sentence was a question that took a position on some demand. */
  private boolean pending;
  /** How many more sentences may speak of the last question's topic without naming it. */
  private int implicitLeft;

  QuestionAnswers(CompiledRules rules) {
    this.rules = rules;
    this.questionReading = new Reading[rules.demands.size()];
    this.questionObject = new int[rules.demands.size()];
    Arrays.fill(questionReading, Reading.NONE);
  }

  /**
   * The stage that decides whether a sentence answers the question before it (the first
   * sentence after it, or a later one of {@link #ANSWER_SENTENCES} that names no topic), and
   * whether it opens with a yes ("Yes.", "A: Absolutely", "In misdemeanors, yes.") or a no.
   * A speaker label before a colon may
   * come first; the answer word must stand alone ("No one ..." is no answer).
   */
  final class Opening implements SentenceStage {
    @Override
    public boolean process(Sentence s) {
      s.implicitTopic = implicitLeft > 0 && !s.question && !s.namesActiveTopic();
      implicitLeft = s.implicitTopic ? implicitLeft - 1 : 0;
      // the answer's first sentence, or a later one that still names no topic of its own
      // ("In misdemeanors, yes. In felonies, not yet.")
      s.answering = (pending || s.implicitTopic) && !s.question;
      s.firstAnswer = pending && !s.question;
      pending = false;
      if (s.answering) {
        s.answer = answerSign(s);
      }
      return true;
    }

    private int answerSign(Sentence s) {
      int sign = 0;
      int longest = 0;
      for (int i = 0; i < s.matches; i++) {
        RuleKind k = rules.kind[s.pattern[i]];
        if (k != RuleKind.ANSWER_YES && k != RuleKind.ANSWER_NO) {
          continue;
        }
        int st = s.start[i];
        // first, after a speaker label ("A: Yes"), or after a short scope ("In misdemeanors,
        // yes.")
        boolean opens = st == 0 || (st <= 3 && s.ids[st - 1] == rules.colonId)
            || (st <= 4 && s.ids[st - 1] == rules.commaId);
        int after = s.ends[s.end[i] - 1];
        boolean alone = after >= s.text.length() || ".,!;:".indexOf(s.text.charAt(after)) >= 0;
        if (opens && alone && s.end[i] - st > longest) {
          longest = s.end[i] - st;
          sign = k == RuleKind.ANSWER_YES ? 1 : -1;
        }
      }
      return sign;
    }
  }

  /**
   * The stage that carries a question's reading into its answer. In a question, each demand's
   * reading is remembered and then cleared (a question is not counted). In the answer, a
   * demand the answer does not read itself takes the question's reading when the answer opens
   * with yes, its opposite with no, and MIXED when the answer hedges: "Should cash bail end?
   * No, not as a blanket rule." is MIXED.
   */
  final class Carry implements SentenceStage {
    @Override
    public boolean process(Sentence s) {
      for (int d = 0; d < s.reading.length; d++) {
        if (!s.active[d]) {
          continue;
        }
        Reading reading = s.reading[d];
        if (s.question) {
          questionReading[d] = reading;
          pending |= reading.firm();
          questionObject[d] = object(s, d);
          if (questionObject[d] != 0) {
            implicitLeft = ANSWER_SENTENCES;
          }
          s.reading[d] = Reading.NONE;
          continue;
        }
        if (s.implicitTopic && s.answer == 0 && questionObject[d] != 0
            && (reading == Reading.NONE || reading == Reading.WEAK)) {
          Reading implicit = implicit(s, d);
          if (implicit != Reading.NONE) {
            s.reading[d] = implicit;
            continue;
          }
        }
        if (s.answering && (reading == Reading.NONE || reading == Reading.WEAK)) {
          Reading q = questionReading[d];
          boolean hedged = hedged(s, d);
          // a hedge alone answers only in the first sentence ("Should cash bail end? Not as a
          // blanket rule.")
          if (q.firm() && (s.answer != 0 || hedged && s.firstAnswer)) {
            s.reading[d] = hedged || q == Reading.MIXED ? Reading.MIXED
                : s.answer > 0 ? q : q == Reading.SUPPORT ? Reading.OPPOSE : Reading.SUPPORT;
            s.cue[d].setLength(0);
            s.cue[d].append(s.answer > 0 ? "yes" : s.answer < 0 ? "no" : "answer")
                .append(hedged ? ", hedged" : "");
          }
        }
      }
      return true;
    }

    /**
     * The direction of the question's first topic of demand d, as the object an answer's verb
     * acts on: the topic's polarity, turned when a verb against it is a noun naming the reform
     * ("a ban on chokeholds", "the chokehold ban"); 0 when the question has no such topic.
     */
    private int object(Sentence s, int d) {
      for (int i = 0; i < s.matches; i++) {
        int p = s.pattern[i];
        if (s.dropped[i] || rules.kind[p] != RuleKind.TOPIC || rules.demand[p] != d
            || rules.sign[p] == 0 || s.skipped(s.clauseOf[s.start[i]])) {
          continue;
        }
        int sign = rules.sign[p];
        for (int j = 0; j < s.matches; j++) {
          if (s.dropped[j] || s.kind[j] != RuleKind.ACTION || rules.sign[s.pattern[j]] > 0) {
            continue;
          }
          boolean before = (s.end[j] == s.start[i]
              || s.end[j] == s.start[i] - 1 && rules.ofLinker(s.ids[s.end[j]]))
              && (s.start[j] == 0 || rules.determiner(s.ids[s.start[j] - 1]));
          if (before || s.start[j] == s.end[i]) {
            sign = -sign;
            break;
          }
        }
        return sign;
      }
      return 0;
    }

    /**
     * The reading of an answer that names no topic, against the question's topic of demand d.
     * Two forms speak of it: a verb of the official (opening the answer, or in a clause where
     * the official speaks) whose object is a pronoun or nothing ("I'd keep it.", "Oppose."),
     * with the negations before it in its clause; and a pronoun subject opening the answer
     * with an evaluation right after it ("It works.", "That's unjust.", "It stays."). The verb
     * or evaluation times the topic's direction, or times the question's own reading for a verb
     * of attitude; a hedge makes it MIXED. A verb with an object of its own ("we need a
     * separate rule") or a predicate that says something else ("It was my first order") is no
     * answer here.
     */
    private Reading implicit(Sentence s, int d) {
      int cue = -1;
      int negs = 1;
      int sign = 0;
      int first = opening(s);
      for (int i = 0; i < s.matches && cue < 0; i++) {
        int q = s.pattern[i];
        int qd = rules.demand[q];
        if (s.dropped[i] || qd != -1 && qd != d || s.skipped(s.clauseOf[s.start[i]])) {
          continue;
        }
        RuleKind k = s.kind[i];
        int after = s.end[i];
        boolean official = s.start[i] == first || s.clauseFirstPerson[s.clauseOf[s.start[i]]];
        if (k == RuleKind.ACTION && official
            && (ends(s, after) || rules.objectPronoun(s.ids[after])
                && (after + 1 >= s.tokens || rules.afterPronoun(s.ids[after + 1])))) {
          cue = i;
          sign = rules.sign[q];
          for (int j = 0; j < s.matches; j++) {
            if (!s.dropped[j] && s.kind[j] == RuleKind.NEG && s.end[j] <= s.start[i]
                && s.clauseOf[s.start[j]] == s.clauseOf[s.start[i]]) {
              negs = -negs;
            }
          }
        } else if (k == RuleKind.EVAL && first >= 0 && rules.subjectPronoun(s.ids[first])
            && (s.start[i] == first || s.start[i] == first + 1
                || s.start[i] == first + 2 && rules.copula(s.ids[first + 1]))) {
          cue = i;
          sign = rules.sign[q];
        }
      }
      if (cue < 0) {
        return Reading.NONE;
      }
      int qSign = questionReading[d] == Reading.SUPPORT ? 1
          : questionReading[d] == Reading.OPPOSE ? -1 : 0;
      int base = s.kind[cue] == RuleKind.ACTION && qSign != 0
          && ATTITUDES.contains(rules.phrase[s.pattern[cue]]) ? qSign : questionObject[d];
      s.cue[d].setLength(0);
      s.cue[d].append("answer: ").append(s.text, s.starts[s.start[cue]], s.ends[s.end[cue] - 1]);
      if (hedged(s, d)) {
        s.cue[d].append(", hedged");
        return Reading.MIXED;
      }
      return base * negs * sign > 0 ? Reading.SUPPORT : Reading.OPPOSE;
    }

    /**
     * Whether nothing that could be an object follows from the token on: the sentence or a
     * clause ends, or "and" or "or" leads on ("keep it and enforce it").
     */
    private boolean ends(Sentence s, int token) {
      return token >= s.tokens || s.ids[token] == rules.andId || s.ids[token] == rules.orId
          || !Character.isLetterOrDigit(s.text.charAt(s.starts[token]));
    }

    /** The first token of the answer itself, after a speaker label ("A:"). */
    private int opening(Sentence s) {
      for (int t = 0; t < Math.min(s.tokens, 4); t++) {
        if (s.ids[t] == rules.colonId) {
          return t + 1 < s.tokens ? t + 1 : -1;
        }
      }
      return s.tokens > 0 ? 0 : -1;
    }

    /** Whether the answer hedges on demand d: "Yes, in part." */
    private boolean hedged(Sentence s, int d) {
      for (int i = 0; i < s.matches; i++) {
        int q = s.pattern[i];
        if (!s.dropped[i] && s.kind[i] == RuleKind.HEDGE
            && (rules.demand[q] == -1 || rules.demand[q] == d) && !rules.ignoredHedge[d][q]) {
          return true;
        }
      }
      return false;
    }
  }
}
