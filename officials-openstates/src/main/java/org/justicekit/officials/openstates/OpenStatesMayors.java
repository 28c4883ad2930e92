package org.justicekit.officials.openstates;

import org.justicekit.officials.OfficialsProvider;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.ModelJson;
import org.justicekit.demands.OcdId;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.Official;

/**
 * The mayors imported from an Open States checkout by {@link OpenStatesImport}: one per place,
 * sorted by division id, with the warnings the import collected.
 *
 * <p>Use it three ways: read {@link #mayors()} directly, answer queries through {@link
 * #provider()} (named {@code openstates}), or write {@link #toDirectoryJson()} for the embedded
 * directory to merge. Immutable and thread-safe; hold it as long as the checkout is current.
 */
public final class OpenStatesMayors {
  /** The provider name used in results and exceptions. */
  public static final String PROVIDER = "openstates";

  private final LocalDate asOf;
  private final int filesRead;
  private final List<OpenStatesMayor> mayors;
  private final Map<OcdId, OpenStatesMayor> byId;
  private final List<OpenStatesWarning> warnings;
  private final OfficialsProvider provider;

  OpenStatesMayors(LocalDate asOf, int filesRead, List<OpenStatesMayor> mayors,
      List<OpenStatesWarning> warnings) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.filesRead = filesRead;
    this.mayors = mayors.stream().sorted(Comparator.comparing(m -> m.ocdId().value())).toList();
    Map<OcdId, OpenStatesMayor> index = new LinkedHashMap<>();
    for (OpenStatesMayor mayor : this.mayors) {
      if (index.putIfAbsent(mayor.ocdId(), mayor) != null) {
        throw new IllegalArgumentException("two mayors for " + mayor.ocdId());
      }
    }
    this.byId = Map.copyOf(index);
    this.warnings = List.copyOf(warnings);
    this.provider = new OpenStatesProvider(this);
  }

  /** The date terms were judged against. */
  public LocalDate asOf() {
    return asOf;
  }

  /** How many person files were read (including those skipped as malformed). */
  public int filesRead() {
    return filesRead;
  }

  /** One mayor per place, sorted by division id. */
  public List<OpenStatesMayor> mayors() {
    return mayors;
  }

  /** How many of the mayors' terms had not ended on the as-of date. */
  public int currentCount() {
    return (int) mayors.stream().filter(OpenStatesMayor::current).count();
  }

  /**
   * The mayor of the place with exactly this division id. The provider also matches ids that
   * differ only in spelling ({@code st_paul} and {@code saint_paul}); this method does not.
   */
  public Optional<OpenStatesMayor> mayor(OcdId ocdId) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(ocdId, "ocdId")));
  }

  /** Files skipped or corrected during the import, in the order found. */
  public List<OpenStatesWarning> warnings() {
    return warnings;
  }

  /**
   * These mayors as a provider named {@code openstates}. It answers {@code "City, ST"} and OCD
   * division queries with the place's mayor, notes an ended term as not verified as current, and
   * answers a place it has no file for with an empty list and a note. Thread-safe.
   */
  public OfficialsProvider provider() {
    return provider;
  }

  /**
   * The mayors as stable, indented JSON for the embedded directory to merge: camelCase names,
   * ISO dates, mayors sorted by division id. Each entry has {@code ocdId}, {@code name}, {@code
   * state}, {@code officeType} ({@code MAYOR}), {@code title}, {@code elected}, {@code holder}
   * (an {@link Official}), {@code termStart}, {@code termEnd}, {@code current}, {@code note}
   * (the staleness sentence, or null), {@code personId}, {@code jurisdiction}, {@code file} and
   * {@code notes}. Lines end with {@code \n} on every platform; the same import gives the same
   * text.
   */
  public String toDirectoryJson() {
    List<Entry> entries = mayors.stream().map(Entry::of).toList();
    String json = ModelJson.toPrettyJson(new Directory(PROVIDER,
        "https://github.com/openstates/people", "CC0-1.0", asOf, entries.size(), currentCount(),
        entries));
    // The pretty printer ends lines the platform's way; the export is the same everywhere.
    return json.replace("\r\n", "\n") + "\n";
  }

  @Override
  public String toString() {
    return "OpenStatesMayors{asOf=" + asOf + ", mayors=" + mayors.size() + ", current="
        + currentCount() + ", warnings=" + warnings.size() + "}";
  }

  private record Directory(String source, String sourceUrl, String license, LocalDate asOf,
      int count, int currentCount, List<Entry> mayors) {}

  private record Entry(OcdId ocdId, String name, String state, OfficeType officeType,
      String title, boolean elected, Official holder, @Nullable LocalDate termStart,
      LocalDate termEnd, boolean current, @Nullable String note, @Nullable String personId,
      String jurisdiction, String file, List<String> notes) {
    static Entry of(OpenStatesMayor m) {
      return new Entry(m.ocdId(), m.name(), m.state(), OfficeType.MAYOR, m.title(), true,
          m.official(), m.termStart(), m.termEnd(), m.current(),
          m.current() ? null : m.stalenessNote(), m.personId(), m.jurisdiction(), m.file(),
          m.notes());
    }
  }
}
