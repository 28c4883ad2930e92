package org.justicekit.demands;

import java.util.Objects;

/**
 * A place an office serves: a city, a county, a judicial district, a state.
 *
 * @param name the human name, e.g. {@code Cook County}
 * @param ocdId its Open Civic Data division id
 */
public record Jurisdiction(String name, OcdId ocdId) {
  /** Validates the fields. */
  public Jurisdiction {
    Checks.nonBlank(name, "name");
    Objects.requireNonNull(ocdId, "ocdId");
  }

  /**
   * A jurisdiction from a name and an id string.
   *
   * @throws IllegalArgumentException if the id is not a valid OCD division id
   */
  public static Jurisdiction of(String name, String ocdId) {
    return new Jurisdiction(name, OcdId.parse(ocdId));
  }
}
