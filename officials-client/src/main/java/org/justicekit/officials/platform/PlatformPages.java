package org.justicekit.officials.platform;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.justicekit.demands.PlatformDocument;

/**
 * The platform pages found on an official's site, in the order they were fetched (issue index
 * pages before the issue pages under them), each with its URL, title, readable text and
 * retrieval time. Immutable.
 *
 * @param site the site's home page, after redirects
 * @param documents the pages found, de-duplicated by text; the home page alone if no issues
 *     pages were found
 * @param notes plain sentences about pages skipped (robots.txt, errors, duplicates, PDFs) and
 *     limits reached
 */
public record PlatformPages(URI site, List<PlatformDocument> documents, List<String> notes) {
  /** Validates and copies the fields. */
  public PlatformPages {
    Objects.requireNonNull(site, "site");
    documents = List.copyOf(documents);
    notes = List.copyOf(notes);
  }
}
