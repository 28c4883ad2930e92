package org.justicekit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;
import org.justicekit.demands.SecondOpinion;
import org.justicekit.demands.Stance;
import org.justicekit.scoring.PlatformScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code justicekit eval}: measures the scorer against a labelled dataset. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Measure the scorer on a labelled dataset.",
        "Reports precision, recall and F1 per stance and per demand, macro-F1 over the four",
        "stances, and SUPPORTS<->OPPOSES flips.",
        "Each line: {\"id\",\"office\",\"text\",\"labels\":{demand: stance}}; unlabelled demands",
        "of the office count as NOT_MENTIONED."})
final class EvalCommand implements Runnable {
  @Spec
  @SuppressWarnings("NullAway")
  CommandSpec spec;

  @Option(names = "--dataset", required = true, paramLabel = "IN.jsonl",
      description = "The labelled dataset.")
  @Nullable Path dataset;

  @Option(names = "--min-macro-f1", paramLabel = "X",
      description = "Exit 1 if macro-F1 is below X (0..1).")
  @Nullable Double minMacroF1;

  @Option(names = "--errors", description = "Also list every wrong record x demand pair.")
  boolean showErrors;

  @Option(names = "--rules", paramLabel = "FILE", description = "Scoring rules for a custom --catalog.")
  @Nullable Path rules;

  @Mixin
  CatalogOption catalogOption = new CatalogOption();

  @Mixin
  AdjudicatorOptions adjudicatorOptions = new AdjudicatorOptions();

  /** One labelled record x demand pair. */
  record Pair(String record, String demand, Stance gold, Stance predicted, String evidence,
      double confidence, boolean needsReview, SecondOpinion.@Nullable Outcome secondOpinion) {}

  @Override
  public void run() {
    if (minMacroF1 != null && !(minMacroF1 >= 0 && minMacroF1 <= 1)) {
      throw CliException.badInput("--min-macro-f1 must be between 0 and 1");
    }
    ScoreCommand helper = new ScoreCommand();
    helper.rules = rules;
    helper.catalogOption = catalogOption;
    helper.adjudicatorOptions = adjudicatorOptions;
    PlatformScorer scorer = helper.scorer();
    List<Pair> pairs = score(scorer, dataset);
    List<Pair> rulesOnly = adjudicatorOptions.enabled()
        ? score(helper.rulesScorer(), dataset) : pairs;
    if (pairs.isEmpty()) {
      throw CliException.badInput(dataset + " has no labelled records");
    }
    PrintWriter out = spec.commandLine().getOut();
    Metrics all = Metrics.of(pairs);
    out.printf(Locale.ROOT, "dataset %s: %d records, %d record x demand pairs%n%n", dataset,
        pairs.stream().map(Pair::record).distinct().count(), pairs.size());
    out.printf(Locale.ROOT, "%-34s %9s %9s %9s %7s%n", "stance", "precision", "recall", "F1",
        "support");
    for (Stance s : Stance.values()) {
      out.printf(Locale.ROOT, "%-34s %9.3f %9.3f %9.3f %7d%n", s, all.precision(s),
          all.recall(s), all.f1(s), all.support(s));
    }
    out.println();
    out.printf(Locale.ROOT, "%-34s %9s %9s %9s %7s%n", "demand", "accuracy", "macro-F1", "flips",
        "pairs");
    Map<String, List<Pair>> byDemand = new LinkedHashMap<>();
    for (Pair p : pairs) {
      byDemand.computeIfAbsent(p.demand(), k -> new ArrayList<>()).add(p);
    }
    for (var e : byDemand.entrySet()) {
      Metrics m = Metrics.of(e.getValue());
      out.printf(Locale.ROOT, "%-34s %9.3f %9.3f %9d %7d%n", e.getKey(), m.accuracy(),
          m.macroF1(), m.flips(), e.getValue().size());
      for (Stance s : Stance.values()) {
        if (m.support(s) > 0 || m.predicted(s) > 0) {
          out.printf(Locale.ROOT, "  %-32s %9.3f %9.3f %9.3f %7d%n", s, m.precision(s),
              m.recall(s), m.f1(s), m.support(s));
        }
      }
    }
    out.println();
    out.printf(Locale.ROOT, "accuracy %.3f%n", all.accuracy());
    out.printf(Locale.ROOT, "macro-F1 %.3f%n", all.macroF1());
    out.printf(Locale.ROOT, "SUPPORTS<->OPPOSES flips %d%n", all.flips());
    out.println();
    printTrust(out, pairs);
    if (adjudicatorOptions.enabled()) {
      out.println();
      printSecondOpinion(out, rulesOnly, pairs, adjudicatorOptions.model);
    }
    if (showErrors) {
      out.println();
      for (Pair p : pairs) {
        if (p.gold() != p.predicted()) {
          out.printf(Locale.ROOT, "%s %-34s gold %-13s got %-13s %s%n", p.record(), p.demand(),
              p.gold(), p.predicted(), p.evidence());
        }
      }
    }
    out.flush();
    if (minMacroF1 != null && all.macroF1() < minMacroF1) {
      throw new CliException(Main.CHECK_FAILED, String.format(Locale.ROOT,
          "macro-F1 %.3f is below the bar of %.3f", all.macroF1(), minMacroF1));
    }
  }

