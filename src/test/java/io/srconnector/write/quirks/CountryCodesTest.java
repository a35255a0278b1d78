package io.srconnector.write.quirks;

import io.srconnector.api.ApiException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** FC-06: three-letter country codes are converted, unknown ones refused naming the field. */
class CountryCodesTest {

    @ParameterizedTest
    @CsvSource({"DEU,DE", "deu,DE", "DE,DE", "de,DE", "USA,US", "GBR,GB", " fra ,FR", "CHE,CH"})
    void normalisesAlpha2AndAlpha3(String given, String expected) {
        assertThat(CountryCodes.normalize(given, "candidate.location.country")).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XYZ", "D", "Germany", "DEUT", "ZZ", "1A", "DE'--"})
    void refusesWhatIsNoIsoCode(String given) {
        assertThatThrownBy(() -> CountryCodes.normalize(given, "candidate.location.country"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith("candidate.location.country: '" + given + "'");
                });
    }

    @ParameterizedTest
    @CsvSource({"DE,de,Germany", "US,us,United States", "GB,gb,United Kingdom"})
    void smartRecruitersSpellsTheCodeLowerCaseWithTheEnglishName(String code, String sr, String name) {
        assertThat(CountryCodes.srCode(code)).isEqualTo(sr);
        assertThat(CountryCodes.name(code)).isEqualTo(name);
    }
}
