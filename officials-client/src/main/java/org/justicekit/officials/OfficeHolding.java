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
 * @param info the holder's status, term and dated sources; {@link HolderStatus#NAMED} exactly
 *     when {@code holder} is set
 */
public record OfficeHolding(Office office, @Nullable Official holder, String provider,
    HolderInfo info) {
  /** Validates the fields. */
  public OfficeHolding {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(info, "info");
    if ((holder != null) != (info.status() == HolderStatus.NAMED)) {
      throw new IllegalArgumentException("a holding has a holder exactly when its status is NAMED, "
          + "was " + info.status() + (holder == null ? " without" : " with") + " a holder");
    }
  }

  /**
   * A holding from a provider without term data: {@link HolderInfo#of(Official)} for a named
   * holder, {@link HolderInfo#NOT_RECORDED} otherwise.
   */
  public OfficeHolding(Office office, @Nullable Official holder, String provider) {
    this(office, holder, provider, holder == null ? HolderInfo.NOT_RECORDED : HolderInfo.of(holder));
  }
}
