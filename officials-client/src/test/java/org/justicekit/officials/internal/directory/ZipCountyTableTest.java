package org.justicekit.officials.internal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bundled ZIP-to-county table is what its generator makes from the references (issue 14). */
final class ZipCountyTableTest {
  @Test
  void issue14_bundledTable_isExactlyWhatTheGeneratorMakesFromHud() throws IOException {
    String dir = System.getProperty("justicekit.shared.dir");
    assumeTrue(dir != null, "system property justicekit.shared.dir is not set; skipping");
    Path shared = Path.of(dir);
    assumeTrue(Files.isReadable(shared.resolve(ZipCountyTableGenerator.HUD)), "no HUD file");
    String bundled;
    try (InputStream in = ZipCounties.class.getResourceAsStream("zip-county.txt")) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(ZipCountyTableGenerator.generate(shared)).isEqualTo(bundled);
  }

  @Test
  void counties_knownZips_countyFirst() {
    ZipCounties table = ZipCounties.standard();
    assertThat(table.size()).isGreaterThan(39_000);
    assertThat(table.counties("19104")).extracting(c -> c.ocdId().value())
        .containsExactly("ocd-division/country:us/state:pa/county:philadelphia");
    assertThat(table.counties("60601").get(0).name()).isEqualTo("Cook County");
    assertThat(table.counties("20500").get(0).ocdId().value())
        .isEqualTo("ocd-division/country:us/district:dc");
    assertThat(table.counties("23219").get(0).ocdId().value())
        .isEqualTo("ocd-division/country:us/state:va/place:richmond");
    assertThat(table.counties("00000")).isEmpty();
    assertThat(table.counties("abcde")).isEmpty();
  }
}
