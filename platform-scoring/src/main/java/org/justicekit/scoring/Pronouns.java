package org.justicekit.scoring;

/**
 * Object pronouns that stand for a topic: "I'd end bail for traffic cases, but I oppose
 * eliminating it altogether." Two stages share the memory of the last sentence's first topic:
 * {@link Antecedent} before the matches are cleaned up, {@link Resolver} after.
 */
final class Pronouns {
  private final CompiledRules rules;
  /** The first topic pattern of the last sentence, or -1. */
  private int lastTopic = -1;

  Pronouns(CompiledRules rules) {
    this.rules = rules;
  }

  /**
   * The stage that remembers the sentence's first topic with a direction, which an "it" at the
   * start of the next sentence may stand for, and hands the previous one to this sentence. The
   * head of a noun phrase comes before its modifiers ("your diversion policy for shoplifting"
   * is about diversion). A sentence with no rule phrase at all stops here.
   */
  final class Antecedent implements SentenceStage {
    @Override
    public boolean process(Sentence s) {
      s.antecedent = lastTopic;
      int best = -1;
      for (int i = 0; i < s.matches; i++) {
        int p = s.pattern[i];
        if (rules.kind[p] == RuleKind.TOPIC && s.active[rules.demand[p]] && rules.sign[p] != 0
            && (best < 0 || s.start[i] < s.start[best]
                || (s.start[i] == s.start[best] && s.end[i] > s.end[best]))) {
          best = i;
        }
      }
      lastTopic = best < 0 ? -1 : s.pattern[best];
      return s.matches > 0;
    }
  }

  /**
   * The stage that turns an object "it" right after a verb into a match of the topic it stands
   * for: the first topic before it in the sentence, else the first topic of the sentence
   * before. "I'd end bail for traffic cases, but I oppose eliminating it altogether" reads
   * "it" as "bail". The official must speak before it, or the verb be a commitment ("will keep
   * asking for it"), as "the evidence supports it" is no stance; and a content word after the
   * pronoun ("make it happen") means it stands for no topic. The words that may follow such a
   * pronoun are fixed English function words ({@link CompiledRules#afterPronoun}).
   */
  final class Resolver implements SentenceStage {
    @Override
    public boolean process(Sentence s) {
      if (s.implicitTopic) {
        return true; // an answer's "it" is the question's: QuestionAnswers reads it
      }
      int n = s.matches;
      for (int t = 1; t < s.tokens; t++) {
        if (s.ids[t] != rules.itId
            || (t + 1 < s.tokens && !rules.afterPronoun(s.ids[t + 1]))) {
          continue;
        }
        boolean object = false;
        boolean speaker = false;
        int topic = s.antecedent;
        int topicEnd = -1;
        for (int i = 0; i < n; i++) {
          if (s.dropped[i]) {
            continue;
          }
          int p = s.pattern[i];
          RuleKind k = rules.kind[p];
          if ((k == RuleKind.ACTION || k == RuleKind.TENTATIVE) && s.end[i] == t) {
            object = true;
          } else if (k == RuleKind.FIRST_PERSON && s.end[i] <= t) {
            speaker = true;
          } else if (k == RuleKind.TOPIC && s.end[i] <= t && topicEnd < 0
              && s.active[rules.demand[p]] && rules.sign[p] != 0) {
            topic = p; // the first topic of the sentence; matches come in order of their end
            topicEnd = s.end[i];
          }
        }
        speaker |= s.tokenBetween(rules.willId, t - 4, t)
            || s.tokenBetween(rules.wouldId, t - 4, t);
        if (object && speaker && topic >= 0) {
          s.addMatch(topic, t + 1);
          s.start[s.matches - 1] = t;
        }
      }
      return true;
    }
  }
}
