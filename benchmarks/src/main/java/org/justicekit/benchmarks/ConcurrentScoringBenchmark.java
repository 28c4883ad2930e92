package org.justicekit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;
import org.justicekit.scoring.InputFormat;
import org.justicekit.scoring.PlatformScorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

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
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ConcurrentScoringBenchmark {

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
