package org.justicekit.adjudicator.openai;

import java.util.List;
import java.util.Locale;
import org.justicekit.demands.Demand;
import org.justicekit.scoring.AdjudicationRequest;

/**
 * The messages sent for one request: the labelling rules and a few worked examples (written
 * for JusticeKit), then the demand and the numbered sentences. {@link #VERSION} is part of the
 * cache key: change it with the text.
 */
final class Prompt {
  static final String VERSION = "jk-stance-2026-12-02";

  static final String SYSTEM = """
      You label where an elected official stands on one reform demand, from the official's \
      own words. Answer with one JSON object and nothing else:
      {"stance": "SUPPORTS|OPPOSES|MIXED|NOT_MENTIONED", "evidence": "<one sentence copied \
      exactly from the input>"}

      Rules:
      - SUPPORTS: the official commits to, advocates, or has carried out the reform or a \
      substantial step of it. Polarity is not negation: "I will not seek cash bail" supports \
      ending cash bail; "our officers are not trained in neck holds" supports a chokehold ban.
      - OPPOSES: the official rejects the reform, defends the practice it would end, or \
      promises to reverse it ("I will bring back the felony threshold for theft").
      - MIXED: the official addresses the demand but hedges, conditions or splits it: \
      "reform" or "reduce" where the demand asks to end, "case by case", a pilot, support for \
      one half and rejection of the other.
      - NOT_MENTIONED: the sentences do not address this demand, even if they touch nearby \
      topics (police budgets, crime rates).
      - The stance is the official's. What critics, opponents, unions, advocates, a bill or a \
      predecessor say or did is not the official's stance unless the official takes it up.
      - The evidence is the single input sentence that best shows the stance, copied \
      character for character. For NOT_MENTIONED the evidence may be "".
      """;

  /** Worked examples as user/assistant turns, written for this prompt. */
  static final List<String[]> EXAMPLES = List.of(
      new String[] {
          "Demand (PROSECUTOR, end-money-bail): end or drastically curtail cash bail.\n"
              + "Sentences:\n1. Nobody should sit in jail because they are poor.\n"
              + "2. My office will no longer ask for money bail in any misdemeanor case.",
          "{\"stance\": \"SUPPORTS\", \"evidence\": \"My office will no longer ask for money "
              + "bail in any misdemeanor case.\"}"},
      new String[] {
          "Demand (MAYOR, chokehold-ban): ban chokeholds and neck restraints.\n"
              + "Sentences:\n1. Reform groups want the city to outlaw every neck hold.\n"
              + "2. The mayor said officers need every tool when a suspect fights back, and "
              + "she will keep the current policy.",
          "{\"stance\": \"OPPOSES\", \"evidence\": \"The mayor said officers need every tool "
              + "when a suspect fights back, and she will keep the current policy.\"}"},
      new String[] {
          "Demand (PROSECUTOR, kids-out-of-adult-jails): do not charge children as adults or "
              + "hold them in adult jails.\nSentences:\n1. Transfers to adult court should be "
              + "rare, and I will look at each one on its own facts.",
          "{\"stance\": \"MIXED\", \"evidence\": \"Transfers to adult court should be rare, "
              + "and I will look at each one on its own facts.\"}"});

  private Prompt() {}

  /** The user message of one request. */
  static String user(AdjudicationRequest request) {
    Demand d = request.demand();
    StringBuilder sb = new StringBuilder(256);
    sb.append(String.format(Locale.ROOT, "Demand (%s, %s): %s%n", request.office().name(),
        d.id(), d.summary()));
    sb.append("Sentences:\n");
    int n = 1;
    for (String s : request.sentences()) {
      sb.append(n++).append(". ").append(s.replace('\n', ' ')).append('\n');
    }
    return sb.toString();
  }
}
