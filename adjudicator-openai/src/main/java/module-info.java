/**
 * A second opinion for JusticeKit's platform scorer from an OpenAI-compatible Chat Completions
 * endpoint. Exports {@code org.justicekit.adjudicator.openai}; Jackson is an implementation
 * detail.
 */
module org.justicekit.adjudicator.openai {
  requires transitive org.justicekit.scoring;
  requires java.net.http;
  requires com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;

  exports org.justicekit.adjudicator.openai;

  opens org.justicekit.adjudicator.openai to com.fasterxml.jackson.databind;
}
