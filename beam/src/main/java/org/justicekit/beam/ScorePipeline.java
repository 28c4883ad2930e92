package org.justicekit.beam;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * The runnable pipeline: {@code java -jar justicekit-beam.jar --input=GLOB --output=PREFIX
 * [--runner=...]}. Reads JSON-lines files ({@link ReadJsonLines}), scores every line
 * ({@link ScorePlatforms}), writes the scored records to {@code PREFIX-SSSSS-of-NNNNN.jsonl} and
 * the lines that could not be scored to {@code PREFIX-dead-SSSSS-of-NNNNN.jsonl}.
 *
 * <p>The runner is Beam's DirectRunner unless {@code --runner} names another one on the class
 * path (the jar built with {@code -Pflink} carries the FlinkRunner). Exit codes as the CLI's: 0
 * the job finished (dead letters or not), 2 bad usage or no input file, 70 an internal error.
 *
 * <p>Stateless: {@link #create(ScoreOptions)} builds a new pipeline on each call.
 */
public final class ScorePipeline {
  private static final String NAME = "justicekit-beam";
  private static final String USAGE = "usage: java -jar justicekit-beam.jar --input=GLOB"
      + " --output=PREFIX [--runner=DirectRunner|FlinkRunner|...] (--help=ScoreOptions for all)";

  private ScorePipeline() {}

  /** Builds the pipeline for these options without running it. */
  public static Pipeline create(ScoreOptions options) {
    Pipeline pipeline = Pipeline.create(options);
    ScorePlatforms.Result result = pipeline
        .apply("Read " + options.getInput(), ReadJsonLines.from(options.getInput()).withBuckets(buckets(options)))
        .apply("Score platforms", ScorePlatforms.create());
    TextIO.Write scored = TextIO.write().to(options.getOutput()).withSuffix(".jsonl");
    if (options.getNumShards() > 0) {
      scored = scored.withNumShards(options.getNumShards());
    }
    result.scored().apply("Write scored", scored);
    result.deadLetters().apply("Write dead letters",
        TextIO.write().to(deadLetterPrefix(options.getOutput())).withSuffix(".jsonl"));
    return pipeline;
  }

  /**
   * The buckets to spread lines over: as given, or on the DirectRunner (one bundle per key, each
   * with a fixed cost: measured 2.5 times faster on the dev set with 4 keys than with one per
   * line) two per processor, elsewhere 0 (one random key per line).
   */
  static int buckets(ScoreOptions options) {
    if (options.getBuckets() > 0) {
      return options.getBuckets();
    }
    boolean direct = options.getRunner().getSimpleName().equals("DirectRunner");
    return direct ? 2 * Math.max(3, Runtime.getRuntime().availableProcessors()) : 0;
  }

  /** The prefix of the dead-letter files for an output prefix. */
  public static String deadLetterPrefix(String output) {
    return output + "-dead";
  }

  /** Runs the pipeline and exits with its code. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    quietBeamLogging();
    System.exit(run(out, err, args));
  }

  /**
   * On the DirectRunner, turns off its checks that every element survives encoding and is not
   * mutated by a DoFn (they are for testing DoFns, which our tests do with them on), unless the
   * arguments set them: measured 1.5 times the records per second on 21,000 platforms.
   */
  static String[] withDirectRunnerDefaults(String[] args) {
    List<String> all = new ArrayList<>(List.of(args));
    boolean direct = all.stream().filter(a -> a.startsWith("--runner="))
        .allMatch(a -> a.equals("--runner=DirectRunner"));
    if (direct) {
      for (String option : List.of("--enforceImmutability", "--enforceEncodability")) {
        if (all.stream().noneMatch(a -> a.startsWith(option))) {
          all.add(option + "=false");
        }
      }
    }
    return all.toArray(String[]::new);
  }

  /**
   * Beam logs every file it writes at INFO, and warns after each job that its (already removed)
   * temporary files are gone; keep warnings only, unless the user configured logging.
   */
  private static void quietBeamLogging() {
    if (System.getProperty("java.util.logging.config.file") == null) {
      QUIET.add(Logger.getLogger("org.apache.beam"));
      QUIET.get(0).setLevel(Level.WARNING);
      QUIET.add(Logger.getLogger("org.apache.beam.sdk.io.FileBasedSink"));
      QUIET.get(1).setLevel(Level.SEVERE);
    }
  }

  /** Strong references, so the configured loggers are not collected with their levels. */
  private static final List<Logger> QUIET = new ArrayList<>();

  /** Runs the pipeline to its end and returns the exit code. */
  static int run(PrintStream out, PrintStream err, String... args) {
    ScoreOptions options;
    try {
      PipelineOptionsFactory.register(ScoreOptions.class);
      options = PipelineOptionsFactory.fromArgs(withDirectRunnerDefaults(args)).withValidation()
          .as(ScoreOptions.class);
    } catch (IllegalArgumentException e) {
      err.println(NAME + ": " + BatchRecords.oneLine(e.getMessage()));
      err.println(USAGE);
      return 2;
    }
    try {
      FileSystems.setDefaultPipelineOptions(options);
      MatchResult match = FileSystems.match(options.getInput());
      if (match.status() != MatchResult.Status.OK || match.metadata().isEmpty()) {
        err.println(NAME + ": no file matches --input=" + options.getInput());
        return 2;
      }
    } catch (IOException | IllegalArgumentException e) {
      err.println(NAME + ": cannot read --input=" + options.getInput() + ": "
          + BatchRecords.oneLine(e.getMessage()));
      return 2;
    }
    PipelineResult result;
    try {
      result = create(options).run();
      PipelineResult.State state = result.waitUntilFinish();
      if (state != PipelineResult.State.DONE) {
        err.println(NAME + ": the job ended " + state);
        return 70;
      }
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      err.println(NAME + ": internal error (a bug: please report it): " + cause.getClass().getName()
          + ": " + BatchRecords.oneLine(cause.getMessage()));
      return 70;
    }
    long scored = counter(result, ScorePlatforms.SCORED);
    long refused = counter(result, ScorePlatforms.REFUSED);
    out.println(String.format(Locale.ROOT, "scored %d, refused %d: records in %s-*.jsonl%s",
        scored, refused, options.getOutput(), refused == 0 ? ""
            : ", dead letters in " + deadLetterPrefix(options.getOutput()) + "-*.jsonl"));
    return 0;
  }

  /**
   * A counter of {@link ScorePlatforms} from a finished job (committed where the runner has
   * committed values, else attempted); 0 if the runner reports none.
   */
  public static long counter(PipelineResult result, String name) {
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(ScorePlatforms.METRICS_NAMESPACE, name)).build());
    long total = 0;
    for (MetricResult<Long> counter : metrics.getCounters()) {
      Long value;
      try {
        value = counter.getCommitted();
      } catch (UnsupportedOperationException e) {
        value = counter.getAttempted();
      }
      total += value == null ? 0 : value;
    }
    return total;
  }
}
