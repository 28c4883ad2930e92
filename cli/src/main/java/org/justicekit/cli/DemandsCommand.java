package org.justicekit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.Demand;
import org.justicekit.demands.DemandCatalog;
import org.justicekit.demands.OfficeType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code justicekit demands}: lists the catalog. */
@Command(name = "demands", mixinStandardHelpOptions = true,
    description = "List the demands of the catalog, optionally of one office.")
final class DemandsCommand implements Runnable {
  enum Format { text, json }

  @Spec
  @SuppressWarnings("NullAway")
  CommandSpec spec;

  @Option(names = "--office", paramLabel = "O", converter = OfficeConverter.class,
      description = "Only the demands of this office (MAYOR, PROSECUTOR, or a custom one).")
  @Nullable OfficeType office;

  @Option(names = "--format", paramLabel = "F", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Mixin
  CatalogOption catalogOption = new CatalogOption();

  @Override
  public void run() {
    DemandCatalog catalog = catalogOption.load();
    if (office != null && !catalog.officeTypes().contains(office)) {
      throw CliException.badInput("the catalog " + catalog.name() + " has no demands of office "
          + office + "; its offices are " + catalog.officeTypes());
    }
    List<Demand> demands = office == null ? catalog.demands() : catalog.demands(office);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      DemandCatalog shown = office == null ? catalog
          : DemandCatalog.of(catalog.name(), catalog.version(), demands);
      out.println(shown.toJson());
    } else {
      out.printf(Locale.ROOT, "%s %s: %d demands%n", catalog.name(), catalog.version(), demands.size());
      OfficeType current = null;
      for (Demand d : demands) {
        if (!d.officeType().equals(current)) {
          current = d.officeType();
          out.printf(Locale.ROOT, "%n%s%n", current);
        }
        out.printf(Locale.ROOT, "  %-34s %s%n", d.id(), d.title());
        out.printf(Locale.ROOT, "  %-34s %s%n", "", d.summary());
      }
    }
    out.flush();
  }
}
