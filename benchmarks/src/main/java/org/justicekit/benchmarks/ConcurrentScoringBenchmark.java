package org.justicekit.benchmarks;

import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;
import org.justicekit.scoring.InputFormat;
import org.justicekit.scoring.PlatformScorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Threads;

/**
 * One scorer shared by one and by two threads: the aggregate throughput of {@link #twoThreads}
 * over {@link #oneThread} shows how well scoring scales (the scorer is immutable; each call
 * owns its buffers). JMH sums the throughput of all threads of a benchmark.
 *
 * <p>Run from the repository root after {@code ./mvnw -q package -DskipTests}:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ConcurrentScoringBenchmark -prof gc
 * }</pre>
 */
public class ConcurrentScoringBenchmark extends BenchmarkSettings {

  /** Page size in characters. */
  @Param({"20KB"})
  public String size;

  private String text;
  private PlatformScorer scorer;

  /** Builds the page and the one shared scorer once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    text = PlatformCorpus.page(PlatformCorpus.Shape.TEXT, PlatformCorpus.parseSize(size), 42);
    scorer = PlatformScorer.create();
  }

  /** One thread scoring. */
  @Benchmark
  @Threads(1)
  public PlatformScore oneThread() {
    return scorer.score(OfficeType.PROSECUTOR, text, InputFormat.TEXT);
  }

  /** Two threads scoring with the same scorer. */
  @Benchmark
  @Threads(2)
  public PlatformScore twoThreads() {
    return scorer.score(OfficeType.PROSECUTOR, text, InputFormat.TEXT);
  }
}
