package org.justicekit.beam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Objects;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * Reads JSON-lines files matching a glob as {@link JsonLine}s that keep their file and line
 * number, so a dead letter says where its line was and a line without an {@code "id"} gets the
 * CLI's {@code line-N} id. Compressed files ({@code .gz}, {@code .bz2}, {@code .zip},
 * {@code .deflate}) are read by their extension.
 *
 * <p>Each file is read by one worker (reading is fast next to scoring), then the lines are spread
 * over all workers. A glob that matches nothing fails the pipeline at its start; a line that is
 * not UTF-8 or longer than {@link #withMaxLineBytes(int) the limit} becomes a line with a
 * {@link JsonLine#problem() problem}, never a failed job.
 *
 * <p>Immutable; safe to reuse in several pipelines.
 */
public final class ReadJsonLines extends PTransform<PBegin, PCollection<JsonLine>> {
  private static final long serialVersionUID = 1L;

  /** The default limit on one line: 64 MiB, above the scorer's 4 Mi-character input limit. */
  public static final int DEFAULT_MAX_LINE_BYTES = 64 << 20;

  private final String glob;
  private final int maxLineBytes;
  private final int buckets;

  private ReadJsonLines(String glob, int maxLineBytes, int buckets) {
    this.glob = glob;
    this.maxLineBytes = maxLineBytes;
    this.buckets = buckets;
  }

  /**
   * Reads the files that match a glob on any file system Beam knows (local paths, and with the
   * matching Beam extension {@code gs://}, {@code s3://}, {@code hdfs://}).
   */
  public static ReadJsonLines from(String glob) {
    Objects.requireNonNull(glob, "glob");
    if (glob.isBlank()) {
      throw new IllegalArgumentException("the input glob is blank");
    }
    return new ReadJsonLines(glob, DEFAULT_MAX_LINE_BYTES, 0);
  }

  /**
   * A copy with another limit on one line's bytes; a longer line goes to the dead letters.
   *
   * @throws IllegalArgumentException if the limit is not positive
   */
  public ReadJsonLines withMaxLineBytes(int maxLineBytes) {
    if (maxLineBytes <= 0) {
      throw new IllegalArgumentException("maxLineBytes must be positive, was " + maxLineBytes);
    }
    return new ReadJsonLines(glob, maxLineBytes, buckets);
  }

  /**
   * A copy that spreads the lines over this many keys instead of one random key per line. The
   * DirectRunner makes one bundle per key, and a bundle has a fixed cost, so a few keys per
   * worker thread is faster there; on a cluster, keep 0 (one random key per line) or use many
   * more keys than workers.
   *
   * @throws IllegalArgumentException if buckets is negative
   */
  public ReadJsonLines withBuckets(int buckets) {
    if (buckets < 0) {
      throw new IllegalArgumentException("buckets must be 0 or more, was " + buckets);
    }
    return new ReadJsonLines(glob, maxLineBytes, buckets);
  }

  @Override
  public PCollection<JsonLine> expand(PBegin input) {
    return input
        .apply("Match", FileIO.match().filepattern(glob)
            .withEmptyMatchTreatment(EmptyMatchTreatment.DISALLOW))
        .apply("Open", FileIO.readMatches())
        .apply("Split lines", ParDo.of(new SplitFn(maxLineBytes)))
        .setCoder(JsonLine.coder())
        .apply("Spread", buckets == 0 ? Reshuffle.<JsonLine>viaRandomKey()
            : Reshuffle.<JsonLine>viaRandomKey().withNumBuckets(buckets));
  }

  /** One file in, its numbered lines out. */
  private static final class SplitFn extends DoFn<FileIO.ReadableFile, JsonLine> {
    private static final long serialVersionUID = 1L;
    private final int maxLineBytes;

    SplitFn(int maxLineBytes) {
      this.maxLineBytes = maxLineBytes;
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, OutputReceiver<JsonLine> out)
        throws IOException {
      String source = file.getMetadata().resourceId().toString();
      try (InputStream in = Channels.newInputStream(file.open())) {
        new LineReader(source, maxLineBytes).read(in, out::output);
      }
    }
  }
}
