package org.justicekit.officials.internal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class PlaceNamesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "St. Louis|saint louis",
      "SAINT   LOUIS|saint louis",
      "Ft. Worth|fort worth",
      "Mt. Vernon|mount vernon",
      "Winston-Salem|winston salem",
      "Cañon City|canon city",
      "Coeur d'Alene|coeur dalene",
      "Coeur d\u2019Alene|coeur dalene",
      "Ste. Genevieve|sainte genevieve",
      "'  '|''"})
  void key_variants_normalised(String name, String key) {
    assertThat(PlaceNames.key(name)).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Stockton|stockton", "Fortuna|fortuna", "Station|station"})
  void key_abbreviationsOnlyAsWholeWords(String name, String key) {
    assertThat(PlaceNames.key(name)).isEqualTo(key);
  }
}
