package org.justicekit.beam;

import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.Stance;
import org.justicekit.scoring.PlatformScorer;

/**
 * Scores platform documents given as JSON lines in the {@code score --batch} format
 * ({@code {"id","office","text"}}, other fields ignored), with the standard catalog and rules.
 *
 * <pre>{@code
 * ScorePlatforms.Result result = pipeline
 *     .apply(ReadJsonLines.from("archive/*.jsonl.gz"))
 *     .apply(ScorePlatforms.create());
 * result.scored().apply(TextIO.write().to("out/scored").withSuffix(".jsonl"));
 * result.deadLetters().apply(TextIO.write().to("out/scored-dead").withSuffix(".jsonl"));
 * }</pre>
 *
 * <p>{@link Result#scored()} holds one line per scored input, byte for byte what {@code
 * justicekit score --batch} writes for it. A line that cannot be scored (not JSON, a missing
 * field, an unknown office, input the scorer refuses, not UTF-8) never fails the job: it goes to
 * {@link Result#deadLetters()} as {@code {"id","source","line","error","input"}}.
 *
 * <p>Counters in the pipeline's metrics, namespace {@value #METRICS_NAMESPACE}: {@code scored},
 * {@code refused}, and per assessment {@code stance.SUPPORTS} (and the other stances) and
 * {@code <demand-id>.<STANCE>}, e.g. {@code end-money-bail.SUPPORTS}.
 *
 * <p>The scorer is {@link PlatformScorer#create()}, one immutable instance per worker JVM shared
 * by all its threads; nothing about it is serialized with the pipeline. This transform is
 * immutable and safe to reuse.
 */
public final class ScorePlatforms extends PTransform<PCollection<JsonLine>, ScorePlatforms.Result> {
  private static final long serialVersionUID = 1L;

  /** The namespace of this transform's counters. */
  public static final String METRICS_NAMESPACE = "justicekit";
  /** Counter: lines scored. */
  public static final String SCORED = "scored";
  /** Counter: lines sent to the dead letters. */
  public static final String REFUSED = "refused";

  static final TupleTag<String> SCORED_TAG = new TupleTag<>("scored") {
    private static final long serialVersionUID = 1L;
  };
  static final TupleTag<String> DEAD_TAG = new TupleTag<>("dead") {
    private static final long serialVersionUID = 1L;
  };

  private ScorePlatforms() {}

  /** Scores with the standard catalog and rules. */
  public static ScorePlatforms create() {
    return new ScorePlatforms();
  }

  /** The name of the counter for one stance, e.g. {@code stance.SUPPORTS}. */
  public static String stanceCounter(Stance stance) {
    return "stance." + stance.name();
  }

  @Override
  public Result expand(PCollection<JsonLine> lines) {
    PCollectionTuple out = lines.apply("Score", ParDo.of(new ScoreFn())
        .withOutputTags(SCORED_TAG, TupleTagList.of(DEAD_TAG)));
    return new Result(lines.getPipeline(),
        out.get(SCORED_TAG).setCoder(StringUtf8Coder.of()),
        out.get(DEAD_TAG).setCoder(StringUtf8Coder.of()));
  }

  /** The two outputs of {@link ScorePlatforms}: scored records and dead letters, as JSON lines. */
  public static final class Result implements POutput {
    private final Pipeline pipeline;
    private final PCollection<String> scored;
    private final PCollection<String> deadLetters;

    private Result(Pipeline pipeline, PCollection<String> scored, PCollection<String> deadLetters) {
      this.pipeline = pipeline;
      this.scored = scored;
      this.deadLetters = deadLetters;
    }

    /** One line per scored input, in the {@code score --batch} format. */
    public PCollection<String> scored() {
      return scored;
    }

    /** One line per input that could not be scored: {@code {"id","source","line","error","input"}}. */
    public PCollection<String> deadLetters() {
      return deadLetters;
    }

    @Override
    public Pipeline getPipeline() {
      return pipeline;
    }

    @Override
    public Map<TupleTag<?>, PValue> expand() {
      return Map.of(SCORED_TAG, scored, DEAD_TAG, deadLetters);
    }

    @Override
    public void finishSpecifyingOutput(
        String transformName, PInput input, PTransform<?, ?> transform) {}
  }

  /** Scores one line; the scorer is the JVM's shared default, fetched once per instance. */
  private static final class ScoreFn extends DoFn<JsonLine, String> {
    private static final long serialVersionUID = 1L;
    private final Counter scored = Metrics.counter(METRICS_NAMESPACE, SCORED);
    private final Counter refused = Metrics.counter(METRICS_NAMESPACE, REFUSED);
    private transient @Nullable PlatformScorer scorer;

    @Setup
    public void setup() {
      scorer = PlatformScorer.create();
    }

    @ProcessElement
    public void process(@Element JsonLine line, MultiOutputReceiver out) {
      PlatformScorer s = scorer;
      if (s == null) {
        throw new IllegalStateException("the runner did not call @Setup");
      }
      BatchRecords.Outcome outcome = BatchRecords.score(s, line);
      if (outcome instanceof BatchRecords.Scored ok) {
        for (Assessment a : ok.score().assessments()) {
          Metrics.counter(METRICS_NAMESPACE, stanceCounter(a.stance())).inc();
          Metrics.counter(METRICS_NAMESPACE, a.demand().id() + "." + a.stance().name()).inc();
        }
        scored.inc();
        out.get(SCORED_TAG).output(ok.json());
      } else if (outcome instanceof BatchRecords.Refused dead) {
        refused.inc();
        out.get(DEAD_TAG).output(dead.json());
      }
    }
  }
}
