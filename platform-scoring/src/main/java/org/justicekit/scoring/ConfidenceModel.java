package org.justicekit.scoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.Evidence;
import org.justicekit.demands.ReviewReason;
import org.justicekit.demands.Stance;

/**
 * Turns a rule reading into a calibrated confidence and a review flag.
 *
 * <p>Each assessment the rules make is described by a few features of its evidence: its stance;
 * whether one sentence or several read that way; whether other sentences read the other way
 * (conflicting cues); whether it is a bare mention; whether the deciding cue is a negation
 * ("will not seek"), a bare questionnaire answer ("Yes."), or stands in a sentence that reports
 * someone else's words ("critics said"). The confidence is the share of assessments with the
 * same features that were right on labelled data, smoothed toward the share for the stance
 * (and that toward one half) so that rare feature sets do not claim certainty: with {@code k}
 * the smoothing weight, {@code (right + k * parent) / (total + k)}.
 *
 * <p>An assessment needs review when its confidence is below the fitted threshold, when its
 * sentences conflict, or when it is a bare mention. The table, word lists and threshold are data
 * ({@code confidence.json}), fitted by {@link #fit} on labelled sets and regenerated with the
 * command in platform-scoring's {@code RULES.md}. Immutable and thread-safe.
 */
final class ConfidenceModel {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The fitted data, as stored in {@code confidence.json}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Data(
      String fittedOn,
      double reviewBelow,
      double smoothing,
      List<String> negations,
      List<String> answers,
      List<String> reporting,
      Map<String, Cell> cells) {
    Data {
      negations = List.copyOf(negations);
      answers = List.copyOf(answers);
      reporting = List.copyOf(reporting);
      cells = Map.copyOf(cells);
    }
  }

  /** How many assessments with one feature key were right, of how many. */
  record Cell(int right, int total) {}

  /** One labelled assessment, for fitting. */
  record Labelled(Assessment predicted, Stance gold) {}

  private final Data data;
  private final double reviewBelow;
  private final Set<String> negations;
  private final Set<String> answers;
  private final Set<String> reporting;

  ConfidenceModel(Data data, double reviewBelow) {
    this.data = data;
    this.reviewBelow = reviewBelow;
    this.negations = Set.copyOf(data.negations());
    this.answers = Set.copyOf(data.answers());
    this.reporting = Set.copyOf(data.reporting());
  }

  /** The bundled model. */
  static ConfidenceModel standard() {
    return Standard.INSTANCE;
  }

  /** This model with another review threshold. */
  ConfidenceModel withReviewBelow(double threshold) {
    return new ConfidenceModel(data, threshold);
  }

  double reviewBelow() {
    return reviewBelow;
  }

  /** The assessment with its confidence and review reasons set. */
  Assessment apply(Assessment a) {
    Features f = features(a);
    double confidence = round(confidence(f));
    if (a.stance() == Stance.NOT_MENTIONED) {
      return a.withConfidence(confidence, List.of());
    }
    List<ReviewReason> reasons = new ArrayList<>(4);
    if (confidence < reviewBelow) {
      reasons.add(ReviewReason.LOW_CONFIDENCE);
    }
    if (f.conflict) {
      reasons.add(ReviewReason.CONFLICTING_CUES);
    }
    if (f.weak) {
      reasons.add(ReviewReason.BARE_MENTION);
    }
    if (!reasons.isEmpty()) {
      if (f.negated) {
        reasons.add(ReviewReason.NEGATED_READING);
      }
      if (f.answer) {
        reasons.add(ReviewReason.ANSWER_TO_QUESTION);
      }
    }
    return a.withConfidence(confidence, reasons);
  }

  double confidence(Features f) {
    double k = data.smoothing();
    double global = rate("*", 0.5, k);
    double byStance = rate(f.stance.name(), global, k);
    if (f.stance == Stance.NOT_MENTIONED) {
      return byStance;
    }
    double byFlags = rate(f.stance.name() + "|" + f.flags(), byStance, k);
    return rate(f.key(), byFlags, k);
  }

  private double rate(String key, double parent, double k) {
    Cell c = data.cells().get(key);
    if (c == null) {
      return parent;
    }
    return (c.right() + k * parent) / (c.total() + k);
  }

  /** The features of one assessment. */
  static final class Features {
    Stance stance = Stance.NOT_MENTIONED;
    int agreeing;
    boolean conflict;
    boolean weak;
    boolean negated;
    boolean answer;
    boolean reported;

    String flags() {
      StringBuilder sb = new StringBuilder();
      append(sb, conflict, "conflict");
      append(sb, weak, "weak");
      append(sb, negated, "neg");
      append(sb, answer, "answer");
      append(sb, reported, "reported");
      return sb.length() == 0 ? "plain" : sb.toString();
    }

