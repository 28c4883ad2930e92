/** JusticeKit platform scoring: platform text or HTML to a stance per demand, with evidence. */
module org.justicekit.scoring {
  requires transitive org.justicekit.demands;
  requires org.jsoup;
  requires com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;

  exports org.justicekit.scoring;

  // the bundled confidence table is read into package-private records
  opens org.justicekit.scoring to com.fasterxml.jackson.databind;
}
