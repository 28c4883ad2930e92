package org.justicekit.demands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class ModelJsonTest {
  private static final Demand BAIL = DemandCatalog.standard().demand("end-money-bail");

  static Stream<Object> values() {
    Evidence evidence = new Evidence("I will not seek cash bail.", 10, 36, "not seek", Stance.SUPPORTS);
    Assessment assessment = new Assessment(BAIL, Stance.SUPPORTS, 0.9, List.of(evidence));
    Jurisdiction cook = Jurisdiction.of("Cook County", "ocd-division/country:us/state:il/county:cook");
    return Stream.of(
        BAIL,
        evidence,
        assessment,
        Assessment.notMentioned(BAIL),
        cook,
        cook.ocdId(),
        new Office(OfficeType.PROSECUTOR, "Cook County State's Attorney", cook, true,
            URI.create("https://www.cookcountystatesattorney.org/"), null),
        new Office(OfficeType.PROSECUTOR, "Kings County District Attorney",
            Jurisdiction.of("Kings County", "ocd-division/country:us/state:ny/county:kings"), true,
            null, "Brooklyn"),
        new ContactChannel("twitter", "@example"),
        new Official("Jane Example", "Democratic", URI.create("https://example.org"),
            List.of("jane@example.org"), List.of("555-0100"),
            List.of(new ContactChannel("facebook", "janeexample")), LocalDate.of(2026, 8, 5),
            List.of(URI.create("https://example.org/source"))),
        Official.of("John Doe", null, List.of()),
        new PlatformDocument("<p>Hi</p>", PlatformDocument.ContentType.HTML,
            URI.create("https://example.org/issues"), "Issues", Instant.parse("2026-11-25T10:00:00Z")),
        PlatformDocument.ofText("plain"));
  }

  @ParameterizedTest
  @MethodSource("values")
  void roundTrip_everyModelType(Object value) {
    String json = ModelJson.toJson(value);
    assertThat(ModelJson.fromJson(json, value.getClass())).isEqualTo(value);
    assertThat(ModelJson.fromJson(ModelJson.toPrettyJson(value), value.getClass())).isEqualTo(value);
  }

  @Test
  void issue14_platformScore_writesTheCliShapeAndReadsItBack() throws Exception {
    Evidence evidence = new Evidence("I will not seek cash bail.", 10, 36, "not seek", Stance.SUPPORTS);
    PlatformScore score = PlatformScore.of(OfficeType.PROSECUTOR,
        List.of(new Assessment(BAIL, Stance.SUPPORTS, 0.9, List.of(evidence))),
        "0123456789I will not seek cash bail.");
    String json = ModelJson.toJson(score);
    assertThat(json).startsWith("{\"office\":\"PROSECUTOR\",\"alignment\":100.0,"
        + "\"assessments\":[{\"demand\":\"end-money-bail\"").doesNotContain("officeType")
        .doesNotContain("\"text\":\"0123456789");
    PlatformScore read = ModelJson.fromJson(json, PlatformScore.class);
    assertThat(read).isEqualTo(new PlatformScore(score.officeType(), score.alignment(),
        score.assessments(), ""));
    // the CLI adds an id (and a batch line may carry more); a text, when given, is kept
    String cli = "{\"id\":\"d001\"," + json.substring(1, json.length() - 1)
        + ",\"text\":\"0123456789I will not seek cash bail.\"}";
    assertThat(ModelJson.fromJson(cli, PlatformScore.class)).isEqualTo(score);
  }

  @Test
  void assessment_writesDemandAsIdInCamelCase() {
    Assessment a = new Assessment(BAIL, Stance.SUPPORTS, 0.9,
        List.of(new Evidence("No cash bail.", 0, 13, "no", Stance.SUPPORTS)));
    assertThat(ModelJson.toJson(a)).isEqualTo("{\"demand\":\"end-money-bail\",\"stance\":\"SUPPORTS\","
        + "\"strength\":0.9,\"confidence\":0.9,\"needsReview\":false,\"evidence\":[{\"text\":\"No cash bail.\",\"start\":0,\"end\":13,"
        + "\"cue\":\"no\",\"stance\":\"SUPPORTS\"}]}");
  }

  @Test
  void assessment_flaggedWithSecondOpinion_roundTrips() {
    Assessment a = new Assessment(BAIL, Stance.MIXED, 0.5,
        List.of(new Evidence("Bail is complicated.", 0, 20, "complicated", Stance.MIXED)))
        .withConfidence(0.42, List.of(ReviewReason.LOW_CONFIDENCE, ReviewReason.CONFLICTING_CUES))
        .withSecondOpinion(new SecondOpinion("local-model", SecondOpinion.Outcome.FAILED,
            Stance.MIXED, null, "the endpoint timed out"));
    String json = ModelJson.toJson(a);
    assertThat(json).contains("\"needsReview\":true",
        "\"reviewReasons\":[\"LOW_CONFIDENCE\",\"CONFLICTING_CUES\"]", "\"outcome\":\"FAILED\"");
    assertThat(ModelJson.fromJson(json, Assessment.class)).isEqualTo(a);
  }

  @Test
  void assessment_jsonWithoutConfidence_readsStrengthAsConfidence() {
    Assessment a = ModelJson.fromJson("{\"demand\":\"end-money-bail\",\"stance\":\"OPPOSES\","
        + "\"strength\":0.7,\"evidence\":[{\"text\":\"Keep bail.\",\"start\":0,\"end\":10,"
        + "\"cue\":\"keep\",\"stance\":\"OPPOSES\"}],\"reviewReasons\":[\"SOMETHING_NEW\"]}",
        Assessment.class);
    assertThat(a.confidence()).isEqualTo(0.7);
    assertThat(a.needsReview()).isTrue();
    assertThat(a.reviewReasons()).containsExactly(ReviewReason.UNKNOWN);
  }

  @Test
  void assessment_reasonsWithoutReviewFlag_rejected() {
    assertThatThrownBy(() -> new Assessment(BAIL, Stance.NOT_MENTIONED, 0, List.of(), 1.0, false,
        List.of(ReviewReason.BARE_MENTION), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needsReview");
  }

  @Test
  void fromJson_unknownPropertiesIgnored_missingListsEmpty() {
    Official o = ModelJson.fromJson("{\"name\": \"A B\", \"shoeSize\": 12}", Official.class);
    assertThat(o.name()).isEqualTo("A B");
    assertThat(o.emails()).isEmpty();
    assertThat(o.sources()).isEmpty();
  }

  @Test
  void fromJson_customCatalogResolvesDemandIds() {
    DemandCatalog custom = DemandCatalog.of("c", "1", List.of(new Demand("end-287g",
        OfficeType.of("SHERIFF"), "T", "S", "R", List.of())));
    String json = "{\"demand\":\"end-287g\",\"stance\":\"NOT_MENTIONED\",\"strength\":0,\"evidence\":[]}";
    assertThat(ModelJson.fromJson(json, Assessment.class, custom).demand().id()).isEqualTo("end-287g");
    assertThatThrownBy(() -> ModelJson.fromJson(json, Assessment.class))
        .isInstanceOf(DemandsException.class).hasMessageContaining("unknown demand id 'end-287g'");
  }

  @Test
  void fromJson_invalidValues_throwDemandsException() {
    assertThatThrownBy(() -> ModelJson.fromJson("{\"name\": \"\"}", Official.class))
        .isInstanceOf(DemandsException.class).hasMessageContaining("name must not be blank");
    assertThatThrownBy(() -> ModelJson.fromJson("\"not-an-ocd-id\"", OcdId.class))
        .isInstanceOf(DemandsException.class).hasMessageContaining("must start with 'ocd-division/'");
    assertThatThrownBy(() -> ModelJson.fromJson("{oops", Official.class))
        .isInstanceOf(DemandsException.class).hasMessageStartingWith("invalid Official JSON");
  }
}
