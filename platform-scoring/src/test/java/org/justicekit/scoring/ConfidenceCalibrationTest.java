package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.Stance;
import org.junit.jupiter.api.Test;

/**
 * Checks the bundled confidence table against the labelled sets it is fitted on, and refits it:
 * {@code ./mvnw -B -ntp -pl platform-scoring -am verify -Dtest=ConfidenceCalibrationTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Djusticekit.fitConfidence=true} rewrites
 * {@code src/main/resources/org/justicekit/scoring/confidence.json} (run it from the repository
 * root after every change to the rules, then commit the file).
 *
 * <p>The sets: the shared dev set (where {@code justicekit.shared.dir} is given), the project's
 * held-out set and the tuning batches of real-style text; never the blind batches.
 */
final class ConfidenceCalibrationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path RESOURCES = Path.of("src/test/resources/org/justicekit/scoring");

  /** The labelled sets the table is fitted on, those present here. */
  static List<Path> fitSets() throws IOException {
    List<Path> sets = new ArrayList<>();
    String shared = System.getProperty("justicekit.shared.dir");
    if (shared != null && Files.isRegularFile(Path.of(shared, "eval", "stance-dev.jsonl"))) {
      sets.add(Path.of(shared, "eval", "stance-dev.jsonl"));
    }
    sets.add(RESOURCES.resolve("holdout/stance-holdout.jsonl"));
    Path tuning = RESOURCES.resolve("realtext/tuning");
    if (Files.isDirectory(tuning)) {
      try (Stream<Path> files = Files.list(tuning)) {
        files.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(sets::add);
      }
    }
    return sets;
  }

  /** Every labelled record x demand pair of the sets, scored by the standard scorer. */
  static List<ConfidenceModel.Labelled> labelled(PlatformScorer scorer, List<Path> sets)
      throws IOException {
    List<ConfidenceModel.Labelled> out = new ArrayList<>();
    for (Path set : sets) {
      for (String line : Files.readAllLines(set, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        JsonNode labels = node.path("labels");
        var score = scorer.score(OfficeType.of(node.get("office").asText()),
            node.get("text").asText());
        for (Assessment a : score.assessments()) {
          JsonNode gold = labels.get(a.demand().id());
          out.add(new ConfidenceModel.Labelled(a,
              gold == null ? Stance.NOT_MENTIONED : Stance.valueOf(gold.asText())));
        }
      }
    }
    return out;
  }

  @Test
  void bundledTable_fitsTheLabelledSets() throws IOException {
    List<Path> sets = fitSets();
    PlatformScorer scorer = PlatformScorer.create();
    List<ConfidenceModel.Labelled> pairs = labelled(scorer, sets);
    if (Boolean.getBoolean("justicekit.fitConfidence")) {
      StringBuilder names = new StringBuilder();
      for (Path p : sets) {
        names.append(names.length() == 0 ? "" : ", ").append(p.getFileName());
      }
      var data = ConfidenceModel.standard().fit(pairs, names.toString(), 0.95);
      Files.writeString(Path.of("src/main/resources/org/justicekit/scoring/confidence.json"),
          ConfidenceModel.toJson(data), StandardCharsets.UTF_8);
      return;
    }
    Calibration c = Calibration.of(pairs);
    // calibrated: the expected calibration error over ten bins is small
    assertThat(c.expectedCalibrationError()).as("ECE; refit: see the class Javadoc")
        .isLessThan(0.08);
    // on the data it was fitted on, no SUPPORTS/OPPOSES flip goes unflagged
    assertThat(c.unflaggedFlips()).as("unflagged flips; refit: see the class Javadoc").isZero();
    assertThat(c.coverage()).as("share of mentioned readings not flagged").isGreaterThan(0.7);
  }

  @Test
  void bundledTable_loads() throws IOException {
    try (InputStream in = ConfidenceModel.class.getResourceAsStream("confidence.json")) {
      assertThat(in).isNotNull();
      ConfidenceModel.Data data = ConfidenceModel.read(in);
      assertThat(data.negations()).contains("not", "never");
      assertThat(data.reviewBelow()).isBetween(0.0, 1.0);
    }
  }

  /** Calibration and risk-coverage over labelled pairs. */
  record Calibration(double expectedCalibrationError, int unflaggedFlips, double coverage) {
    static Calibration of(List<ConfidenceModel.Labelled> pairs) {
      double[] sum = new double[10];
      int[] right = new int[10];
      int[] n = new int[10];
      int flips = 0;
      int mentioned = 0;
      int unflagged = 0;
      for (var l : pairs) {
        Assessment a = l.predicted();
        int bin = Math.min(9, (int) (a.confidence() * 10));
        sum[bin] += a.confidence();
        n[bin]++;
        right[bin] += a.stance() == l.gold() ? 1 : 0;
        if (a.stance() != Stance.NOT_MENTIONED) {
          mentioned++;
          if (!a.needsReview()) {
            unflagged++;
            boolean flip = (a.stance() == Stance.SUPPORTS && l.gold() == Stance.OPPOSES)
                || (a.stance() == Stance.OPPOSES && l.gold() == Stance.SUPPORTS);
            flips += flip ? 1 : 0;
          }
        }
      }
      double ece = 0;
      for (int b = 0; b < 10; b++) {
        if (n[b] > 0) {
          ece += Math.abs(sum[b] / n[b] - (double) right[b] / n[b]) * n[b] / pairs.size();
        }
      }
      return new Calibration(ece, flips, mentioned == 0 ? 1 : (double) unflagged / mentioned);
    }
  }
}
