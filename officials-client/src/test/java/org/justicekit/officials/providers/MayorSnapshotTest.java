package org.justicekit.officials.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundled {@code holders-mayors.json} is exactly what {@link MayorSnapshotGenerator} makes
 * from {@code ../shared/data/openstates-people}. With {@code -Djusticekit.holders.write=true}
 * it rewrites the file instead.
 */
final class MayorSnapshotTest {
  private static final Path RESOURCE =
      Path.of("src/main/resources/org/justicekit/officials/" + MayorSnapshotGenerator.RESOURCE);

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

  @Test
  void issue16_bundledCensusCodes_matchTheGenerator() throws IOException {
    String shared = System.getProperty("justicekit.shared.dir");
    assumeTrue(shared != null, "system property justicekit.shared.dir is not set; skipping");
    Path ocd = Path.of(shared, "data", "ocd-division-ids");
    assumeTrue(Files.isRegularFile(ocd.resolve(CensusCodesGenerator.CSV)), "no OCD ids; skipping");
    Path resource = RESOURCE.resolveSibling(CensusCodesGenerator.RESOURCE);

    String generated = CensusCodesGenerator.generate(ocd, EmbeddedDirectory.standard());

    if (Boolean.getBoolean("justicekit.holders.write")) {
      Files.writeString(resource, generated, StandardCharsets.UTF_8);
    }
    assertThat(generated).contains("ocd-division/country:us/state:il/place:chicago\t1714000\n")
        .contains("ocd-division/country:us/state:il/county:cook\t17031\n");
    assertThat(Files.readString(resource, StandardCharsets.UTF_8)).isEqualTo(generated);
  }
}
