package org.justicekit.officials;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.justicekit.demands.Official;

/**
 * When a named holder should be shown with a warning: the term has ended, or the data is older
 * than {@code maxAge}. An explicitly unsourced office always carries its reason. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Staleness staleness = Staleness.of(Period.ofDays(180));
 * staleness.warnings(holding, LocalDate.now()).forEach(System.out::println);
 * }</pre>
 *
 * @param maxAge how old a holder's {@code asOf} may be before it is flagged
 */
public record Staleness(Period maxAge) {
  /** The default age limit, 365 days. */
  public static final Period DEFAULT_MAX_AGE = Period.ofDays(365);

  /** Validates the age limit. */
  public Staleness {
    Objects.requireNonNull(maxAge, "maxAge");
    if (maxAge.isNegative() || maxAge.isZero()) {
      throw new IllegalArgumentException("maxAge must be positive, was " + maxAge);
    }
  }

  /** The default policy: data older than 365 days is flagged. */
  public static Staleness standard() {
    return new Staleness(DEFAULT_MAX_AGE);
  }

  /** A policy with this age limit. */
  public static Staleness of(Period maxAge) {
    return new Staleness(maxAge);
  }

  /** Whether {@link #warnings} would say anything. */
  public boolean isStale(OfficeHolding holding, LocalDate today) {
    return !warnings(holding, today).isEmpty();
  }

  /**
   * The warnings to show beside a holding, in plain sentences; empty for a current, fresh,
   * named holder and for offices the provider does not record holders for.
   */
  public List<String> warnings(OfficeHolding holding, LocalDate today) {
    Objects.requireNonNull(holding, "holding");
    Objects.requireNonNull(today, "today");
    HolderInfo info = holding.info();
    List<String> out = new ArrayList<>();
    if (info.status() == HolderStatus.UNSOURCED) {
      out.add("holder not sourced" + (info.note() == null ? "" : ": " + info.note()));
      return out;
    }
    Official holder = holding.holder();
    if (holder == null) {
      return out;
    }
    if (info.termEnd() != null && info.termEnd().isBefore(today)) {
      out.add(String.format(Locale.ROOT, "the term on record ended %s; %s may no longer hold "
          + "the office", info.termEnd(), holder.name()));
    }
    if (holder.asOf() == null) {
      out.add("the record is undated; check a current source");
    } else if (holder.asOf().plus(maxAge).isBefore(today)) {
      out.add(String.format(Locale.ROOT, "the record is as of %s, %d days old (over the %s "
          + "limit); check a current source", holder.asOf(),
          ChronoUnit.DAYS.between(holder.asOf(), today), describe(maxAge)));
    }
    return out;
  }

  private static String describe(Period p) {
    if (p.getYears() == 0 && p.getMonths() == 0) {
      return p.getDays() + "-day";
    }
    return p.toString();
  }
}
