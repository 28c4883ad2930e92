package org.justicekit.officials;

/**
 * A source of offices and officials for a place: the embedded directory, a geocoder that
 * resolves addresses to divisions, or a commercial API.
 *
 * <p>Implementations must be thread-safe; the client shares one instance across calls.
 * Ambiguity and missing coverage are answers (a {@link PlaceLookup} with notes), not
 * exceptions; failures to reach or understand the provider throw {@link OfficialsException}.
 */
public interface OfficialsProvider {
  /** A short lower-case name for messages and results, e.g. {@code embedded}, {@code census}. */
  String name();

  /** Whether this provider can answer this kind of query at all. */
  boolean supports(PlaceQuery query);

  /**
   * Looks up the offices that serve a place.
   *
   * @throws OfficialsException if the provider fails or answers something unreadable
   */
  PlaceLookup lookup(PlaceQuery query);
}
