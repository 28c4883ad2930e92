package org.justicekit.officials.internal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class OfficeTitlesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Mayor|true", "Mayor of Chicago|true", "Vice Mayor|false", "Deputy Mayor|false",
      "Mayor Pro Tem|false", "City Council Member|false"})
  void isMayor(String title, boolean expected) {
    assertThat(OfficeTitles.isMayor(title)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "District Attorney|true", "Cook County State's Attorney|true", "County Attorney|true",
      "Commonwealth's Attorney|true", "Prosecuting Attorney|true", "Circuit Attorney|true",
      "Solicitor, 9th Circuit|true", "State Attorney|true", "Assistant District Attorney|false",
      "United States Attorney|false", "Attorney General|false", "City Attorney|false",
      "Solicitor General|false", "City Solicitor|false", "Sheriff|false"})
  void isProsecutor(String title, boolean expected) {
    assertThat(OfficeTitles.isProsecutor(title)).isEqualTo(expected);
  }
}
