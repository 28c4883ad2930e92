package org.justicekit.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.DemandCatalog;
import picocli.CommandLine.Option;

/** The {@code --catalog FILE} option shared by commands that use demands. */
final class CatalogOption {
  @Option(names = "--catalog", paramLabel = "FILE",
      description = "A custom demand catalog (JSON) instead of the standard nine demands.")
  @Nullable Path catalog;

  DemandCatalog load() {
    return catalog == null ? DemandCatalog.standard() : DemandCatalog.fromPath(catalog);
  }
}
