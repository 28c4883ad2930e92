package org.justicekit.scoring;

/**
 * Stage 1: splits the sentence into tokens and finds every rule phrase in it with the rules'
 * one automaton. Rule phrases and input go through the same tokenizer and stemmer, so "will
 * not seek cash bail" matches the negation "not", the verb "seek" and the topic "cash bail"
 * however they are inflected or capitalised.
 */
final class MatchFinder implements SentenceStage {
  private final Tokenizer tokenizer;
  private final TokenAutomaton automaton;
  private TokenAutomaton.MatchSink sink;
  private Sentence target;

  MatchFinder(CompiledRules rules) {
    this.tokenizer = new Tokenizer(rules.table);
    this.automaton = rules.automaton;
  }

  @Override
  public boolean process(Sentence s) {
    if (target != s) {
      target = s;
      sink = s::addMatch;
    }
    tokenizer.tokenize(s.text, s.from, s.to);
    s.ids = tokenizer.ids;
    s.starts = tokenizer.starts;
    s.ends = tokenizer.ends;
    s.tokens = tokenizer.count;
    automaton.scan(s.ids, s.tokens, sink);
    return true;
  }
}
