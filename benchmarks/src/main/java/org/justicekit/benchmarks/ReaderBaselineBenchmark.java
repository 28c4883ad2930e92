package org.justicekit.benchmarks;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;
import org.justicekit.scoring.InputFormat;
import org.justicekit.scoring.PlatformScorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Plain-text scoring by this build's reader against a baseline build of the scorer, in the same
 * JVM and at the same time: the two methods of the group {@code reader} run side by side, one
 * thread each, so a loaded machine slows both alike and the ratio of their throughputs holds.
 * The baseline is another build's {@code benchmarks.jar}, loaded in its own class loader (with
 * its own scorer, model, Jackson and jsoup), named by the system property
 * {@code justicekit.baseline.jar}.
 *
 * <pre>{@code
 * git archive <base-commit> | tar -x -C /tmp/base
 * (cd /tmp/base && ./mvnw -q -B -ntp -o package -DskipTests -pl benchmarks -am)
 * ./mvnw -q -B -ntp -o package -DskipTests -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar ReaderBaselineBenchmark \
 *     -jvmArgsAppend -Djusticekit.baseline.jar=/tmp/base/benchmarks/target/benchmarks.jar
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Group)
public class ReaderBaselineBenchmark {

  /** Page size in characters. */
  @Param({"20KB", "200KB"})
  public String size;

  private String text;
  private PlatformScorer scorer;
  private Object baselineScorer;
  private Object baselineOffice;
  private Object baselineFormat;
  private Method baselineScore;

  /** Builds the page and both scorers once per trial. */
  @Setup(Level.Trial)
  public void setUp() throws ReflectiveOperationException, java.io.IOException {
    text = PlatformCorpus.page(PlatformCorpus.Shape.TEXT, PlatformCorpus.parseSize(size), 42);
    scorer = PlatformScorer.create();
    String jar = System.getProperty("justicekit.baseline.jar");
    if (jar == null) {
      throw new IllegalStateException("set -Djusticekit.baseline.jar=<baseline benchmarks.jar>");
    }
    @SuppressWarnings("resource") // lives as long as the trial's fork
    URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()},
        ClassLoader.getPlatformClassLoader());
    Class<?> scorerClass = loader.loadClass("org.justicekit.scoring.PlatformScorer");
    Class<?> officeClass = loader.loadClass("org.justicekit.demands.OfficeType");
    Class<?> formatClass = loader.loadClass("org.justicekit.scoring.InputFormat");
    baselineScorer = scorerClass.getMethod("create").invoke(null);
    baselineOffice = officeClass.getMethod("of", String.class).invoke(null, "PROSECUTOR");
    baselineFormat = formatClass.getField("TEXT").get(null);
    baselineScore = scorerClass.getMethod("score", officeClass, String.class, formatClass);
    if (scorer.score(OfficeType.PROSECUTOR, text, InputFormat.TEXT).assessments().isEmpty()) {
      throw new IllegalStateException("the benchmark page scored nothing");
    }
  }

  /** The baseline build scores the page. */
  @Benchmark
  @Group("reader")
  @GroupThreads(1)
  public Object baseline() throws ReflectiveOperationException {
    return baselineScore.invoke(baselineScorer, baselineOffice, text, baselineFormat);
  }

  /** This build scores the page. */
  @Benchmark
  @Group("reader")
  @GroupThreads(1)
  public PlatformScore current() {
    return scorer.score(OfficeType.PROSECUTOR, text, InputFormat.TEXT);
  }
}
