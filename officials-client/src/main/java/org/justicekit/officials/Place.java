package org.justicekit.officials;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.OcdId;

/**
 * A place a query resolved to: a city (or town, or consolidated city-county) and, where known,
 * the county or counties it lies in.
 *
 * @param name the place's name, e.g. {@code Chicago}
 * @param state two-letter postal code
 * @param ocdId the place's division id
 * @param countyOcdId the county's division id, when the place is (mostly) in one county
 */
public record Place(String name, String state, OcdId ocdId, @Nullable OcdId countyOcdId) {
  /** Validates the fields. */
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(ocdId, "ocdId");
  }
}