  private static List<Pair> score(PlatformScorer scorer, @Nullable Path file) {
    List<Pair> pairs = new ArrayList<>();
    JsonLines.forEach(file, (number, line) -> {
      String where = file + " line " + number;
      JsonNode node;
      try {
        node = ScoreJson.MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        throw CliException.badInput(where + ": malformed JSON: " + e.getOriginalMessage());
      }
      if (node == null || !node.isObject() || !node.path("text").isTextual()
          || !node.path("office").isTextual()) {
        throw CliException.badInput(where + ": needs \"office\" and \"text\" strings");
      }
      String id = node.path("id").asText("line-" + number);
      OfficeType office;
      try {
        office = OfficeType.of(node.get("office").textValue());
      } catch (IllegalArgumentException e) {
        throw CliException.badInput(where + ": " + e.getMessage());
      }
      JsonNode labels = node.path("labels");
      PlatformScore score = scorer.score(office, node.get("text").textValue());
      for (Assessment a : score.assessments()) {
        Stance gold = Stance.NOT_MENTIONED;
        JsonNode label = labels.get(a.demand().id());
        if (label != null) {
          try {
            gold = Stance.valueOf(label.asText());
          } catch (IllegalArgumentException e) {
            throw CliException.badInput(where + ": unknown stance '" + label.asText()
                + "' for " + a.demand().id());
          }
        }
        pairs.add(new Pair(id, a.demand().id(), gold, a.stance(),
            a.bestEvidence().map(ev -> "[" + ev.cue() + "] " + ev.text()).orElse(""),
            a.confidence(), a.needsReview(),
            a.secondOpinion() == null ? null : a.secondOpinion().outcome()));
      }
    });
    return pairs;
  }

  /**
   * Calibration (expected calibration error over ten confidence bins) and risk-coverage: among
   * the readings not flagged for review, their share of all mentioned readings, accuracy and
   * flips.
   */
  static void printTrust(PrintWriter out, List<Pair> pairs) {
    out.printf(Locale.ROOT, "confidence: expected calibration error %.3f (10 bins, %d pairs)%n",
        expectedCalibrationError(pairs), pairs.size());
    List<Pair> mentioned = new ArrayList<>();
    List<Pair> kept = new ArrayList<>();
    for (Pair p : pairs) {
      if (p.predicted() != Stance.NOT_MENTIONED) {
        mentioned.add(p);
        if (!p.needsReview()) {
          kept.add(p);
        }
      }
    }
    Metrics k = Metrics.of(kept);
    Metrics m = Metrics.of(mentioned);
    out.printf(Locale.ROOT, "risk-coverage: all %d mentioned readings: accuracy %.3f, flips %d%n",
        mentioned.size(), m.accuracy(), m.flips());
    out.printf(Locale.ROOT, "risk-coverage: not flagged for review: %d of %d (coverage %.1f%%), "
        + "accuracy %.3f, flips %d%n", kept.size(), mentioned.size(),
        mentioned.isEmpty() ? 100.0 : 100.0 * kept.size() / mentioned.size(), k.accuracy(),
        k.flips());
  }

