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
import org.justicekit.demands.ModelJson;
import org.justicekit.demands.Stance;
import org.junit.jupiter.api.Test;

/**
 * Checks that the bundled {@code confidence.json} is what the fitter makes from the committed
 * blind readings ({@code calibration/blind-readings.jsonl}: the scorer's output on labelled text
 * it had not been tuned on; see the README beside it), and that it is calibrated on them.
 *
 * <p>Refit after adding blind readings or changing a feature:
 * {@code ./mvnw -B -ntp -pl platform-scoring -am verify -Dtest=ConfidenceCalibrationTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Djusticekit.fitConfidence=true} (from the
 * repository root) rewrites {@code src/main/resources/org/justicekit/scoring/confidence.json};
 * commit it.
 */
final class ConfidenceCalibrationTest {
  /** The share of unflagged readings that may be SUPPORTS/OPPOSES flips, on the fit data. */
  static final double MAX_FLIP_RATE = 0.02;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DIR = Path.of("src/test/resources/org/justicekit/scoring/calibration");

  /** Every labelled assessment of the blind readings in the calibration folder. */
  static List<ConfidenceModel.Labelled> blindReadings() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    List<ConfidenceModel.Labelled> out = new ArrayList<>();
    for (Path file : files) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        JsonNode labels = node.path("labels");
        for (JsonNode a : node.path("assessments")) {
          Assessment assessment = ModelJson.fromJson(a.toString(), Assessment.class);
          JsonNode gold = labels.get(assessment.demand().id());
          out.add(new ConfidenceModel.Labelled(assessment,
              gold == null ? Stance.NOT_MENTIONED : Stance.valueOf(gold.asText())));
        }
      }
    }
    return out;
  }

  @Test
  void bundledTable_isWhatTheFitterMakesFromTheBlindReadings() throws IOException {
    List<ConfidenceModel.Labelled> pairs = blindReadings();
    assertThat(pairs).hasSizeGreaterThan(1000);
    ConfidenceModel.Data fitted = ConfidenceModel.standard().fit(pairs,
        "calibration/blind-readings.jsonl (" + pairs.size() + " record x demand pairs)",
        MAX_FLIP_RATE);
    if (Boolean.getBoolean("justicekit.fitConfidence")) {
      Files.writeString(Path.of("src/main/resources/org/justicekit/scoring/confidence.json"),
          ConfidenceModel.toJson(fitted), StandardCharsets.UTF_8);
      return;
    }
    ConfidenceModel.Data bundled;
    try (InputStream in = ConfidenceModel.class.getResourceAsStream("confidence.json")) {
      bundled = ConfidenceModel.read(in);
    }
    assertThat(bundled.weights()).as("confidence.json is stale; refit: see the class Javadoc")
        .isEqualTo(fitted.weights());
    assertThat(bundled.reviewBelow()).isEqualTo(fitted.reviewBelow());
    assertThat(bundled.notMentioned()).isEqualTo(fitted.notMentioned());
  }

  @Test
  void bundledModel_isCalibratedOnTheBlindReadings() throws IOException {
    ConfidenceModel model = ConfidenceModel.standard();
    List<ConfidenceModel.Labelled> applied = new ArrayList<>();
    for (var l : blindReadings()) {
      applied.add(new ConfidenceModel.Labelled(model.apply(l.predicted()), l.gold()));
    }
    Calibration c = Calibration.of(applied);
    assertThat(c.expectedCalibrationError()).isLessThan(0.05);
    assertThat(c.unflaggedFlips()).isLessThanOrEqualTo(
        (int) Math.ceil(MAX_FLIP_RATE * c.unflagged()));
  }

  @Test
  void bundledTable_loads() throws IOException {
    try (InputStream in = ConfidenceModel.class.getResourceAsStream("confidence.json")) {
      assertThat(in).isNotNull();
      ConfidenceModel.Data data = ConfidenceModel.read(in);
      assertThat(data.negations()).contains("not", "never");
      assertThat(data.reviewBelow()).isBetween(0.0, 1.0);
      assertThat(data.weights()).containsKeys("SUPPORTS", "OPPOSES", "MIXED");
    }
  }

  /** Calibration and risk-coverage over labelled pairs. */
  record Calibration(double expectedCalibrationError, int unflaggedFlips, int unflagged,
      double coverage) {
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
            flips += ConfidenceModel.isFlip(a.stance(), l.gold()) ? 1 : 0;
          }
        }
      }
      double ece = 0;
      for (int b = 0; b < 10; b++) {
        if (n[b] > 0) {
          ece += Math.abs(sum[b] / n[b] - (double) right[b] / n[b]) * n[b] / pairs.size();
        }
      }
      return new Calibration(ece, flips, unflagged,
          mentioned == 0 ? 1 : (double) unflagged / mentioned);
    }
  }
}
