package org.justicekit.officials;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.Official;

/**
 * Who holds an office, as far as an answer knows: whether a source names the holder, the term,
 * and each source with the day it was read. Immutable.
 *
 * @param status named, explicitly unsourced, or not recorded by the provider
 * @param termStart the start of the holder's term, where known
 * @param termEnd the end of the holder's term, where known; a date in the past means the data
 *     may be out of date, not that the office is vacant
 * @param sources the pages that vouch for the holder, each with the day it was read
 * @param note a sentence about the record: why it is unsourced, or what the source says about
 *     the term (e.g. "re-elected November 2025")
 */
public record HolderInfo(
    HolderStatus status,
    @Nullable LocalDate termStart,
    @Nullable LocalDate termEnd,
    List<SourceRef> sources,
    @Nullable String note) {

  /** For a provider that lists offices without their holders. */
  public static final HolderInfo NOT_RECORDED =
      new HolderInfo(HolderStatus.NOT_RECORDED, null, null, List.of(), null);

  /** Validates the fields and copies the list. */
  public HolderInfo {
    Objects.requireNonNull(status, "status");
    sources = List.copyOf(sources);
    if (termStart != null && termEnd != null && termEnd.isBefore(termStart)) {
      throw new IllegalArgumentException("term ends (" + termEnd + ") before it starts ("
          + termStart + ")");
    }
  }

  /** An explicitly unsourced office, with the reason and the pages checked (if any). */
  public static HolderInfo unsourced(String reason, List<SourceRef> checked) {
    Objects.requireNonNull(reason, "reason");
    return new HolderInfo(HolderStatus.UNSOURCED, null, null, checked, reason);
  }

  /**
   * A named holder as a provider without term data reports them: the official's sources, each
   * dated with the official's {@code asOf}.
   */
  public static HolderInfo of(Official official) {
    Objects.requireNonNull(official, "official");
    return new HolderInfo(HolderStatus.NAMED, null, null,
        official.sources().stream().map(u -> new SourceRef(u, official.asOf())).toList(), null);
  }
}
