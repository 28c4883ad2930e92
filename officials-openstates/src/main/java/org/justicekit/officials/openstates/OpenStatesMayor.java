package org.justicekit.officials.openstates;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.Jurisdiction;
import org.justicekit.demands.OcdId;
import org.justicekit.demands.Office;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.Official;

/**
 * The latest mayor Open States records for one place, with the term that record gives.
 *
 * <p>{@code current} is false when the term ended before the import's as-of date. Open States
 * does not remove or update such records promptly, so an ended term does not mean the office
 * is vacant, nor that this person still holds it: treat the record as unverified and never
 * present it as the current mayor. Immutable.
 *
 * @param ocdId the place's division id, derived from the Open States jurisdiction id (and
 *     corrected where that id is known to be wrong; see {@code notes})
 * @param jurisdiction the Open States jurisdiction id as the file writes it, e.g. {@code
 *     ocd-jurisdiction/country:us/state:tx/place:houston/government}
 * @param name the place's name, e.g. {@code Houston}
 * @param state the place's two-letter postal code, upper case
 * @param official the mayor; {@code asOf} is the import's as-of date for a current term and the
 *     term's end date for an ended one
 * @param termStart the start of the term, if the file gives it
 * @param termEnd the end of the latest mayoral term the file gives
 * @param current whether the term had not ended on the import's as-of date
 * @param personId the Open States person id, e.g. {@code ocd-person/92d60f74-...}, if present
 * @param file the person file, relative to the checkout, with {@code /} separators
 * @param notes corrections made to the record and earlier mayors it replaced
 */
public record OpenStatesMayor(
    OcdId ocdId,
    String jurisdiction,
    String name,
    String state,
    Official official,
    @Nullable LocalDate termStart,
    LocalDate termEnd,
    boolean current,
    @Nullable String personId,
    String file,
    List<String> notes) {

  /** Validates the fields and copies the list. */
  public OpenStatesMayor {
    Objects.requireNonNull(ocdId, "ocdId");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(official, "official");
    Objects.requireNonNull(termEnd, "termEnd");
    Objects.requireNonNull(file, "file");
    if (!state.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("state must be a two-letter postal code, was '" + state + "'");
    }
    notes = List.copyOf(notes);
  }

  /** The office's title, e.g. {@code Mayor of Houston}. */
  public String title() {
    return "Mayor of " + name;
  }

  /** The mayor's office for this place: elected, serving the whole place. */
  public Office office() {
    return new Office(OfficeType.MAYOR, title(), new Jurisdiction(name, ocdId), true, null, null);
  }

  /**
   * The sentence to show beside an ended term, e.g. {@code term ended 2025-11-30 according to
   * Open States; not verified as current}; empty for a current term.
   */
  public String stalenessNote() {
    return current ? ""
        : String.format(Locale.ROOT,
            "term ended %s according to Open States; not verified as current", termEnd);
  }
}
