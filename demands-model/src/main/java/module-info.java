/**
 * The JusticeKit demands model: the vocabulary every other JusticeKit module speaks.
 *
 * <p>Exports {@code org.justicekit.demands} only. Jackson is an implementation detail of
 * {@link org.justicekit.demands.ModelJson}; the package is opened to it for reflection.
 */
module org.justicekit.demands {
  requires transitive com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static transitive org.jspecify;

  exports org.justicekit.demands;

  opens org.justicekit.demands to com.fasterxml.jackson.databind;
}
