package org.justicekit.cli;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.Demand;
import org.justicekit.demands.Office;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.Official;
import org.justicekit.demands.PlatformScore;

/**
 * A scorecard: the officials serving a place, each with where their platform stands on every
 * demand of their office. Immutable.
 *
 * @param place the place as the user asked for it, e.g. {@code Chicago, IL}
 * @param date the day the scorecard was made
 * @param demands the demands shown, per office type in catalog order
 * @param rows one per office that serves the place
 * @param notes plain sentences about data coverage and provenance
 * @param offline whether it was made offline (embedded directory, bundled example platforms)
 */
record Scorecard(
    String place,
    LocalDate date,
    List<Demand> demands,
    List<Row> rows,
    List<String> notes,
    boolean offline) {

  Scorecard {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(date, "date");
    demands = List.copyOf(demands);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
  }

  /** The office types that have rows, in first-seen order (mayor first as lookups give it). */
  List<OfficeType> officeTypes() {
    List<OfficeType> types = new ArrayList<>();
    for (Row row : rows) {
      if (!types.contains(row.office().officeType())) {
        types.add(row.office().officeType());
      }
    }
    return types;
  }

  /** The demands of one office type, in catalog order. */
  List<Demand> demands(OfficeType type) {
    return demands.stream().filter(d -> d.officeType().equals(type)).toList();
  }

  /** The rows of one office type. */
  List<Row> rows(OfficeType type) {
    return rows.stream().filter(r -> r.office().officeType().equals(type)).toList();
  }

  /** Whether any row was scored against a fictional example platform. */
  boolean anyFictional() {
    return rows.stream().anyMatch(r -> r.platform() != null && r.platform().fictional());
  }

  /**
   * One office on the scorecard.
   *
   * @param office the office (type, local title, district, elected)
   * @param holder who holds it, if known
   * @param platform where the scored platform came from; null if none was found
   * @param score the scored platform; null if none was found or it could not be scored
   * @param problem why there is no score, in one sentence; null when scored
   */
  record Row(
      Office office,
      @Nullable Official holder,
      @Nullable PlatformSource platform,
      @Nullable PlatformScore score,
      @Nullable String problem) {
    Row {
      Objects.requireNonNull(office, "office");
      if (score == null && problem == null) {
        throw new IllegalArgumentException("a row without a score needs a problem");
      }
    }

    /** The holder's name, or else the office's title: what a row is called. */
    String label() {
      return holder == null ? office.title() : holder.name();
    }
  }

  /**
   * Where a scored platform came from.
   *
   * @param label what to show: a URL, a file name, or the bundled example's name
   * @param url the page, when it came from the web
   * @param fictional whether it is a bundled fictional example, not the official's words
   * @param retrievedAt when it was fetched, if it was
   */
  record PlatformSource(String label, @Nullable URI url, boolean fictional,
      @Nullable Instant retrievedAt) {
    PlatformSource {
      Objects.requireNonNull(label, "label");
    }
  }
}
