package org.justicekit.scoring;

/**
 * Reads one topic match from the cues of its clause: polarity times action times negation
 * times evaluation. The reading is the topic's direction (reform +1, status quo -1) times
 * what governs it, which is, first found of:
 * <ol>
 *   <li>an evaluation after the topic that ends its subject, with everything before ("the
 *       proposal to ban neck restraints goes too far" opposes), anywhere in the predicate
 *       when the topic opens its clause ("Releasing the footage before a trial would be
 *       unfair");
 *   <li>the verbs and negations before it, back to the previous topic of the demand (or of
 *       any demand when a verb stands between); of verbs joined by "and" or "or" only the
 *       later counts ("I will not seek cash bail" supports: +1 x -1 x -1);
 *   <li>a passive verb after it ("officers who use force will be charged"), also when the
 *       only verb before it is that of a relative clause ("every officer who uses a chokehold
 *       will be fired");
 *   <li>evaluations or a bare negation before it ("no cash bail"), or a sentence negation
 *       ("there is no ...").
 * </ol>
 * A verb after the topic whose object is "nobody" or "nothing" is an evaluation against its
 * own direction ("... protects nobody"). Cues after a topic stop at a contrast ("rather than")
 * and belong to a topic of the same demand that follows closely ("... cases are best handled
 * internally"). A bare negation does not reach into a "that" clause ("I won't pretend that a
 * camera alone fixes trust"). Inside an indirect question ("asked whether she would ...") only
 * a hedge takes a position. A hedge anywhere in the sentence, or a sentence-opening condition,
 * makes the reading MIXED, except that a demand's own narrowing hedges leave an opposition
 * standing (unless a broad hedge stands beside them) and a narrow exception leaves a support
 * standing. A status-quo topic right after "from" is what the verb keeps someone away from
 * ("protect families from deportation" supports). A status-quo topic followed at once by a verb
 * against it is a noun phrase naming the reform ("signed the neck-restraint ban"). A reform topic with no cue is a
 * bare mention: {@link Reading#WEAK}. Used by {@link TopicReading}; one per scoring call.
 */
final class TopicCues {
  /** How many tokens before a topic its verbs and negations may start. */
  static final int WINDOW_BEFORE = 15;
  /** How many tokens after a topic (or its predicate start) its cues may start. */
  static final int WINDOW_AFTER = 6;
  /** Words that may come before a topic that is the subject: a gerund ("Ending cash bail"). */
  private static final int SUBJECT_REACH = 1;
  /** The most tokens of the cue text kept as evidence. */
  private static final int MAX_CUE_TOKENS = 6;

  private final CompiledRules rules;
  /** Whether the last {@link #read} found a verb or a hedge. */
  boolean acted;

  TopicCues(CompiledRules rules) {
    this.rules = rules;
  }

