package org.justicekit.demands;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person who holds (or held) an office, as a source reported them on a date.
 *
 * @param name full name
 * @param party party, if the source gives one
 * @param website personal or campaign website, if known
 * @param emails email addresses
 * @param phones phone numbers as the source writes them
 * @param channels social accounts
 * @param asOf the date the source vouches for this record, if known
 * @param sources where the record comes from
 */
public record Official(
    String name,
    @Nullable String party,
    @Nullable URI website,
    List<String> emails,
    List<String> phones,
    List<ContactChannel> channels,
    @Nullable LocalDate asOf,
    List<URI> sources) {
  /** Validates the fields and copies the lists. */
  public Official {
    Checks.nonBlank(name, "name");
    emails = Checks.list(emails, "emails");
    phones = Checks.list(phones, "phones");
    channels = Checks.list(channels, "channels");
    sources = Checks.list(sources, "sources");
  }

  /** An official known only by name and source. */
  public static Official of(String name, @Nullable LocalDate asOf, List<URI> sources) {
    return new Official(name, null, null, List.of(), List.of(), List.of(), asOf, sources);
  }
}
