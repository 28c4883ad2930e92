/**
 * The JusticeKit demands model: the vocabulary every other JusticeKit module speaks.
 *
 * <p>Exports {@code org.justicekit.demands}; {@code org.justicekit.demands.internal} (the
 * shared HTML-to-text extractor) only to the scorer and the officials client. Jackson is an implementation detail of
 * {@link org.justicekit.demands.ModelJson}; the package is opened to it for reflection.
 */
@SuppressWarnings("module") // the qualified export names modules built after this one
module org.justicekit.demands {
  requires transitive com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.jsoup;
  requires static transitive org.jspecify;

  exports org.justicekit.demands;
  // one HTML-to-text extractor for the scorer and the officials client; not API
  exports org.justicekit.demands.internal to org.justicekit.scoring, org.justicekit.officials;

  opens org.justicekit.demands to com.fasterxml.jackson.databind;
}
