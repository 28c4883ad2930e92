package org.justicekit.benchmarks;

import org.jsoup.Jsoup;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;
import org.justicekit.scoring.InputFormat;
import org.justicekit.scoring.PlatformScorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * HTML scoring against jsoup's own text extraction of the same page, in the same run.
 *
 * <ul>
 *   <li>{@link #score}: {@link PlatformScorer#score(OfficeType, String, InputFormat)} with
 *       {@link InputFormat#HTML}: parse, readable-text extraction (scripts, styles and
 *       navigation dropped, block boundaries kept), then the whole plain-text scoring.
 *   <li>{@link #jsoupText}: {@code Jsoup.parse(html).text()} alone, the least any HTML reader
 *       built on jsoup does.
 * </ul>
 *
 * <p>Run from the repository root after {@code ./mvnw -q package -DskipTests}:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar HtmlScoringBenchmark -prof gc
 * }</pre>
 */
public class HtmlScoringBenchmark extends BenchmarkSettings {

  /** Page size in characters, markup included. */
  @Param({"2KB", "20KB", "200KB", "2MB"})
  public String size;

  private String html;
  private PlatformScorer scorer;

  /** Builds the page and the scorer once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    html = PlatformCorpus.page(PlatformCorpus.Shape.HTML, PlatformCorpus.parseSize(size), 42);
    scorer = PlatformScorer.create();
  }

  /** Scores the HTML page for a prosecutor. */
  @Benchmark
  public PlatformScore score() {
    return scorer.score(OfficeType.PROSECUTOR, html, InputFormat.HTML);
  }

  /** Parses the page with jsoup and takes its text. */
  @Benchmark
  public String jsoupText() {
    return Jsoup.parse(html).text();
  }
}
