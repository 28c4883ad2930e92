package org.justicekit.scoring;

import java.util.ArrayList;
import java.util.List;
import org.justicekit.demands.DemandCatalog;
import org.justicekit.demands.OfficeType;

/** Runs the reader's chain on a text up to a stage, for the stage tests. */
final class StageHarness {
  static final CompiledRules RULES =
      CompiledRules.compile(ScoringRules.standard(), DemandCatalog.standard());

  private StageHarness() {}

  /** The state of the text's last sentence after the stage of type {@code last}. */
  static Sentence through(OfficeType office, String text,
      Class<? extends SentenceStage> last) {
    return reader(office).readThrough(text, last);
  }

  /** A prosecutor's reader on the standard rules. */
  static StanceReader reader(OfficeType office) {
    boolean[] active = new boolean[RULES.demands.size()];
    for (int d = 0; d < active.length; d++) {
      active[d] = RULES.demands.get(d).officeType().equals(office);
    }
    return new StanceReader(RULES, active, PlatformScorer.DEFAULT_MAX_SENTENCE_CHARS);
  }

  /** The text of the matches of a kind (as read in the sentence) that are not dropped. */
  static List<String> matches(Sentence s, RuleKind kind) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.matches; i++) {
      if (!s.dropped[i] && s.kind[i] == kind) {
        out.add(s.text.substring(s.starts[s.start[i]], s.ends[s.end[i] - 1]));
      }
    }
    return out;
  }

  /** The index of a demand of the standard catalog. */
  static int demand(String id) {
    for (int d = 0; d < RULES.demands.size(); d++) {
      if (RULES.demands.get(d).id().equals(id)) {
        return d;
      }
    }
    throw new IllegalArgumentException(id);
  }

  /** The token index of the first token with this text. */
  static int token(Sentence s, String word) {
    for (int t = 0; t < s.tokens; t++) {
      if (s.text.substring(s.starts[t], s.ends[t]).equals(word)) {
        return t;
      }
    }
    throw new IllegalArgumentException(word);
  }
}
