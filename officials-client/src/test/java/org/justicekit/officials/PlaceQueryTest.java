package org.justicekit.officials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class PlaceQueryTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Chicago, IL|CityState|Chicago, IL",
      "  st. louis,mo |CityState|st. louis, MO",
      "ocd-division/country:us/state:il/place:chicago|Division|ocd-division/country:us/state:il/place:chicago",
      "60602|Zip|60602",
      "60602-1234|Zip|60602",
      "41.88,-87.63|Point|41.880000,-87.630000",
      "50 W Washington St, Chicago, IL 60602|Address|50 W Washington St, Chicago, IL 60602",
      "1600 Pennsylvania Ave, DC|Address|1600 Pennsylvania Ave, DC",
      "Springfield|Address|Springfield",
      "91.5,10|Address|91.5,10"})
  void parse_forms_recognised(String text, String kind, String normalised) {
    PlaceQuery query = PlaceQuery.parse(text);
    assertThat(query.getClass().getSimpleName()).isEqualTo(kind);
    assertThat(query.text()).isEqualTo(normalised);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "ocd-division/country:us/state:IL"})
  void parse_bad_illegalArgument(String text) {
    assertThatThrownBy(() -> PlaceQuery.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @org.junit.jupiter.api.Test
  void parse_huge_illegalArgument() {
    assertThatThrownBy(() -> PlaceQuery.parse("x".repeat(10_000)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("300");
  }
}
