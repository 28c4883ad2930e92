package org.justicekit.demands;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the record constructors of this package. */
final class Checks {
  private Checks() {}

  static String nonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  static <T> List<T> list(List<T> values, String name) {
    Objects.requireNonNull(values, name);
    return List.copyOf(values);
  }

  static double unitInterval(double value, String name) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
    }
    return value;
  }
}
