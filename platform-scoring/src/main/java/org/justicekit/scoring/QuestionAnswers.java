package org.justicekit.scoring;

/**
 * Questionnaire answers: a question states no position, but a bare "Yes." or "No." opening
 * the next sentence takes the question's reading or its opposite ("Will you end cash bail?
 * Yes." supports), and a hedge in that sentence makes it MIXED ("Yes, in part."). Two stages
 * share the memory of the last question: {@link Opening} early in the chain and {@link Carry}
 * after the topics are read.
 */
final class QuestionAnswers {
  private final CompiledRules rules;
  /** Per demand: the reading of the last question. */
  private final Reading[] questionReading;
  /** Whether the last sentence was a question that took a position on some demand. */
  private boolean pending;

  QuestionAnswers(CompiledRules rules) {
    this.rules = rules;
    this.questionReading = new Reading[rules.demands.size()];
    java.util.Arrays.fill(questionReading, Reading.NONE);
  }

  /**
   * The stage that decides whether a sentence answers the question before it, and whether it
   * opens with a yes ("Yes.", "A: Absolutely") or a no. A speaker label before a colon may
   * come first; the answer word must stand alone ("No one ..." is no answer).
   */
  final class Opening implements SentenceStage {
    @Override
    public boolean process(Sentence s) {
      s.answering = pending && !s.question;
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
        boolean opens = st == 0 || (st <= 3 && s.ids[st - 1] == rules.colonId);
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
          s.reading[d] = Reading.NONE;
          continue;
        }
        if (s.answering && (reading == Reading.NONE || reading == Reading.WEAK)) {
          Reading q = questionReading[d];
          boolean hedged = hedged(s, d);
          if (q.firm() && (s.answer != 0 || hedged)) {
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
