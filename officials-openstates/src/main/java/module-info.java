/**
 * JusticeKit Open States import: a checkout of the Open States people data (YAML) to mayors,
 * directory JSON for {@code EmbeddedDirectory} overlays, and an {@code OfficialsProvider}.
 *
 * <p>Its own artifact, {@code officials-openstates}, so that users of {@code officials-client}
 * do not pull in a YAML parser. Exports one package, {@code org.justicekit.officials.openstates}.
 */
module org.justicekit.officials.openstates {
  requires transitive org.justicekit.officials;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires static transitive org.jspecify;

  exports org.justicekit.officials.openstates;

  opens org.justicekit.officials.openstates to com.fasterxml.jackson.databind;
}
