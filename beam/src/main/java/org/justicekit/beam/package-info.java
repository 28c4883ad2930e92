/**
 * JusticeKit on Apache Beam: the platform scorer in the map step of a distributed pipeline, for
 * archives too large for one machine.
 *
 * <p>{@link org.justicekit.beam.ReadJsonLines} reads JSON-lines files with their line numbers,
 * {@link org.justicekit.beam.ScorePlatforms} scores each line in the {@code score --batch}
 * format and sends the lines it cannot score to a dead-letter output, and {@link
 * org.justicekit.beam.ScorePipeline} is the runnable pipeline that ties them to files
 * ({@code java -jar justicekit-beam.jar --input=GLOB --output=PREFIX [--runner=...]}).
 *
 * <p>The same pipeline runs on Beam's DirectRunner (the default), on Flink, on Spark or on a
 * managed runner. Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.justicekit.beam;

import org.jspecify.annotations.NullMarked;
