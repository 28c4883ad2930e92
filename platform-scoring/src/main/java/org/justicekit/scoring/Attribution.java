package org.justicekit.scoring;

/**
 * Stage: decides which clauses speak for someone other than the official, so that
 * {@link TopicReading} skips them. A source with a reporting verb makes the sentence someone
 * else's ("Critics said officers should wear cameras"), unless the official speaks in the
 * clause ("Critics call it soft on crime, but I am proud ..."). Another actor as the subject
 * of a clause makes that clause someone else's ("the current D.A. ordered ..."), but not as the
 * owner of a thing ("my predecessor's ban on chokeholds"). A reporting word used as a noun
 * after the official's verb reports no one ("rejected calls from the coalition"). A rival
 * named earlier ({@link Rivals}) as a clause's subject or beside a reporting verb ("... cash
 * bail," Banks said) makes the clause, or the sentence, someone else's.
 */
final class Attribution implements SentenceStage {
  /** How far into its clause an actor may start and still be its subject. */
  private static final int SUBJECT_TOKENS = 2;
  /** How many tokens a reporting word may stand after the verb it is the object of. */
  private static final int NOMINAL_REACH = 3;

  private final CompiledRules rules;
  private final Rivals rivals;

  Attribution(CompiledRules rules, Rivals rivals) {
    this.rules = rules;
    this.rivals = rivals;
  }

  @Override
  public boolean process(Sentence s) {
    boolean source = false;
    boolean verb = false;
    for (int i = 0; i < s.matches; i++) {
      if (s.dropped[i]) {
        continue;
      }
      RuleKind k = s.kind[i];
      if (k == RuleKind.FIRST_PERSON) {
        s.clauseFirstPerson[s.clauseOf[s.start[i]]] = true;
      } else if (k == RuleKind.ATTR_SOURCE) {
        source |= !insideNominalCall(s, i);
      } else if (k == RuleKind.ATTR_VERB) {
        verb |= nominalCallAction(s, i) < 0;
      } else if (k == RuleKind.THIRD_PARTY) {
        int c = s.clauseOf[s.start[i]];
        if (s.start[i] - s.clauseStart[c] <= SUBJECT_TOKENS && !s.possessive(s.end[i] - 1)) {
          s.clauseOther[c] = true;
        }
      }
    }
    s.attributed = source && verb;
    s.rivalSpeaks = false;
    if (!rivals.none()) {
      for (int t = 0; t < s.tokens; t++) {
        if (rivals.isRival(s, t)) {
          if (t - s.clauseStart[s.clauseOf[t]] <= 1) {
            s.clauseOther[s.clauseOf[t]] = true; // "Banks has pledged to ..."
          }
          s.rivalSpeaks |= verb && besideSpeechVerb(s, t);
        }
      }
    }
    return true;
  }

  /**
   * For a reporting word used as a noun after a verb of the official ("rejected calls from
   * the coalition"): the match index of that verb, else -1.
   */
  private static int nominalCallAction(Sentence s, int verb) {
    for (int j = 0; j < s.matches; j++) {
      if (!s.dropped[j] && s.kind[j] == RuleKind.ACTION && s.end[j] <= s.start[verb]
          && s.start[verb] - s.end[j] <= NOMINAL_REACH
          && !s.punctuationBetween(s.end[j], s.start[verb])) {
        return j;
      }
    }
    return -1;
  }

  /** Whether a source names the owner of a nominal call: "his challenger's call to ...". */
  private static boolean insideNominalCall(Sentence s, int source) {
    for (int i = 0; i < s.matches; i++) {
      if (s.dropped[i] || s.kind[i] != RuleKind.ATTR_VERB || s.start[i] < s.end[source]) {
        continue;
      }
      int j = nominalCallAction(s, i);
      if (j >= 0 && s.end[j] <= s.start[source]) {
        return true;
      }
    }
    return false;
  }

  /** Whether a reporting verb stands right after the token ("Banks said") or before it. */
  private boolean besideSpeechVerb(Sentence s, int token) {
    for (int i = 0; i < s.matches; i++) {
      if (rules.kind[s.pattern[i]] == RuleKind.ATTR_VERB
          && ((s.start[i] > token && s.start[i] <= token + 2) || s.end[i] == token)) {
        return true;
      }
    }
    return false;
  }
}
