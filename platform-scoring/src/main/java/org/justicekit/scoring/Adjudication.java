package org.justicekit.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.Evidence;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.ReviewReason;
import org.justicekit.demands.SecondOpinion;
import org.justicekit.demands.SecondOpinion.Outcome;
import org.justicekit.demands.Stance;

/**
 * Routes the assessments of one scoring call to a {@link StanceAdjudicator} and checks its
 * answers.
 *
 * <ul>
 *   <li>Routed: in {@link AdjudicationMode#UNCERTAIN} the assessments flagged for review and the
 *       MIXED ones; in {@link AdjudicationMode#ALL} every assessment with evidence.
 *   <li>Sent: the evidence sentences and the sentence before and after each, verbatim, at most
 *       {@value #MAX_SENTENCES}.
 *   <li>Checked: a stance other than NOT_MENTIONED must quote one sentence of the input (white
 *       space, surrounding quotes and a missing final stop forgiven), or the answer is rejected.
 *   <li>Applied: an agreeing answer confirms the rule reading and clears its review flag; a
 *       checked disagreeing answer revises the stance, quotes its sentence as the evidence and
 *       clears the flag, its confidence then being the calibrated probability that the rule
 *       reading was wrong; a rejected answer or a failure leaves the rule result and its flag,
 *       and is recorded.
 * </ul>
 *
 * <p>Not thread-safe: one per scoring call.
 */
final class Adjudication {
  static final int MAX_SENTENCES = 12;
  private static final int MAX_DETAIL = 200;

  private final StanceAdjudicator adjudicator;
  private final AdjudicationMode mode;
  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final int count;

  Adjudication(StanceAdjudicator adjudicator, AdjudicationMode mode, String text,
      int maxSentenceChars) {
    this.adjudicator = adjudicator;
    this.mode = mode;
    this.text = text;
    int[] s = new int[16];
    int[] e = new int[16];
    int n = 0;
    SentenceSplitter splitter = new SentenceSplitter(text, maxSentenceChars);
    while (splitter.next()) {
      if (n == s.length) {
        s = Arrays.copyOf(s, n * 2);
        e = Arrays.copyOf(e, n * 2);
      }
      s[n] = splitter.start;
      e[n] = splitter.end;
      n++;
    }
    this.starts = s;
    this.ends = e;
    this.count = n;
  }

  /** Whether this assessment goes to the adjudicator. */
  boolean routes(Assessment a) {
    if (a.evidence().isEmpty()) {
      return false;
    }
    return mode == AdjudicationMode.ALL || a.needsReview() || a.stance() == Stance.MIXED;
  }

  /** The assessments, with second opinions where they were routed. */
  List<Assessment> apply(OfficeType office, List<Assessment> assessments) {
    List<Assessment> out = new ArrayList<>(assessments.size());
    for (Assessment a : assessments) {
      out.add(routes(a) ? adjudicate(office, a) : a);
    }
    return out;
  }

