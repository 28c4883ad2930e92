package org.justicekit.demands;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A public office that serves a place: its kind, its local title, the district it serves and
 * whether voters elect its holder.
 *
 * @param officeType the kind of office
 * @param title the local title, e.g. {@code Cook County State's Attorney}
 * @param jurisdiction the district the office serves
 * @param elected whether the holder is elected (false for appointed prosecutors, e.g. in New
 *     Jersey)
 * @param website the office's website, if known
 * @param coverage which part of the queried place this office serves, when it serves only part
 *     of it (e.g. {@code "Brooklyn"}); null when it serves all of it
 */
public record Office(
    OfficeType officeType,
    String title,
    Jurisdiction jurisdiction,
    boolean elected,
    @Nullable URI website,
    @Nullable String coverage) {
  /** Validates the fields. */
  public Office {
    Objects.requireNonNull(officeType, "officeType");
    Checks.nonBlank(title, "title");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
  }
}
