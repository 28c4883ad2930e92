package org.justicekit.demands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class OcdIdTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "ocd-division/country:us",
      "ocd-division/country:us/state:il/county:cook",
      "ocd-division/country:us/district:dc",
      "ocd-division/country:us/state:ny/place:new_york",
      "ocd-division/country:us/state:mo/place:st._louis",
      "ocd-division/country:us/state:ga/place:athens-clarke~county",
      "ocd-division/country:us/state:pr/municipio:añasco"})
  void parse_validIds_accepted(String id) {
    assertThat(OcdId.parse(id).value()).isEqualTo(id);
    assertThat(OcdId.tryParse(id)).isPresent();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ocd-jurisdiction/country:us/state:il/government|must start with 'ocd-division/'",
      "ocd-division/|needs at least the country segment",
      "ocd-division/state:il|the first segment must be country",
      "ocd-division/country:USA|country code 'USA' must be two lower-case letters",
      "ocd-division/country:us/State:il|type 'State' may only have",
      "ocd-division/country:us/state:IL|id 'IL' has 'I'",
      "ocd-division/country:us/place:new york|id 'new york' has ' '",
      "ocd-division/country:us/state:|segment 'state:' must be type:id",
      "ocd-division/country:us//state:il|segment '' must be type:id"})
  void parse_invalidIds_nameTheRule(String id, String problem) {
    assertThatThrownBy(() -> OcdId.parse(id)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(problem);
    assertThat(OcdId.tryParse(id)).isEmpty();
  }

  @Test
  void navigation_segmentsParentChild() {
    OcdId cook = OcdId.parse("ocd-division/country:us/state:il/county:cook");
    assertThat(cook.country()).isEqualTo("us");
    assertThat(cook.segment("state")).contains("il");
    assertThat(cook.segment("place")).isEmpty();
    assertThat(cook.last()).hasToString("county:cook");
    assertThat(cook.parent()).contains(OcdId.parse("ocd-division/country:us/state:il"));
    assertThat(OcdId.parse("ocd-division/country:us").parent()).isEmpty();
    assertThat(cook.parent().orElseThrow().child("county", "cook")).isEqualTo(cook);
    assertThat(cook.isWithin(OcdId.parse("ocd-division/country:us/state:il"))).isTrue();
    assertThat(cook.isWithin(OcdId.parse("ocd-division/country:us/state:i"))).isFalse();
  }

  @Test
  void slug_followsOcdConventions() {
    assertThat(OcdId.slug("St. Mary's")).isEqualTo("st_mary~s");
    assertThat(OcdId.slug("O'Fallon")).isEqualTo("o~fallon");
    assertThat(OcdId.slug("St. Louis")).isEqualTo("st_louis");
    assertThat(OcdId.slug("New York")).isEqualTo("new_york");
    assertThat(OcdId.slug("Winston-Salem")).isEqualTo("winston-salem");
  }
}
