/** JusticeKit officials client: place to offices and officials, and their platform pages. */
module org.justicekit.officials {
  requires transitive org.justicekit.demands;
  requires java.net.http;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.jsoup;
  requires static transitive org.jspecify;

  exports org.justicekit.officials;

  opens org.justicekit.officials to com.fasterxml.jackson.databind;
}
