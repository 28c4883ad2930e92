package org.justicekit.officials;

import java.util.Locale;
import java.util.Objects;

/**
 * How a state organises its local prosecutors: their title, the unit each one serves, and
 * whether voters elect them. Immutable and safe to share.
 *
 * @param state the two-letter postal code, e.g. {@code KS}, or {@code DC}
 * @param stateName the state's name, e.g. {@code Kansas}
 * @param title the usual local title, e.g. {@code County Attorney}
 * @param unit the area one prosecutor serves
 * @param selection whether the prosecutors are elected, appointed, or some of each
 * @param note one or two plain sentences on exceptions (other titles, misdemeanour
 *     prosecutors, appointing bodies)
 */
public record ProsecutorSystem(
    String state, String stateName, String title, Unit unit, Selection selection, String note) {

  /** Validates the fields. */
  public ProsecutorSystem {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(stateName, "stateName");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(note, "note");
    if (!state.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("state must be a two-letter postal code, was '" + state + "'");
    }
  }

  /** Whether every local prosecutor of the state is elected. */
  public boolean elected() {
    return selection == Selection.ELECTED;
  }

  /** The area one prosecutor serves. */
  public enum Unit {
    /** One per county (or county-equivalent). */
    COUNTY,
    /** One per county, or per multi-county judicial district where the law says so (Texas). */
    COUNTY_OR_DISTRICT,
    /** One per county and one per independent city (Virginia). */
    COUNTY_OR_INDEPENDENT_CITY,
    /** One per judicial district. */
    JUDICIAL_DISTRICT,
    /** One per judicial circuit. */
    JUDICIAL_CIRCUIT,
    /** One per prosecutorial district (a unit drawn for prosecutors only). */
    PROSECUTORIAL_DISTRICT,
    /** One per circuit court district (Mississippi). */
    CIRCUIT_COURT_DISTRICT,
    /** One per district, as the state law names it. */
    DISTRICT,
    /** One office for the whole state (Delaware, Rhode Island). */
    STATE;

    /** The unit in plain lower-case words, e.g. {@code judicial circuit}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /** How a state's local prosecutors come to office. */
  public enum Selection {
    /** Voters elect them. */
    ELECTED,
    /** Someone appoints them (the Governor, a commission, the Attorney General, the President). */
    APPOINTED,
    /** Some are elected and some appointed (Hawaii). */
    MIXED
  }
}
