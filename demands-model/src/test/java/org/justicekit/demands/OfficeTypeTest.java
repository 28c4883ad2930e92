package org.justicekit.demands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class OfficeTypeTest {
  @Test
  void of_builtInNames_returnConstants() {
    assertThat(OfficeType.of("mayor")).isSameAs(OfficeType.MAYOR);
    assertThat(OfficeType.of(" Prosecutor ")).isSameAs(OfficeType.PROSECUTOR);
    assertThat(OfficeType.MAYOR.isBuiltIn()).isTrue();
  }

  @Test
  void of_customName_isNormalised() {
    OfficeType sheriff = OfficeType.of("county-sheriff");
    assertThat(sheriff.name()).isEqualTo("COUNTY_SHERIFF");
    assertThat(sheriff).isEqualTo(OfficeType.of("COUNTY SHERIFF")).hasSameHashCodeAs(OfficeType.of("county_sheriff"));
    assertThat(sheriff.isBuiltIn()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "9LIVES", "MAYOR!", "ÉLU"})
  void of_invalidName_throws(String name) {
    assertThatThrownBy(() -> OfficeType.of(name)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not valid");
  }

  @Test
  void json_isTheName() {
    assertThat(ModelJson.toJson(OfficeType.PROSECUTOR)).isEqualTo("\"PROSECUTOR\"");
    assertThat(ModelJson.fromJson("\"sheriff\"", OfficeType.class)).isEqualTo(OfficeType.of("SHERIFF"));
  }
}