  Assessment adjudicate(OfficeType office, Assessment a) {
    String model = safeModel();
    Opinion opinion;
    try {
      AdjudicationRequest request = new AdjudicationRequest(office, a.demand(), a.stance(),
          a.confidence(), a.reviewReasons(), context(a));
      opinion = adjudicator.adjudicate(request);
      if (opinion == null) {
        throw new AdjudicationException("the adjudicator returned no opinion", false);
      }
    } catch (RuntimeException e) {
      return a.withSecondOpinion(new SecondOpinion(model, Outcome.FAILED, a.stance(), null,
          "no second opinion: " + detail(e)));
    }
    Stance proposed = opinion.stance();
    int sentence = -1;
    if (!(proposed == Stance.NOT_MENTIONED && opinion.evidence().isBlank())) {
      sentence = find(opinion.evidence());
      if (sentence < 0) {
        List<ReviewReason> reasons = new ArrayList<>(a.reviewReasons());
        if (proposed != a.stance() && !reasons.contains(ReviewReason.SECOND_OPINION_DISAGREES)) {
          reasons.add(ReviewReason.SECOND_OPINION_DISAGREES);
        }
        Assessment kept = proposed != a.stance() ? a.withConfidence(a.confidence(), reasons) : a;
        return kept.withSecondOpinion(new SecondOpinion(model, Outcome.REJECTED, a.stance(),
            proposed, "rejected: its evidence is not a sentence of the input"));
      }
    }
    if (proposed == a.stance()) {
      return new Assessment(a.demand(), a.stance(), a.strength(), a.evidence(), a.confidence(),
          false, List.of(), new SecondOpinion(model, Outcome.CONFIRMED, a.stance(), proposed,
              "the second opinion agrees"));
    }
    SecondOpinion revised = new SecondOpinion(model, Outcome.REVISED, a.stance(), proposed,
        "revised from " + a.stance() + " to " + proposed);
    double confidence = Math.round((1 - a.confidence()) * 1000) / 1000.0;
    if (proposed == Stance.NOT_MENTIONED) {
      return new Assessment(a.demand(), Stance.NOT_MENTIONED, 0, List.of(), confidence, false,
          List.of(), revised);
    }
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(new Evidence(text.substring(starts[sentence], ends[sentence]), starts[sentence],
        ends[sentence], "second opinion: " + model, proposed));
    for (Evidence e : a.evidence()) {
      if (e.stance() == proposed && e.start() != starts[sentence]) {
        evidence.add(e);
      }
    }
    double strength = Math.min(1.0, 0.6 + 0.1 * (evidence.size() - 1));
    return new Assessment(a.demand(), proposed, Math.round(strength * 100) / 100.0, evidence,
        confidence, false, List.of(), revised);
  }

  private String safeModel() {
    try {
      String m = adjudicator.model();
      return m == null || m.isBlank() ? "unnamed adjudicator" : m;
    } catch (RuntimeException e) {
      return "unnamed adjudicator";
    }
  }

  /** The evidence sentences and their neighbours, in text order. */
  List<String> context(Assessment a) {
    boolean[] take = new boolean[count];
    int taken = 0;
    for (Evidence e : a.evidence()) {
      int i = sentenceAt(e.start());
      for (int j = Math.max(0, i - 1); j <= Math.min(count - 1, i + 1) && i >= 0; j++) {
        if (!take[j] && taken < MAX_SENTENCES) {
          take[j] = true;
          taken++;
        }
      }
    }
    List<String> sentences = new ArrayList<>(taken);
    for (int i = 0; i < count; i++) {
      if (take[i]) {
        sentences.add(text.substring(starts[i], ends[i]));
      }
    }
    if (sentences.isEmpty()) {
      for (Evidence e : a.evidence()) {
        sentences.add(e.text());
      }
    }
    return sentences;
  }

  /** The index of the sentence holding this offset, or -1. */
  private int sentenceAt(int offset) {
    int lo = 0;
    int hi = count - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else if (starts[mid] > offset) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The sentence of the input a quoted sentence is, or -1. */
  int find(String quoted) {
    String q = normalize(quoted);
    if (q.isEmpty()) {
      return -1;
    }
    for (int i = 0; i < count; i++) {
      if (normalize(text.substring(starts[i], ends[i])).equals(q)) {
        return i;
      }
    }
    return -1;
  }

  /** White space folded, surrounding quotes and a final stop dropped, for comparing quotes. */
  static String normalize(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    int b = 0;
    int e = sb.length();
    while (b < e && isQuote(sb.charAt(b))) {
      b++;
    }
    while (e > b && (isQuote(sb.charAt(e - 1)) || sb.charAt(e - 1) == '.')) {
      e--;
    }
    return sb.substring(b, e);
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’';
  }

  private static String detail(RuntimeException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    m = m.replace('\n', ' ').replace('\r', ' ');
    return m.length() > MAX_DETAIL ? m.substring(0, MAX_DETAIL) + "..." : m;
  }
}
