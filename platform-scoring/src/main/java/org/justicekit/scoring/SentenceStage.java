package org.justicekit.scoring;

/**
 * One step of reading a sentence, as a Lucene {@code TokenFilter} is one step of analysis: it
 * reads what the stages before it decided in the shared {@link Sentence} and adds its own
 * decisions. {@link StanceReader} lists the stages in order.
 */
interface SentenceStage {
  /**
   * Processes the sentence.
   *
   * @return false when nothing is left to read in this sentence: the later stages are skipped
   */
  boolean process(Sentence s);
}
