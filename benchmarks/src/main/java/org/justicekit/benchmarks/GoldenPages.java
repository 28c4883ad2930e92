package org.justicekit.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a fixed set of benchmark pages ({@link PlatformCorpus}) as files, for platform-scoring's
 * golden reader test, which cannot depend on this module. The pages are deterministic, so
 * running this again writes the same bytes.
 *
 * <pre>{@code
 * ./mvnw -B -ntp -o -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar org.justicekit.benchmarks.GoldenPages \
 *     platform-scoring/src/test/resources/org/justicekit/scoring/golden/pages
 * }</pre>
 */
public final class GoldenPages {
  /** Page sizes in characters. */
  static final int[] SIZES = {8 << 10, 32 << 10};
  /** Seeds, one page per seed, size and shape. */
  static final long[] SEEDS = {1, 2};

  private GoldenPages() {
  }

  /**
   * Writes the pages into the directory given as the only argument.
   *
   * @param args the target directory
   * @throws IOException if a page cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: GoldenPages DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (PlatformCorpus.Shape shape : PlatformCorpus.Shape.values()) {
      for (int size : SIZES) {
        for (long seed : SEEDS) {
          String name = String.format(Locale.ROOT, "%s-%dk-%d.%s",
              shape.name().toLowerCase(Locale.ROOT), size >> 10, seed,
              shape == PlatformCorpus.Shape.HTML ? "html" : "txt");
          Files.writeString(dir.resolve(name), PlatformCorpus.page(shape, size, seed),
              StandardCharsets.UTF_8);
        }
      }
    }
  }
}
