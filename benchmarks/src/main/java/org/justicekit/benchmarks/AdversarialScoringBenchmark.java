package org.justicekit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;
import org.justicekit.scoring.InputFormat;
import org.justicekit.scoring.PlatformScorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Scoring time on the adversarial shapes of issue 11, against plain prose of the same size in
 * the same run. Before the fix these went quadratic to cubic (a 256 KB run of {@code bail,}
 * took 25 s); the scorer's contract is time linear in the input whatever separates the words.
 *
 * <ul>
 *   <li>{@code PLAIN}: the baseline, generated platform prose ({@link PlatformCorpus}).
 *   <li>{@code BAIL_COMMA}: {@code bail,} repeated, no space at all.
 *   <li>{@code CASH_SEMI_BAIL_COMMA}: {@code cash;bail,} repeated.
 *   <li>{@code NBSP_PROSE}: the same prose with every space turned into U+00A0.
 *   <li>{@code COMMA_PROSE}: the same prose with every space turned into {@code ,}.
 *   <li>{@code HTML_BAIL_COMMA}: one {@code <p>} of {@code bail,}, scored as HTML.
 * </ul>
 *
 * <p>Average time per score; the ratio of a shape to {@code PLAIN} at the same size is the
 * number to watch (a small constant), and time per KB should not grow with the size. Run from
 * the repository root after {@code ./mvnw -q package -DskipTests}:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar AdversarialScoringBenchmark -f 1 -wi 2 -i 3 -w 2 -r 2 -rf json
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AdversarialScoringBenchmark extends BenchmarkSettings {

  /** The input's shape. */
  public enum Shape {
    PLAIN, BAIL_COMMA, CASH_SEMI_BAIL_COMMA, NBSP_PROSE, COMMA_PROSE, HTML_BAIL_COMMA
  }

  /** Input size in characters. */
  @Param({"64KB", "256KB", "1MB"})
  public String size;

  /** The input's shape; {@code PLAIN} is the baseline. */
  @Param
  public Shape shape;

  private String text;
  private InputFormat format;
  private PlatformScorer scorer;

  /** Builds the input and the scorer once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    int chars = PlatformCorpus.parseSize(size);
    String prose = PlatformCorpus.page(PlatformCorpus.Shape.TEXT, chars, 42);
    format = InputFormat.TEXT;
    text = switch (shape) {
      case PLAIN -> prose;
      case BAIL_COMMA -> repeat("bail,", chars);
      case CASH_SEMI_BAIL_COMMA -> repeat("cash;bail,", chars);
      case NBSP_PROSE -> prose.replace(' ', '\u00a0');
      case COMMA_PROSE -> prose.replace(' ', ',');
      case HTML_BAIL_COMMA -> {
        format = InputFormat.HTML;
        yield "<html><body><p>" + repeat("bail,", chars - 32) + "</p></body></html>";
      }
    };
    scorer = PlatformScorer.create();
  }

  /** Scores the input for a prosecutor. */
  @Benchmark
  public PlatformScore score() {
    return scorer.score(OfficeType.PROSECUTOR, text, format);
  }

  private static String repeat(String unit, int chars) {
    return unit.repeat(chars / unit.length());
  }
}