    String key() {
      return stance.name() + "|" + (agreeing >= 2 ? "2+" : "1") + "|" + flags();
    }

    private static void append(StringBuilder sb, boolean on, String name) {
      if (on) {
        if (sb.length() > 0) {
          sb.append(',');
        }
        sb.append(name);
      }
    }
  }

  Features features(Assessment a) {
    Features f = new Features();
    f.stance = a.stance();
    if (a.stance() == Stance.NOT_MENTIONED || a.evidence().isEmpty()) {
      return f;
    }
    boolean support = false;
    boolean oppose = false;
    for (Evidence e : a.evidence()) {
      if (e.stance() == a.stance()) {
        f.agreeing++;
      }
      support |= e.stance() == Stance.SUPPORTS;
      oppose |= e.stance() == Stance.OPPOSES;
    }
    f.conflict = support && oppose;
    f.weak = a.stance() == Stance.SUPPORTS && a.strength() <= 0.3;
    Evidence best = a.evidence().get(0);
    String cue = best.cue().toLowerCase(Locale.ROOT).replace('’', '\'');
    f.answer = answers.contains(cue) || cue.startsWith("answer");
    f.negated = !f.answer && anyWord(cue, negations);
    f.reported = anyWord(best.text().toLowerCase(Locale.ROOT).replace('’', '\''), reporting);
    return f;
  }

  /** Whether any word of {@code text} (letters and apostrophes) is in {@code words}. */
  private static boolean anyWord(String text, Set<String> words) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !isWordChar(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && isWordChar(text.charAt(i))) {
        i++;
      }
      if (i > s && words.contains(text.substring(s, i))) {
        return true;
      }
      // "won't" also counts as "n't"
      if (i - s > 3 && text.startsWith("n't", i - 3) && words.contains("n't")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || c == '\'';
  }

  private static double round(double v) {
    return Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000.0;
  }

  /**
   * Fits a table on labelled assessments, keeping this model's word lists and smoothing, and
   * picks the review threshold: the lowest that leaves no SUPPORTS/OPPOSES flip unflagged on the
   * data, at most {@code maxThreshold}.
   */
  Data fit(List<Labelled> labelled, String fittedOn, double maxThreshold) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Labelled l : labelled) {
      Features f = features(l.predicted());
      boolean right = l.gold() == l.predicted().stance();
      String s = f.stance.name();
      add(counts, "*", right);
      add(counts, s, right);
      if (f.stance != Stance.NOT_MENTIONED) {
        add(counts, s + "|" + f.flags(), right);
        add(counts, f.key(), right);
      }
    }
    Map<String, Cell> cells = new TreeMap<>();
    counts.forEach((k, v) -> cells.put(k, new Cell(v[0], v[1])));
    Data fitted = new Data(fittedOn, 0, data.smoothing(), data.negations(), data.answers(),
        data.reporting(), cells);
    ConfidenceModel model = new ConfidenceModel(fitted, 0);
    double threshold = 0;
    for (Labelled l : labelled) {
      Stance p = l.predicted().stance();
      boolean flip = (p == Stance.SUPPORTS && l.gold() == Stance.OPPOSES)
          || (p == Stance.OPPOSES && l.gold() == Stance.SUPPORTS);
      if (!flip) {
        continue;
      }
      Assessment applied = model.apply(l.predicted());
      if (!applied.needsReview()) {
        // the smallest threshold above this flip's confidence flags it
        threshold = Math.max(threshold, applied.confidence() + 0.001);
      }
    }
    threshold = Math.min(round(threshold), maxThreshold);
    return new Data(fittedOn, threshold, data.smoothing(), data.negations(), data.answers(),
        data.reporting(), cells);
  }

  private static void add(Map<String, int[]> counts, String key, boolean right) {
    int[] c = counts.computeIfAbsent(key, k -> new int[2]);
    c[0] += right ? 1 : 0;
    c[1]++;
  }

  static String toJson(Data data) {
    try {
      return MAPPER.writeValueAsString(data) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Data read(InputStream in) throws IOException {
    return MAPPER.readValue(in, Data.class);
  }

  private static final class Standard {
    static final ConfidenceModel INSTANCE = load();

    private static ConfidenceModel load() {
      try (InputStream in = ConfidenceModel.class.getResourceAsStream("confidence.json")) {
        if (in == null) {
          throw new IllegalStateException("confidence.json is missing from platform-scoring");
        }
        Data d = read(in);
        return new ConfidenceModel(d, d.reviewBelow());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled confidence.json", e);
      }
    }
  }
}
