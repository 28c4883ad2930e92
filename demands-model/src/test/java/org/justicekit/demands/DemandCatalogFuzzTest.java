package org.justicekit.demands;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzz tests of catalog loading (issue 11): any JSON text or bytes give a catalog or a {@link
 * CatalogException} naming the source, never any other exception.
 *
 * <p>{@code ./mvnw verify} replays the seeds in {@code DemandCatalogFuzzTestInputs/<method>/}
 * (regression mode); {@code JAZZER_FUZZ=1} fuzzes one method (README: Fuzzing).
 */
final class DemandCatalogFuzzTest {

  @FuzzTest
  void fromJson_anyText_catalogOrCatalogException(FuzzedDataProvider data) {
    String json = data.consumeRemainingAsString();
    try {
      checkCatalog(DemandCatalog.fromJson("fuzz.json", json));
    } catch (CatalogException documented) {
      assertThat(documented.source()).isEqualTo("fuzz.json");
      assertThat(documented.problem()).isNotBlank();
    }
  }

  @FuzzTest
  void fromJson_anyBytes_catalogOrCatalogException(byte[] bytes) {
    try {
      checkCatalog(DemandCatalog.fromJson("fuzz.json", new ByteArrayInputStream(bytes)));
    } catch (CatalogException documented) {
      assertThat(documented.source()).isEqualTo("fuzz.json");
      assertThat(documented.problem()).isNotBlank();
    }
  }

  private static void checkCatalog(DemandCatalog catalog) {
    assertThat(catalog.name()).isNotNull();
    for (Demand demand : catalog.demands()) {
      assertThat(catalog.demands(demand.officeType())).contains(demand);
      assertThat(catalog.officeTypes()).contains(demand.officeType());
    }
  }
}
