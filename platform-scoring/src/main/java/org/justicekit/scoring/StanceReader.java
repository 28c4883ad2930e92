package org.justicekit.scoring;

import org.justicekit.demands.Assessment;

/**
 * Reads one text sentence by sentence and decides a stance per demand. Each sentence goes
 * through the chain of stages below, in this order, as a Lucene {@code TokenStream} goes
 * through its filters; they share one reused {@link Sentence}, so nothing is allocated per
 * sentence apart from the evidence strings kept. A stage may stop the chain for a sentence
 * that has nothing more to read. Each stage's Javadoc states its rule with an example.
 *
 * <ol>
 *   <li>{@link MatchFinder}: tokens and every rule phrase;
 *   <li>{@link ContextTracker}: context words of topic groups, this and the last sentence;
 *   <li>{@link QuestionAnswers.Opening}: does the sentence answer a question with yes or no;
 *   <li>{@link Pronouns.Antecedent}: the first topic, for an "it" in the next sentence (stops
 *       a sentence without any rule phrase);
 *   <li>{@link Rivals.Names}: rivals named after "faces", "a challenge from";
 *   <li>{@link TopicGate}: stops a sentence with no topic, answer or pronoun to read;
 *   <li>{@link ContainedMatchFilter}, {@link CompoundFilter}: match cleanup;
 *   <li>{@link Pronouns.Resolver}: an object "it" becomes its topic;
 *   <li>{@link TentativeFilter}: a negated hedge of intent is a verb;
 *   <li>{@link ClauseSplitter}: clauses, contrastive breaks, non-answers;
 *   <li>{@link Attribution}: clauses that speak for someone else;
 *   <li>{@link TopicReading}: per demand, the reading of the sentence ({@link TopicCues});
 *   <li>{@link QuestionAnswers.Carry}: a question's reading carried into its answer;
 *   <li>{@link EvidenceKeeper}: the sentences that show each stance;
 *   <li>{@link DemandTally}: counts, and after the text the assessment per demand.
 * </ol>
 *
 * <p>Not thread-safe: the scorer makes one per call. Memory is bounded: buffers grow with the
 * longest sentence (itself capped) and at most {@link EvidenceKeeper#MAX_EVIDENCE} evidence
 * sentences are kept per demand and stance.
 */
final class StanceReader {
  static final int MAX_EVIDENCE = EvidenceKeeper.MAX_EVIDENCE;

  private final int maxSentenceChars;
  private final Sentence sentence;
  private final DemandTally tally;
  private final SentenceStage[] chain;

  StanceReader(CompiledRules rules, boolean[] activeDemand, int maxSentenceChars) {
    this.maxSentenceChars = maxSentenceChars;
    this.sentence = new Sentence(rules, activeDemand);
    ContextTracker context = new ContextTracker(rules);
    QuestionAnswers questions = new QuestionAnswers(rules);
    Pronouns pronouns = new Pronouns(rules);
    Rivals rivals = new Rivals(rules);
    EvidenceKeeper evidence = new EvidenceKeeper(rules.demands.size());
    this.tally = new DemandTally(rules, evidence);
    this.chain = new SentenceStage[] {
        new MatchFinder(rules),
        context,
        questions.new Opening(),
        pronouns.new Antecedent(),
        rivals.new Names(),
        new TopicGate(rules),
        new ContainedMatchFilter(rules),
        new CompoundFilter(rules),
        pronouns.new Resolver(),
        new TentativeFilter(),
        new ClauseSplitter(rules),
        new Attribution(rules, rivals),
        new TopicReading(rules, context),
        questions.new Carry(),
        evidence,
        tally,
    };
  }

  /** Reads the whole text. */
  void read(String text) {
    SentenceSplitter sentences = new SentenceSplitter(text, maxSentenceChars);
    while (sentences.next()) {
      // a question states no position, but it sets the context of the answer that follows
      boolean question = text.charAt(sentences.end - 1) == '?';
      sentence.reset(text, sentences.start, sentences.end, question);
      for (SentenceStage stage : chain) {
        if (!stage.process(sentence)) {
          break;
        }
      }
    }
  }

  /**
   * For stage tests: reads the text, running the last sentence's chain only through the first
   * stage of type {@code last}, and returns that sentence's state.
   */
  Sentence readThrough(String text, Class<? extends SentenceStage> last) {
    int sentences = 0;
    SentenceSplitter count = new SentenceSplitter(text, maxSentenceChars);
    while (count.next()) {
      sentences++;
    }
    SentenceSplitter split = new SentenceSplitter(text, maxSentenceChars);
    for (int n = 1; split.next(); n++) {
      sentence.reset(text, split.start, split.end, text.charAt(split.end - 1) == '?');
      for (SentenceStage stage : chain) {
        if (!stage.process(sentence) || n == sentences && last.isInstance(stage)) {
          break;
        }
      }
    }
    return sentence;
  }

  /** The assessment of demand {@code d} after {@link #read}. */
  Assessment assessment(int d) {
    return tally.assessment(d);
  }
}
