package org.justicekit.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What changed for each official between their last two snapshots in a pressure log. */
final class PressureChanges {
  private PressureChanges() {}

  /** The kinds of change, in the order a campaign cares about them. */
  enum Kind {
    /** A demand the official now supports and did not before. */
    NEW_COMMITMENT,
    /** A demand the official now opposes and did not before. */
    REVERSAL,
    /** A demand the official supported and now only partly supports (MIXED). */
    WEAKENED,
    /** A demand the platform addressed and no longer mentions. */
    DROPPED,
    /** Another change of stance, e.g. from opposing to mixed. */
    SHIFT,
    /**
     * A change of stance through a reading flagged for review, before or after: a person should
     * check it before calling it a reversal or a commitment.
     */
    TO_CHECK,
    /** The platform page was found before and is gone now. */
    PAGE_DISAPPEARED,
    /** The platform page is back after it was gone. */
    PAGE_RETURNED
  }

  /**
   * One change.
   *
   * @param kind what kind
   * @param demand the demand id; null for page changes
   * @param before the earlier stance or page state
   * @param after the later one
   * @param evidence the sentence behind the later stance (or the earlier one, when dropped)
   */
  record Change(Kind kind, @Nullable String demand, String before, String after,
      @Nullable String evidence) {}

  /**
   * One official's comparison.
   *
   * @param previous the earlier snapshot; null when there is only one
   * @param latest the latest snapshot
   * @param changes what changed; empty when nothing did
   */
  record Report(PressureLog.@Nullable Snapshot previous, PressureLog.Snapshot latest,
      List<Change> changes) {
    Report {
      changes = List.copyOf(changes);
    }
  }

  /**
   * One report per official (by snapshot key), in the order first tracked. Snapshots of the
   * bundled FICTIONAL example platforms are compared only with each other, never with real
   * platforms, so an official tracked offline and then online has two histories.
   */
  static List<Report> of(List<PressureLog.Snapshot> snapshots) {
    Map<String, List<PressureLog.Snapshot>> byKey = new LinkedHashMap<>();
    for (PressureLog.Snapshot s : snapshots) {
      byKey.computeIfAbsent((s.fictional() ? "fictional " : "real ") + s.key(),
          k -> new ArrayList<>()).add(s);
    }
    List<Report> reports = new ArrayList<>();
    for (List<PressureLog.Snapshot> history : byKey.values()) {
      PressureLog.Snapshot latest = history.get(history.size() - 1);
      PressureLog.Snapshot previous = history.size() < 2 ? null : history.get(history.size() - 2);
      reports.add(new Report(previous, latest, previous == null ? List.of()
          : compare(previous, latest)));
    }
    return reports;
  }

  static List<Change> compare(PressureLog.Snapshot before, PressureLog.Snapshot after) {
    List<Change> changes = new ArrayList<>();
    if (before.pageFound() && !after.pageFound()) {
      changes.add(new Change(Kind.PAGE_DISAPPEARED, null, String.valueOf(before.source()),
          after.source() == null ? "no page" : after.source(), null));
      return changes;
    }
    if (!before.pageFound() && after.pageFound()) {
      changes.add(new Change(Kind.PAGE_RETURNED, null, "no page", String.valueOf(after.source()),
          null));
    }
    if (!before.pageFound() || !after.pageFound()) {
      return changes;
    }
    for (Map.Entry<String, String> e : after.stances().entrySet()) {
      String demand = e.getKey();
      String now = e.getValue();
      String then = before.stances().getOrDefault(demand, "NOT_MENTIONED");
      if (now.equals(then)) {
        continue;
      }
      Kind kind;
      if (now.equals("SUPPORTS")) {
        kind = Kind.NEW_COMMITMENT;
      } else if (now.equals("OPPOSES")) {
        kind = Kind.REVERSAL;
      } else if (then.equals("SUPPORTS") && now.equals("MIXED")) {
        kind = Kind.WEAKENED;
      } else if (now.equals("NOT_MENTIONED")) {
        kind = Kind.DROPPED;
      } else {
        kind = Kind.SHIFT;
      }
      if ((kind == Kind.REVERSAL || kind == Kind.NEW_COMMITMENT || kind == Kind.SHIFT)
          && (before.review().contains(demand) || after.review().contains(demand))) {
        kind = Kind.TO_CHECK;
      }
      String evidence = kind == Kind.DROPPED ? before.evidence().get(demand)
          : after.evidence().get(demand);
      changes.add(new Change(kind, demand, then, now, evidence));
    }
    changes.sort(java.util.Comparator.comparing(Change::kind));
    return changes;
  }

  static String describe(Change c) {
    return switch (c.kind()) {
      case NEW_COMMITMENT -> String.format(Locale.ROOT, "new commitment: %s (was %s)",
          c.demand(), c.before());
      case REVERSAL -> String.format(Locale.ROOT, "reversal: %s %s -> %s", c.demand(),
          c.before(), c.after());
      case DROPPED -> String.format(Locale.ROOT, "dropped from the platform: %s (was %s)",
          c.demand(), c.before());
      case WEAKENED -> String.format(Locale.ROOT, "weakened: %s %s -> %s", c.demand(),
          c.before(), c.after());
      case SHIFT -> String.format(Locale.ROOT, "shift: %s %s -> %s", c.demand(), c.before(),
          c.after());
      case TO_CHECK -> String.format(Locale.ROOT,
          "to check (a reading flagged for review): %s %s -> %s", c.demand(), c.before(),
          c.after());
      case PAGE_DISAPPEARED -> "platform page disappeared: " + c.before();
      case PAGE_RETURNED -> "platform page is back: " + c.after();
    };
  }
}
