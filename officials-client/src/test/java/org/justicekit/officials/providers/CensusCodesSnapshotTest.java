package org.justicekit.officials.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundled {@code census-codes.tsv} is exactly what {@link CensusCodesGenerator} makes from
 * {@code ../shared/data/ocd-division-ids}. With {@code -Djusticekit.holders.write=true} it
 * rewrites the file instead. (The mayors snapshot's test lives in officials-openstates, which
 * generates it.)
 */
final class CensusCodesSnapshotTest {
  private static final Path RESOURCES = Path.of("src/main/resources/org/justicekit/officials");

  @Test
  void issue16_bundledCensusCodes_matchTheGenerator() throws IOException {
    String shared = System.getProperty("justicekit.shared.dir");
    assumeTrue(shared != null, "system property justicekit.shared.dir is not set; skipping");
    Path ocd = Path.of(shared, "data", "ocd-division-ids");
    assumeTrue(Files.isRegularFile(ocd.resolve(CensusCodesGenerator.CSV)), "no OCD ids; skipping");
    Path resource = RESOURCES.resolve(CensusCodesGenerator.RESOURCE);

    String generated = CensusCodesGenerator.generate(ocd, EmbeddedDirectory.standard());

    if (Boolean.getBoolean("justicekit.holders.write")) {
      Files.writeString(resource, generated, StandardCharsets.UTF_8);
    }
    assertThat(generated).contains("ocd-division/country:us/state:il/place:chicago\t1714000\n")
        .contains("ocd-division/country:us/state:il/county:cook\t17031\n");
    assertThat(Files.readString(resource, StandardCharsets.UTF_8)).isEqualTo(generated);
  }
}
