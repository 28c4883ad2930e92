package org.justicekit.officials;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A page that vouches for an office holder, and the day it was read.
 *
 * @param url the page
 * @param seen the day the page was read, or the date the page itself gives; null when the
 *     provider did not say
 */
public record SourceRef(URI url, @Nullable LocalDate seen) {
  /** Validates the fields. */
  public SourceRef {
    Objects.requireNonNull(url, "url");
  }
}