  static double expectedCalibrationError(List<Pair> pairs) {
    double[] sum = new double[10];
    int[] right = new int[10];
    int[] n = new int[10];
    for (Pair p : pairs) {
      int bin = Math.min(9, (int) (p.confidence() * 10));
      sum[bin] += p.confidence();
      right[bin] += p.gold() == p.predicted() ? 1 : 0;
      n[bin]++;
    }
    double ece = 0;
    for (int b = 0; b < 10; b++) {
      if (n[b] > 0) {
        ece += Math.abs(sum[b] / n[b] - (double) right[b] / n[b]) * n[b] / pairs.size();
      }
    }
    return ece;
  }

  /** The metrics with and without the second opinion, and what it did. */
  static void printSecondOpinion(PrintWriter out, List<Pair> rules, List<Pair> with,
      @Nullable String model) {
    Metrics r = Metrics.of(rules);
    Metrics w = Metrics.of(with);
    out.printf(Locale.ROOT, "second opinion (%s): %n", model);
    out.printf(Locale.ROOT, "  %-22s %9s %9s %6s%n", "", "macro-F1", "accuracy", "flips");
    out.printf(Locale.ROOT, "  %-22s %9.3f %9.3f %6d%n", "rules only", r.macroF1(), r.accuracy(),
        r.flips());
    out.printf(Locale.ROOT, "  %-22s %9.3f %9.3f %6d%n", "with second opinion", w.macroF1(),
        w.accuracy(), w.flips());
    Map<SecondOpinion.Outcome, Integer> outcomes = new java.util.EnumMap<>(
        SecondOpinion.Outcome.class);
    for (Pair p : with) {
      if (p.secondOpinion() != null) {
        outcomes.merge(p.secondOpinion(), 1, Integer::sum);
      }
    }
    StringBuilder sb = new StringBuilder("  asked ");
    int asked = outcomes.values().stream().mapToInt(Integer::intValue).sum();
    sb.append(asked).append(':');
    for (SecondOpinion.Outcome o : SecondOpinion.Outcome.values()) {
      sb.append(' ').append(o.name().toLowerCase(Locale.ROOT)).append(' ')
          .append(outcomes.getOrDefault(o, 0));
    }
    out.println(sb);
  }

  /** Confusion counts over a set of pairs. */
  record Metrics(int[][] confusion, int total) {
    static Metrics of(List<Pair> pairs) {
      int[][] c = new int[4][4];
      for (Pair p : pairs) {
        c[p.gold().ordinal()][p.predicted().ordinal()]++;
      }
      return new Metrics(c, pairs.size());
    }

    int support(Stance s) {
      int n = 0;
      for (int j = 0; j < 4; j++) {
        n += confusion[s.ordinal()][j];
      }
      return n;
    }

    int predicted(Stance s) {
      int n = 0;
      for (int i = 0; i < 4; i++) {
        n += confusion[i][s.ordinal()];
      }
      return n;
    }

    double precision(Stance s) {
      int p = predicted(s);
      return p == 0 ? 0 : (double) confusion[s.ordinal()][s.ordinal()] / p;
    }

    double recall(Stance s) {
      int g = support(s);
      return g == 0 ? 0 : (double) confusion[s.ordinal()][s.ordinal()] / g;
    }

    double f1(Stance s) {
      double p = precision(s);
      double r = recall(s);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Mean F1 over the stances that occur in gold or prediction. */
    double macroF1() {
      double sum = 0;
      int n = 0;
      for (Stance s : Stance.values()) {
        if (support(s) > 0 || predicted(s) > 0) {
          sum += f1(s);
          n++;
        }
      }
      return n == 0 ? 0 : sum / n;
    }

    double accuracy() {
      int right = 0;
      for (int i = 0; i < 4; i++) {
        right += confusion[i][i];
      }
      return total == 0 ? 0 : (double) right / total;
    }

    int flips() {
      int s = Stance.SUPPORTS.ordinal();
      int o = Stance.OPPOSES.ordinal();
      return confusion[s][o] + confusion[o][s];
    }
  }
}
