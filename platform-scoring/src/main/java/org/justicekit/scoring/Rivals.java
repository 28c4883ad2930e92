package org.justicekit.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of the official's rivals: "faces former public defender Nia Castellane", "a
 * challenge from Theo Banks" name Castellane and Banks, whose later words are not the
 * official's. The stage {@link Names} collects them; {@link Attribution} asks
 * {@link #isRival} of the tokens of each sentence. At most {@link #MAX_RIVALS} are kept.
 */
final class Rivals {
  static final int MAX_RIVALS = 8;
  /** How many tokens after a rival cue a name may start. */
  private static final int REACH = 6;

  private final CompiledRules rules;
  private final List<String> names = new ArrayList<>();

  Rivals(CompiledRules rules) {
    this.rules = rules;
  }

  /** Whether no rival has been named yet. */
  boolean none() {
    return names.isEmpty();
  }

  /** Whether the token is a rival's name. */
  boolean isRival(Sentence s, int token) {
    if (!s.capitalised(token)) {
      return false;
    }
    int st = s.starts[token];
    int len = s.ends[token] - st;
    for (String name : names) {
      if (name.length() == len && s.text.regionMatches(st, name, 0, len)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The stage that remembers the name after a rival cue: the last word of the first run of
   * capitalised words within six tokens ("a challenge from Theo Banks" names "Banks").
   */
  final class Names implements SentenceStage {
    @Override
    public boolean process(Sentence s) {
      for (int i = 0; i < s.matches; i++) {
        if (rules.kind[s.pattern[i]] != RuleKind.RIVAL_CUE || names.size() >= MAX_RIVALS) {
          continue;
        }
        int last = -1;
        for (int t = s.end[i]; t < Math.min(s.tokens, s.end[i] + REACH); t++) {
          if (s.capitalised(t)) {
            last = t;
          } else if (last >= 0) {
            break;
          }
        }
        if (last >= 0) {
          String name = s.text.substring(s.starts[last], s.ends[last]);
          if (name.length() > 2) {
            names.add(name);
          }
        }
      }
      return true;
    }
  }
}
