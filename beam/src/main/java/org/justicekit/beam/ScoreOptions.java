package org.justicekit.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/**
 * The options of {@link ScorePipeline}, besides Beam's own ({@code --runner} and the runner's
 * options): {@code --input=GLOB --output=PREFIX [--numShards=N]}.
 */
public interface ScoreOptions extends PipelineOptions {
  /** The JSON-lines files to score: a path or glob, compressed files read by extension. */
  @Description("JSON-lines files to score ({\"id\",\"office\",\"text\"} per line): a path or glob")
  @Validation.Required
  String getInput();

  /** Sets {@link #getInput()}. */
  void setInput(String input);

  /**
   * The output prefix: scored records go to {@code PREFIX-SSSSS-of-NNNNN.jsonl}, dead letters to
   * {@code PREFIX-dead-SSSSS-of-NNNNN.jsonl}.
   */
  @Description("Output prefix: PREFIX-*.jsonl for scored records, PREFIX-dead-*.jsonl for lines"
      + " that could not be scored")
  @Validation.Required
  String getOutput();

  /** Sets {@link #getOutput()}. */
  void setOutput(String output);

  /** The number of output files for scored records; 0 lets the runner choose. */
  @Description("Number of output files for scored records (0: the runner chooses)")
  @Default.Integer(0)
  int getNumShards();

  /** Sets {@link #getNumShards()}. */
  void setNumShards(int numShards);

  /**
   * The keys the lines are spread over before scoring: 0 (the default) chooses, a few per thread
   * on the DirectRunner and one random key per line elsewhere; see {@link
   * ReadJsonLines#withBuckets(int)}.
   */
  @Description("Keys the lines are spread over before scoring (0: a few per thread on the"
      + " DirectRunner, one random key per line on other runners)")
  @Default.Integer(0)
  int getBuckets();

  /** Sets {@link #getBuckets()}. */
  void setBuckets(int buckets);
}
