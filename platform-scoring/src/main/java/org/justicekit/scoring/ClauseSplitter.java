package org.justicekit.scoring;

import java.util.Arrays;

/**
 * Stage: splits the sentence into clauses at clause breaks (";", "while", "but"), so that cues
 * act within their clause: in "I will not defund the police, but I will end cash bail" the
 * "not" stays in the first clause. A colon after a short label opening the sentence ("Cash
 * bail: ended for all nonviolent charges") names the topic of what follows and does not split
 * it, nor does a colon right after a verb, which opens the list of its objects ("we will decline
 * to prosecute: fare evasion, loitering, ..."). Marks the clauses opened by a contrastive break ("but", "however") and those holding a
 * non-answer ("did not respond", "declined to comment"), which are not read.
 */
final class ClauseSplitter implements SentenceStage {
  /** A label before a colon has at most this many tokens. */
  private static final int LABEL_TOKENS = 3;

  private final CompiledRules rules;

  ClauseSplitter(CompiledRules rules) {
    this.rules = rules;
  }

  @Override
  public boolean process(Sentence s) {
    int tokens = s.tokens;
    if (s.clauseOf.length < tokens) {
      s.clauseOf = new int[Math.max(tokens, s.clauseOf.length * 2)];
    }
    // count the clause breaks starting at each token, then number clauses by a running sum
    int[] clauseOf = s.clauseOf;
    Arrays.fill(clauseOf, 0, tokens, 0);
    for (int i = 0; i < s.matches; i++) {
      RuleKind k = rules.kind[s.pattern[i]];
      if (!s.dropped[i] && (k == RuleKind.CLAUSE_BREAK || k == RuleKind.CONTRAST_BREAK)
          && !labelColon(s, i) && !listColon(s, i)) {
        clauseOf[s.start[i]]++;
      }
    }
    int clause = 0;
    for (int t = 0; t < tokens; t++) {
      clause += clauseOf[t];
      clauseOf[t] = clause;
    }
    s.clearClauses(clause + 1);
    for (int t = tokens - 1; t >= 0; t--) {
      s.clauseStart[clauseOf[t]] = t;
    }
    for (int i = 0; i < s.matches; i++) {
      if (s.dropped[i]) {
        continue;
      }
      if (s.kind[i] == RuleKind.NON_ANSWER) {
        s.clauseNonAnswer[clauseOf[s.start[i]]] = true;
      } else if (s.kind[i] == RuleKind.CONTRAST_BREAK) {
        s.clauseContrast[clauseOf[s.start[i]]] = true;
      }
    }
    return true;
  }

  /**
   * Whether match i is a colon right after a verb, opening the list of its objects ("we will
   * decline to prosecute: fare evasion, loitering, ..."): no new clause.
   */
  private boolean listColon(Sentence s, int i) {
    if (s.end[i] - s.start[i] != 1 || s.ids[s.start[i]] != rules.colonId) {
      return false;
    }
    for (int j = 0; j < s.matches; j++) {
      if (!s.dropped[j] && s.kind[j] == RuleKind.ACTION && s.end[j] == s.start[i]) {
        return true;
      }
    }
    return false;
  }

  /** Whether match i is a colon closing a short label at the start of the sentence. */
  private boolean labelColon(Sentence s, int i) {
    return s.end[i] - s.start[i] == 1 && s.start[i] <= LABEL_TOKENS
        && s.ids[s.start[i]] == rules.colonId;
  }
}
