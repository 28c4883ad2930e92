/** JusticeKit platform scoring: platform text or HTML to a stance per demand, with evidence. */
module org.justicekit.scoring {
  requires transitive org.justicekit.demands;
  requires org.jsoup;
  requires com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;

  exports org.justicekit.scoring;
}
