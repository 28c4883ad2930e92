package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class RuleKindTest {
  private static final Path RULES_MD = Path.of("RULES.md");

  @Test
  void schemaTable_rulesMd_showsEveryKeyAsTheEnumSaysIt() throws IOException {
    String doc = Files.readString(RULES_MD, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("justicekit.rulesmd.write")) {
      int from = doc.indexOf("| key | kind |");
      int to = doc.indexOf("\n\n", from);
      Files.writeString(RULES_MD, doc.substring(0, from) + RuleKind.schemaTable().strip()
          + doc.substring(to), StandardCharsets.UTF_8);
      doc = Files.readString(RULES_MD, StandardCharsets.UTF_8);
    }
    assertThat(doc).contains(RuleKind.schemaTable());
  }

  @Test
  void lexiconKeys_everyKindButTopicAndContext_hasKeysUniqueNames() {
    Set<String> names = new HashSet<>();
    for (RuleKind kind : RuleKind.values()) {
      boolean fromTopics = kind == RuleKind.TOPIC || kind == RuleKind.CONTEXT;
      assertThat(kind.keys().isEmpty()).isEqualTo(fromTopics);
      for (RuleKind.Key key : kind.keys()) {
        assertThat(names.add(key.name())).isTrue();
        assertThat(RuleKind.lexiconKeys().get(key.index())).isEqualTo(key);
      }
    }
    assertThat(names).hasSize(23);
  }

  @Test
  void lexiconKeys_standardRules_everyGlobalKeyKnown() throws IOException {
    var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        ScoringRules.class.getResourceAsStream("standard-rules.json"));
    Set<String> known = new HashSet<>();
    RuleKind.lexiconKeys().forEach(k -> known.add(k.name()));
    root.get("global").fieldNames().forEachRemaining(n -> assertThat(known).contains(n));
  }

  @Test
  void cue_onlyNegationsVerbsAndEvaluations() {
    for (RuleKind kind : RuleKind.values()) {
      assertThat(kind.cue).isEqualTo(
          kind == RuleKind.NEG || kind == RuleKind.ACTION || kind == RuleKind.EVAL);
    }
  }
}
