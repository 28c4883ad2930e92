package org.justicekit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.justicekit.demands.DemandCatalog;
import org.justicekit.demands.OfficeType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Catalog look-ups, which every scoring call makes.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CatalogBenchmark}
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CatalogBenchmark extends BenchmarkSettings {
  private final DemandCatalog catalog = DemandCatalog.standard();

  /** Demands of one office. */
  @Benchmark
  public Object demandsOfOffice() {
    return catalog.demands(OfficeType.PROSECUTOR);
  }

  /** One demand by id. */
  @Benchmark
  public Object demandById() {
    return catalog.find("prosecute-bad-cops");
  }
}
