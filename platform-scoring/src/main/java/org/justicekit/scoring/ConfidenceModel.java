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
 * <p>Each assessment the rules make is described by a few yes/no features of how it was read
 * ({@link Feature}): its stance; whether several sentences read that way or sentences conflict;
 * whether it is a bare mention; whether the deciding cue is a negation, a bare questionnaire
 * answer, a past-tense verb or a single word; whether the sentence reports someone else's words,
 * is conditional ("would", "if"), quotes, is long, or speaks in the first person. The confidence
 * is a logistic model of "the stance is right" over these features, fitted on <em>blind
 * readings</em>: the scorer's output on labelled text it had never been tuned on (each batch
 * read by the rules of the day before any rule was changed for it), so it says how often
 * readings like this one are right on new text, not on the text the rules were written for.
 * A NOT_MENTIONED reading gets the blind rate of NOT_MENTIONED readings.
 *
 * <p>An assessment needs review when its confidence is below the threshold, when its sentences
 * conflict, or when it is a bare mention. Weights, word lists and threshold are data ({@code
 * confidence.json}), fitted by {@link #fit}; see platform-scoring's {@code RULES.md}.
 * Immutable and thread-safe.
 */
final class ConfidenceModel {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The features of a reading, each 0 or 1; the first three are the stance's own intercepts. */
  enum Feature {
    SUPPORTS, OPPOSES, MIXED, AGREEING, CONFLICT, WEAK, NEGATED_CUE, ANSWER, REPORTED,
    PAST_CUE, ONE_WORD_CUE, CONDITIONAL, QUOTED, LONG_SENTENCE, FIRST_PERSON
  }

  /** The fitted data, as stored in {@code confidence.json}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Data(
      String fittedOn,
      double reviewBelow,
      double notMentioned,
      double regularization,
      Map<String, Double> weights,
      List<String> negations,
      List<String> answers,
      List<String> reporting,
      List<String> conditionals,
      List<String> firstPerson) {
    Data {
      weights = java.util.Collections.unmodifiableMap(new TreeMap<>(weights));
      negations = List.copyOf(negations);
      answers = List.copyOf(answers);
      reporting = List.copyOf(reporting);
      conditionals = List.copyOf(conditionals);
      firstPerson = List.copyOf(firstPerson);
    }
  }

  /** One labelled assessment, for fitting. */
  record Labelled(Assessment predicted, Stance gold) {}

  private final Data data;
  private final double reviewBelow;
  private final double[] weights;
  private final Set<String> negations;
  private final Set<String> answers;
  private final Set<String> reporting;
  private final Set<String> conditionals;
  private final Set<String> firstPerson;

  ConfidenceModel(Data data, double reviewBelow) {
    this.data = data;
    this.reviewBelow = reviewBelow;
    this.weights = new double[Feature.values().length];
    for (Feature f : Feature.values()) {
      weights[f.ordinal()] = data.weights().getOrDefault(f.name(), 0.0);
    }
    this.negations = Set.copyOf(data.negations());
    this.answers = Set.copyOf(data.answers());
    this.reporting = Set.copyOf(data.reporting());
    this.conditionals = Set.copyOf(data.conditionals());
    this.firstPerson = Set.copyOf(data.firstPerson());
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
    if (a.stance() == Stance.NOT_MENTIONED || a.evidence().isEmpty()) {
      return a.withConfidence(round(data.notMentioned()), List.of());
    }
    boolean[] f = features(a);
    double confidence = round(confidence(f));
    List<ReviewReason> reasons = new ArrayList<>(4);
    if (confidence < reviewBelow) {
      reasons.add(ReviewReason.LOW_CONFIDENCE);
    }
    if (f[Feature.CONFLICT.ordinal()]) {
      reasons.add(ReviewReason.CONFLICTING_CUES);
    }
    if (f[Feature.WEAK.ordinal()]) {
      reasons.add(ReviewReason.BARE_MENTION);
    }
    if (!reasons.isEmpty()) {
      if (f[Feature.NEGATED_CUE.ordinal()]) {
        reasons.add(ReviewReason.NEGATED_READING);
      }
      if (f[Feature.ANSWER.ordinal()]) {
        reasons.add(ReviewReason.ANSWER_TO_QUESTION);
      }
    }
    return a.withConfidence(confidence, reasons);
  }

  double confidence(boolean[] f) {
    return sigmoid(dot(weights, f));
  }

  private static double dot(double[] w, boolean[] f) {
    double z = 0;
    for (int i = 0; i < f.length; i++) {
      if (f[i]) {
        z += w[i];
      }
    }
    return z;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** The features of a mentioned assessment, indexed by {@link Feature#ordinal()}. */
  boolean[] features(Assessment a) {
    boolean[] f = new boolean[Feature.values().length];
    switch (a.stance()) {
      case SUPPORTS -> f[Feature.SUPPORTS.ordinal()] = true;
      case OPPOSES -> f[Feature.OPPOSES.ordinal()] = true;
      default -> f[Feature.MIXED.ordinal()] = true;
    }
    int agreeing = 0;
    boolean support = false;
    boolean oppose = false;
    for (Evidence e : a.evidence()) {
      agreeing += e.stance() == a.stance() ? 1 : 0;
      support |= e.stance() == Stance.SUPPORTS;
      oppose |= e.stance() == Stance.OPPOSES;
    }
    f[Feature.AGREEING.ordinal()] = agreeing >= 2;
    f[Feature.CONFLICT.ordinal()] = support && oppose;
    f[Feature.WEAK.ordinal()] = a.stance() == Stance.SUPPORTS && a.strength() <= 0.3;
    Evidence best = a.evidence().get(0);
    List<String> cue = words(best.cue());
    List<String> sentence = words(best.text());
    String cueText = String.join(" ", cue);
    boolean answer = answers.contains(cueText) || cueText.startsWith("answer");
    f[Feature.ANSWER.ordinal()] = answer;
    boolean negated = false;
    boolean past = false;
    for (String w : cue) {
      negated |= negations.contains(w) || w.endsWith("n't");
      past |= w.length() > 4 && w.endsWith("ed");
    }
    f[Feature.NEGATED_CUE.ordinal()] = negated && !answer;
    f[Feature.PAST_CUE.ordinal()] = past;
    f[Feature.ONE_WORD_CUE.ordinal()] = cue.size() == 1;
    boolean reported = false;
    boolean conditional = false;
    boolean first = false;
    for (String w : sentence) {
      reported |= reporting.contains(w);
      conditional |= conditionals.contains(w);
      first |= firstPerson.contains(w);
    }
    f[Feature.REPORTED.ordinal()] = reported;
    f[Feature.CONDITIONAL.ordinal()] = conditional;
    f[Feature.FIRST_PERSON.ordinal()] = first;
    f[Feature.QUOTED.ordinal()] = best.text().indexOf('"') >= 0 || best.text().indexOf('“') >= 0;
    f[Feature.LONG_SENTENCE.ordinal()] = sentence.size() > 25;
    return f;
  }

  /** The lower-case words of a text (letters and apostrophes; curly apostrophes folded). */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    StringBuilder w = new StringBuilder();
    while (i <= n) {
      char c = i < n ? text.charAt(i) : ' ';
      if (c == '’') {
        c = '\'';
      }
      if (Character.isLetter(c) || c == '\'') {
        w.append(Character.toLowerCase(c));
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
      i++;
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000.0;
  }

  /**
   * Fits the weights on labelled blind readings (L2-regularised logistic regression by gradient
   * descent, intercepts not regularised), the NOT_MENTIONED rate, and the review threshold: the
   * lowest at which SUPPORTS/OPPOSES flips are at most {@code maxFlipRate} of the readings left
   * unflagged.
   */
  Data fit(List<Labelled> labelled, String fittedOn, double maxFlipRate) {
    List<boolean[]> xs = new ArrayList<>();
    List<Boolean> right = new ArrayList<>();
    List<Boolean> flips = new ArrayList<>();
    int nmRight = 0;
    int nm = 0;
    for (Labelled l : labelled) {
      Assessment a = l.predicted();
      if (a.stance() == Stance.NOT_MENTIONED || a.evidence().isEmpty()) {
        nm++;
        nmRight += l.gold() == Stance.NOT_MENTIONED ? 1 : 0;
        continue;
      }
      xs.add(features(a));
      right.add(l.gold() == a.stance());
      flips.add(isFlip(a.stance(), l.gold()));
    }
    int k = Feature.values().length;
    double[] w = new double[k];
    double lambda = data.regularization();
    for (int iter = 0; iter < 20_000; iter++) {
      double[] grad = new double[k];
      for (int i = 0; i < xs.size(); i++) {
        double err = sigmoid(dot(w, xs.get(i))) - (right.get(i) ? 1 : 0);
        boolean[] x = xs.get(i);
        for (int j = 0; j < k; j++) {
          if (x[j]) {
            grad[j] += err;
          }
        }
      }
      for (int j = Feature.AGREEING.ordinal(); j < k; j++) {
        grad[j] += lambda * w[j];
      }
      for (int j = 0; j < k; j++) {
        w[j] -= 0.005 * grad[j];
      }
    }
    Map<String, Double> weightsOut = new TreeMap<>();
    for (Feature f : Feature.values()) {
      weightsOut.put(f.name(), Math.round(w[f.ordinal()] * 10_000) / 10_000.0);
    }
    double nmRate = nm == 0 ? 1 : (nmRight + 1.0) / (nm + 2.0);
    Data fitted = new Data(fittedOn, 0, round(nmRate), lambda, weightsOut, data.negations(),
        data.answers(), data.reporting(), data.conditionals(), data.firstPerson());
    ConfidenceModel model = new ConfidenceModel(fitted, 0);
    double threshold = 1.0;
    for (int t = 30; t <= 100; t++) {
      double tau = t / 100.0;
      int kept = 0;
      int flipped = 0;
      for (int i = 0; i < xs.size(); i++) {
        if (round(model.confidence(xs.get(i))) >= tau) {
          kept++;
          flipped += flips.get(i) ? 1 : 0;
        }
      }
      if (kept == 0 || flipped <= maxFlipRate * kept) {
        threshold = tau;
        break;
      }
    }
    return new Data(fittedOn, threshold, round(nmRate), lambda, weightsOut, data.negations(),
        data.answers(), data.reporting(), data.conditionals(), data.firstPerson());
  }

  static boolean isFlip(Stance predicted, Stance gold) {
    return (predicted == Stance.SUPPORTS && gold == Stance.OPPOSES)
        || (predicted == Stance.OPPOSES && gold == Stance.SUPPORTS);
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
