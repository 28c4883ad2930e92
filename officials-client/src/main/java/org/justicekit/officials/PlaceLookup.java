package org.justicekit.officials;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a place query: the places it resolved to, the offices that serve them with
 * their holders, and notes saying what is known and what is not. An empty {@code officials}
 * list with a note is a valid answer (no coverage); several places mean the query was
 * ambiguous. Immutable.
 *
 * @param query the query as the user wrote it
 * @param places the places the query resolved to; more than one when it is ambiguous
 * @param officials the offices serving those places, mayor first, then prosecutors
 * @param notes plain sentences about ambiguity, coverage, stale or missing data
 * @param providers the providers that contributed, in the order asked
 */
public record PlaceLookup(
    String query,
    List<Place> places,
    List<OfficeHolding> officials,
    List<String> notes,
    List<String> providers) {
  /** Validates and copies the fields. */
  public PlaceLookup {
    Objects.requireNonNull(query, "query");
    places = List.copyOf(places);
    officials = List.copyOf(officials);
    notes = List.copyOf(notes);
    providers = List.copyOf(providers);
  }

  /** Whether the query matched more than one place. */
  public boolean ambiguous() {
    return places.size() > 1;
  }
}
