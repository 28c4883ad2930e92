package org.justicekit.officials;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.Office;
import org.justicekit.demands.Official;

/**
 * An office that serves the queried place, with its holder where known.
 *
 * @param office the office: type, local title, district, elected or not
 * @param holder who holds it, if a source says so; null when unknown (never invented)
 * @param provider the provider that answered, e.g. {@code embedded}
 */
public record OfficeHolding(Office office, @Nullable Official holder, String provider) {
  /** Validates the fields. */
  public OfficeHolding {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(provider, "provider");
  }
}
