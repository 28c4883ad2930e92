package org.justicekit.scoring;

/**
 * A second opinion on the assessments the rules are least sure of, for example a language model
 * behind an HTTP endpoint. The scorer routes assessments to it (see {@link AdjudicationMode}),
 * sends only the sentences around the demand's topic, and checks every answer: a revision must
 * quote one verbatim sentence of the input, or it is rejected and the rule result stands.
 *
 * <p>An adjudicator never fails scoring: whatever it throws, the scorer keeps the rule result
 * and records on the assessment that no second opinion was had.
 *
 * <p>Implementations must be thread-safe: one scorer, and so one adjudicator, serves every
 * thread. The HTTP implementation for OpenAI-compatible Chat Completions endpoints lives in
 * its own artifact, {@code org.justicekit:adjudicator-openai}, so this module has no HTTP code.
 */
public interface StanceAdjudicator {
  /**
   * The model or service that answers, recorded on every assessment it revises or confirms,
   * e.g. {@code "llama3.1:8b"}.
   */
  String model();

  /**
   * Reads the sentences of one request and says where the official stands on its demand.
   *
   * @param request the demand, the rule reading and the sentences around the topic
   * @return the second opinion
   * @throws RuntimeException on any failure (an {@link AdjudicationException} by preference);
   *     the scorer keeps the rule result
   */
  Opinion adjudicate(AdjudicationRequest request);
}
