package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TokenAutomatonTest {
  /** Patterns over token ids: 0 = [1 2], 1 = [2], 2 = [1 2 3], 3 = [2 3 4], 4 = [5]. */
  private static final TokenAutomaton AUTOMATON = TokenAutomaton.build(List.of(
      new int[] {1, 2}, new int[] {2}, new int[] {1, 2, 3}, new int[] {2, 3, 4}, new int[] {5}));

  private static List<String> scan(int... tokens) {
    List<String> out = new ArrayList<>();
    AUTOMATON.scan(tokens, tokens.length, (p, end) -> out.add(p + "@" + end));
    return out;
  }

  @Test
  void scan_overlappingPatterns_everyMatchInOrderOfEnd() {
    assertThat(scan(1, 2, 3, 4)).containsExactly("0@2", "1@2", "2@3", "3@4");
  }

  @Test
  void scan_failureLinks_findPatternAfterPartialMatch() {
    assertThat(scan(1, 1, 2, 5)).containsExactly("0@3", "1@3", "4@4");
  }

  @Test
  void scan_unknownTokenOrIdOutsideAlphabet_breaksMatch() {
    assertThat(scan(1, -1, 2)).containsExactly("1@3");
    assertThat(scan(1, 99, 2)).containsExactly("1@3");
  }

  @Test
  void scan_count_onlyPrefixRead() {
    List<String> out = new ArrayList<>();
    AUTOMATON.scan(new int[] {1, 2, 3}, 2, (p, end) -> out.add(p + "@" + end));
    assertThat(out).containsExactly("0@2", "1@2");
  }

  @Test
  void build_sharedPrefixes_oneStatePerPrefix() {
    // root, 1, 1-2, 1-2-3, 2, 2-3, 2-3-4, 5
    assertThat(AUTOMATON.states()).isEqualTo(8);
  }
}