  /**
   * Reads topic match {@code t} of demand {@code d} in its clause, appending the deciding
   * words to {@code why}.
   */
  Reading read(Sentence s, int t, int d, int clause, StringBuilder why) {
    boolean condition = s.condition;
    int p = s.pattern[t];
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
    boolean broad = false; // a hedge that is not the demand's own narrowing one
    boolean compound = false;
    boolean otherHedge = false; // a hedge other than the topic phrase itself ("bail reform")
    boolean asked = false;
    boolean trailingCondition = false;
    int relativeActions = 1;
    boolean mainBefore = false;
    int nearestNegEnd = -1;
    int cueFrom = Integer.MAX_VALUE;
    int cueTo = -1;
    int floor = CueScope.previousTopicEnd(s, t, d);
    int afterLimit = CueScope.contrastAfter(s, t, clause);
    int afterFrom = CueScope.predicateStart(s, t, clause);
    // a topic that opens its clause is its subject: an evaluation anywhere in the predicate
    // judges it ("Ending cash bail would, in the end, strip judges of an important tool")
    // ... and so is one inside a gerund phrase opening it ("Publishing charge-by-charge
    // sentencing recommendations would hand defense attorneys a map")
    boolean subject = s.start[t] - s.clauseStart[clause] <= SUBJECT_REACH
        || CueScope.gerundOpens(s, clause, d);
    for (int i = 0; i < s.matches; i++) {
      if (s.dropped[i] || i == t) {
        continue;
      }
      int q = s.pattern[i];
      RuleKind k = s.kind[i];
      int qd = rules.demand[q];
      if (qd != -1 && qd != d) {
        continue;
      }
      int qc = s.clauseOf[s.start[i]];
      // hedges qualify the whole sentence; other cues act within their clause
      if (k == RuleKind.HEDGE && !rules.ignoredHedge[d][q]
          && (qc == clause || !s.skipped(qc))) {
        hedge = true;
        otherHedge |= s.start[i] != s.start[t] || s.end[i] != s.end[t];
        narrowing |= qd == d;
        broad |= qd != d && !CueScope.demandHedgeAt(s, s.start[i], d);
        why.append(why.length() > 0 ? " " : "").append(rules.phrase[q]);
        continue;
      }
      if (qc != clause) {
        continue;
      }
      if (k == RuleKind.EXCEPTION) {
        exception = true;
        continue;
      }
      if (k == RuleKind.CONDITION) {
        // a condition after the topic qualifies a commitment: "I'd support cameras if the
        // state paid for them", "once the state sets standards"
        if (s.start[i] >= s.end[t] && !CueScope.onlyBefore(s, s.start[i])) {
          // "if" qualifies only a conditional commitment ("I'll sign it if it passes" stands);
          // "once", "provided" qualify any; "until" bounds time ("sealed until trial")
          int w = s.ids[s.start[i]];
          boolean bareIf = s.end[i] - s.start[i] == 1 && w == rules.ifId;
          trailingCondition |= bareIf ? CueScope.wouldIn(s, clause) : w != rules.untilId;
        }
        continue;
      }
      if (k == RuleKind.QUESTION_CUE) {
        asked |= s.end[i] <= s.start[t];
        continue;
      }
      if (k == RuleKind.CONTRAST) {
        k = RuleKind.NEG; // before the topic; after it, it ends the scope (afterLimit)
      }
      if (k != RuleKind.NEG && k != RuleKind.ACTION && k != RuleKind.EVAL) {
        continue;
      }
      // a verb beyond the window still counts when it governs a verb inside it ("rescind the
      // directive that bars this office from seeking transfer of ... to adult court")
      boolean before = s.end[i] <= s.start[t] && s.start[i] >= floor
          && (s.start[t] - s.start[i] <= WINDOW_BEFORE
              || k == RuleKind.ACTION && CueScope.chained(s, i, t, d, WINDOW_BEFORE));
      // past a following topic of the demand, only an evaluation of the whole subject counts
      boolean after = (afterFrom == s.end[t] || k == RuleKind.EVAL)
          && s.start[i] >= afterFrom
          && (s.start[i] - afterFrom < WINDOW_AFTER || subject && k == RuleKind.EVAL)
          && s.start[i] < afterLimit;
      if (!before && !after) {
        continue;
      }
      if (after && k == RuleKind.NEG
          && (!CueScope.cueFollows(s,i, Math.min(afterLimit, afterFrom + WINDOW_AFTER), d)
              || CueScope.negativeObject(s, i) && CueScope.cueEndsAt(s, s.start[i]))) {
        continue;
      }
      if (qd == -1 && CueScope.shadowedBySpecific(s, i, d)) {
        continue;
      }
      if (before && k == RuleKind.ACTION && CueScope.coordinatedWithNext(s, i)) {
        continue; // "dismissed or diverted": the later verb stands for both
      }
      if (before && k == RuleKind.NEG && CueScope.listedNegation(s, i, t)) {
        continue; // "no more kneeling, no more carotid holds": each "no" has its own item
      }
      if (before && k == RuleKind.NEG) {
        nearestNegEnd = Math.max(nearestNegEnd, s.end[i]);
      }
      cueFrom = Math.min(cueFrom, s.start[i]);
      cueTo = Math.max(cueTo, s.end[i]);
      int sign = k == RuleKind.NEG ? -1 : rules.sign[q];
      // "the neck-restraint ban": a verb against the practice right after it names the reform
      compound |= after && k == RuleKind.ACTION && sign < 0 && s.start[i] == s.end[t];
      if (after && k != RuleKind.NEG && CueScope.negativeObjectAt(s, s.end[i])) {
        // "... protects nobody", "... makes no one safer": the predicate denies the subject
        k = RuleKind.EVAL;
        sign = -sign;
      }
      if (before) {
        if (k == RuleKind.NEG) {
          beforeNegs *= sign;
          anyBeforeNeg = true;
        } else if (k == RuleKind.ACTION) {
          beforeActions *= sign;
          anyBeforeAction = true;
          int st = s.start[i];
          if (st > 1 && s.ids[st - 1] == rules.whoId && s.ids[st - 2] != rules.commaId) {
            // a restrictive relative clause: "every officer who uses a chokehold ..."; not
            // ", who ended cash bail requests," which tells more of someone already named
            relativeActions *= sign;
          } else {
            mainBefore = true;
          }
        } else {
          beforeEvals += sign;
          anyBeforeEval = true;
        }
      } else {
        if (k == RuleKind.NEG) {
          afterNegs *= sign;
        } else if (k == RuleKind.ACTION) {
          afterActions *= sign;
          anyAfterAction = true;
        } else {
          afterEvals += sign;
          anyAfterEval = true;
        }
      }
    }
    if (trailingCondition) {
      condition = true; // "I'd support cameras if the state paid for them"
    }
    if (anyBeforeNeg && !anyBeforeAction && !anyBeforeEval && !anyAfterAction && !anyAfterEval
        && s.tokenBetween(rules.thatId, nearestNegEnd, s.start[t])) {
      // a bare negation does not reach into a "that" clause: "I won't pretend that a camera
      // alone fixes trust"
      anyBeforeNeg = false;
      beforeNegs = 1;
    }
    if (anyBeforeAction && topicSign < 0 && CueScope.afterFrom(s, t)) {
      // the practice after "from" is what the verb keeps someone away from, whatever the
      // verb: "protect families from deportation", "move teenagers from adult jails"
      beforeActions = -1;
    }
    if (compound && (anyBeforeAction || anyAfterEval)) {
      // the noun phrase is the object or subject: "I signed the neck-restraint ban" supports,
      // "I'll lift the neck-restraint ban" opposes
      topicSign = -topicSign;
    }
    if (anyBeforeAction && !mainBefore && anyAfterAction) {
      // the verb of a relative clause picks out who; the main verb after it says what happens
      // to them: "every officer who uses a chokehold will be fired" supports the ban
      beforeActions *= relativeActions;
      anyBeforeAction = false;
    }
    boolean anyAction = anyBeforeAction || anyAfterAction;
    acted = anyAction || hedge;
    if (topicSign == 0) {
      return Reading.NONE;
    }
    if (asked) {
      // "asked whether she would ban chokeholds": the verbs are the question's; only a
      // hedge in the answer takes a position
      acted = hedge;
      if (hedge) {
        why.insert(0, "asked; ");
      }
      return hedge ? Reading.MIXED : Reading.NONE;
    }
    if (cueTo >= 0) {
      // the surface words of the cue span, at most 6 tokens, before what is already there
      int last = Math.min(cueTo, cueFrom + MAX_CUE_TOKENS) - 1;
      if (why.length() > 0) {
        why.insert(0, ' ');
      }
      why.insert(0, s.text, s.starts[cueFrom], s.ends[last]);
    } else if (why.length() == 0) {
      why.append(rules.phrase[p]);
    }
    // Which cues decide: an evaluation after the topic is the predicate of the subject it ends
    // ("X is a valuable tool"); else the verbs before it ("will not seek X"); else a passive
    // verb after it ("X will be charged"); else evaluations or a bare negation before it
    // ("no X").
    boolean anyCue;
    int dir;
    if (anyAfterEval) {
      // the evaluation judges the whole subject, verbs included: "the proposal to ban neck
      // restraints goes too far"
      anyCue = true;
      dir = topicSign * s.sentenceNegs * beforeNegs * beforeActions * signum(afterEvals)
          * afterNegs;
      if (!anyBeforeAction && rules.groupOffence[rules.group[p]]
          && s.start[t] - s.clauseStart[clause] <= SUBJECT_REACH) {
        dir = -dir; // the offence itself is judged: "quality-of-life crimes are how towns die"
      }
    } else if (anyBeforeAction) {
      anyCue = true;
      dir = topicSign * s.sentenceNegs * beforeNegs * beforeActions;
    } else if (anyAfterAction) {
      anyCue = true;
      dir = topicSign * s.sentenceNegs * beforeNegs * afterNegs * afterActions;
    } else if (anyBeforeEval || anyBeforeNeg || s.sentenceNegs < 0) {
      anyCue = true;
      dir = topicSign * s.sentenceNegs * beforeNegs * (anyBeforeEval ? signum(beforeEvals) : 1);
    } else {
      anyCue = false;
      dir = topicSign;
    }
    if (hedge && !otherHedge && !anyCue) {
      hedge = false; // a topic that is its own hedge hedges a verb: "Bail reform." is a mention
    }
    if (hedge || condition) {
      if (condition && !hedge) {
        why.insert(0, "if ");
      }
      if (exception && dir > 0) {
        return Reading.SUPPORT;
      }
      // a hedge that only narrows an opposition is still an opposition
      // ("I'd keep adult court for violent felonies"), unless a broad hedge stands beside it
      // ("I would consider adult court ... on the facts of the case" is MIXED)
      return anyCue && dir < 0 && narrowing && !broad && !condition
          ? Reading.OPPOSE : Reading.MIXED;
    }
    if (!anyCue) {
      return topicSign > 0 ? Reading.WEAK : Reading.NONE;
    }
    if (dir > 0) {
      return Reading.SUPPORT;
    }
    return exception ? Reading.NONE : Reading.OPPOSE;
  }

  /** The sign of a sum of evaluations; a tie counts as positive, as no evaluation does. */
  private static int signum(int sum) {
    return sum < 0 ? -1 : 1;
  }
}
