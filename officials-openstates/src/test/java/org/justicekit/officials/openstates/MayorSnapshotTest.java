package org.justicekit.officials.openstates;

import org.justicekit.officials.providers.EmbeddedDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * officials-client's bundled {@code holders-mayors.json} is exactly what {@link MayorSnapshotGenerator} makes
 * from {@code ../shared/data/openstates-people}. With {@code -Djusticekit.holders.write=true}
 * it rewrites the file instead.
 */
final class MayorSnapshotTest {
  private static final Path RESOURCE =
      Path.of("../officials-client/src/main/resources/org/justicekit/officials/"
          + MayorSnapshotGenerator.RESOURCE);

  @Test
  void issue16_bundledMayors_matchTheGenerator() throws IOException {
    String shared = System.getProperty("justicekit.shared.dir");
    assumeTrue(shared != null, "system property justicekit.shared.dir is not set; skipping");
    Path checkout = Path.of(shared, "data", "openstates-people");
    assumeTrue(Files.isDirectory(checkout.resolve("data")), "no Open States snapshot; skipping");

    String generated = MayorSnapshotGenerator.generate(checkout, EmbeddedDirectory.standard());

    if (Boolean.getBoolean("justicekit.holders.write")) {
      Files.writeString(RESOURCE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(RESOURCE, StandardCharsets.UTF_8)).isEqualTo(generated);
  }
}
