package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.justicekit.demands.Demand;
import org.justicekit.demands.DemandCatalog;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ScoringRulesTest {
  private static final String SHERIFF_RULES = """
      {"schemaVersion": 1, "catalog": "sheriffs",
       "global": {"negations": ["not", "never"], "actionsFor": ["join", "renew"],
                  "actionsAgainst": ["end", "leave"], "hedges": ["review"]},
       "demands": {"end-287g": {"topics": [
          {"polarity": "status-quo", "phrases": ["287(g)", "287g agreement"]}]}}}
      """;

  private static DemandCatalog sheriffCatalog() {
    return DemandCatalog.of("sheriffs", "1", List.of(new Demand("end-287g",
        OfficeType.of("SHERIFF"), "End 287(g)", "Leave the program.", "Jails are not ICE.",
        List.of())));
  }

  @Test
  void customCatalog_bringsItsOwnRules() {
    PlatformScorer scorer = PlatformScorer.builder().catalog(sheriffCatalog())
        .rules(ScoringRules.fromJson("sheriff-rules.json", SHERIFF_RULES)).build();
    OfficeType sheriff = OfficeType.of("SHERIFF");
    assertThat(scorer.score(sheriff, "I will end our 287(g) agreement.").assessment("end-287g")
        .orElseThrow().stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(scorer.score(sheriff, "I will never leave the 287g agreement.")
        .assessment("end-287g").orElseThrow().stance()).isEqualTo(Stance.OPPOSES);
    assertThat(scorer.score(sheriff, "We will review 287(g).").assessment("end-287g")
        .orElseThrow().stance()).isEqualTo(Stance.MIXED);
  }

  @Test
  void customRules_answerWordsAreTheirOwn() {
    String withAnswers = SHERIFF_RULES.replace("\"hedges\": [\"review\"]",
        "\"hedges\": [\"review\"], \"answersYes\": [\"yes\"], \"answersNo\": [\"no\"]");
    OfficeType sheriff = OfficeType.of("SHERIFF");
    String text = "Will you end our 287(g) agreement? Yes.";
    PlatformScorer answering = PlatformScorer.builder().catalog(sheriffCatalog())
        .rules(ScoringRules.fromJson("r.json", withAnswers)).build();
    PlatformScorer plain = PlatformScorer.builder().catalog(sheriffCatalog())
        .rules(ScoringRules.fromJson("r.json", SHERIFF_RULES)).build();
    assertThat(answering.score(sheriff, text).assessment("end-287g").orElseThrow().stance())
        .isEqualTo(Stance.SUPPORTS);
    assertThat(plain.score(sheriff, text).assessment("end-287g").orElseThrow().stance())
        .isEqualTo(Stance.NOT_MENTIONED);
  }

  @Test
  void standardRules_coverTheStandardCatalog() {
    assertThat(ScoringRules.standard().demandIds())
        .containsExactlyInAnyOrderElementsOf(DemandCatalog.standard().demands().stream()
            .map(Demand::id).toList());
  }

  @Test
  void build_standardRulesForCustomCatalog_failsNamingTheDemand() {
    assertThatThrownBy(() -> PlatformScorer.builder().catalog(sheriffCatalog()).build())
        .isInstanceOf(RulesException.class)
        .hasMessageContaining("'body-cameras'").hasMessageContaining("does not have");
  }

  @Test
  void build_rulesMissingADemand_fails() {
    String rules = SHERIFF_RULES.replace("end-287g", "other-demand");
    assertThatThrownBy(() -> PlatformScorer.builder().catalog(sheriffCatalog())
        .rules(ScoringRules.fromJson("r.json", rules)).build())
        .isInstanceOf(RulesException.class).hasMessageContaining("'other-demand'");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|the document is empty",
      "{oops|malformed JSON at line 1",
      "[]|must be a JSON object",
      "{\"schemaVersion\": 9}|unknown schema version 9",
      "{\"schemaVersion\": 1, \"catalog\": \"c\", \"global\": {}}|at demands: missing",
      "{\"schemaVersion\": 1, \"catalog\": \"c\", \"global\": {\"negations\": \"not\"}, \"demands\": {}}|at global.negations: must be an array",
      "{\"schemaVersion\": 1, \"catalog\": \"c\", \"global\": {\"negations\": [\"!!\"]}, \"demands\": {}}|'!!' has no words",
      "{\"schemaVersion\": 1, \"catalog\": \"c\", \"global\": {\"answersYes\": \"yes\"}, \"demands\": {}}|at global.answersYes: must be an array",
      "{\"schemaVersion\": 1, \"catalog\": \"c\", \"global\": {}, \"demands\": {\"a\": {\"topics\": []}}}|at demands.a.topics: a demand needs at least one topic group",
      "{\"schemaVersion\": 1, \"catalog\": \"c\", \"global\": {}, \"demands\": {\"a\": {\"topics\": [{\"polarity\": \"up\", \"phrases\": [\"x\"]}]}}}|must be reform, status-quo, offence or neutral"})
  void fromJson_invalid_namesTheProblem(String json, String problem) {
    assertThatThrownBy(() -> ScoringRules.fromJson("rules.json", json))
        .isInstanceOf(RulesException.class)
        .hasMessageStartingWith("invalid scoring rules rules.json")
        .hasMessageContaining(problem);
  }
}
