/**
 * JusticeKit officials client: place to offices and officials, and their platform pages.
 *
 * <p>Exported, the API: {@code org.justicekit.officials} (the client, the provider SPI, queries,
 * results and the exception family), {@code org.justicekit.officials.providers} (the embedded
 * directory and the HTTP providers), {@code org.justicekit.officials.platform} (the platform-page
 * fetcher). The {@code internal} packages (HTTP transport, crawling, directory data) are not
 * exported and may change in any release. The Open States import (YAML) is its own artifact,
 * {@code officials-openstates} (module {@code org.justicekit.officials.openstates}), so that
 * users of the client do not pull in a YAML parser.
 */
module org.justicekit.officials {
  requires transitive org.justicekit.demands;
  requires transitive java.net.http;
  requires com.fasterxml.jackson.databind;
  requires org.jsoup;
  requires static transitive org.jspecify;

  exports org.justicekit.officials;
  exports org.justicekit.officials.providers;
  exports org.justicekit.officials.platform;

  opens org.justicekit.officials.internal.directory to com.fasterxml.jackson.databind;
}
