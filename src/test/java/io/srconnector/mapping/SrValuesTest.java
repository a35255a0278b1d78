package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.model.EmailAddress;
import io.srconnector.model.IntegrationField;
import io.srconnector.model.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link SrValues}: field-mapping §0.1 conversions. */
class SrValuesTest {

    private static JsonNode json(String s) {
        return Json.read(s);
    }

    @Test
    void humanize() {
        assertThat(SrValues.humanize("HIRING_MANAGER")).isEqualTo("Hiring manager");
        assertThat(SrValues.humanize("ADMINISTRATOR")).isEqualTo("Administrator");
        assertThat(SrValues.humanize("")).isEmpty();
        assertThat(SrValues.humanize(null)).isNull();
    }

    @Test
    void textOfMissingNullAndBlankIsNull() {
        JsonNode n = json("{\"a\":\"x\",\"b\":null,\"c\":\"  \",\"d\":12,\"e\":true,\"f\":{\"k\":1},\"g\":\"Zoë 佐藤\"}");

        assertThat(SrValues.text(n.path("a"))).isEqualTo("x");
        assertThat(SrValues.text(n.path("b"))).isNull();
        assertThat(SrValues.text(n.path("c"))).isNull();
        assertThat(SrValues.text(n.path("missing"))).isNull();
        assertThat(SrValues.text(null)).isNull();
        assertThat(SrValues.text(n.path("d"))).isEqualTo("12");
        assertThat(SrValues.text(n.path("e"))).isEqualTo("true");
        assertThat(SrValues.text(n.path("f"))).isEqualTo("{\"k\":1}");
        assertThat(SrValues.text(n.path("g"))).isEqualTo("Zoë 佐藤");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2024-03-01T09:15:00.000Z, 2024-03-01T09:15:00Z",
            "2024-03-01T10:15:00.000+01:00, 2024-03-01T09:15:00Z",
            "2024-03-01T04:15:00-05:00, 2024-03-01T09:15:00Z",
            // SmartRecruiters documents yyyy-MM-ddTHH:mm:ss.SSSZZ: basic-format offsets must parse too
            "2024-03-01T10:15:00.000+0100, 2024-03-01T09:15:00Z",
            "2024-03-01T09:15:00.000+0000, 2024-03-01T09:15:00Z",
            "2024-03-01T04:15:00-0500, 2024-03-01T09:15:00Z",
            "2024-03-01T09:15:00.123456Z, 2024-03-01T09:15:00.123456Z",
            "2024-03-01, 2024-03-01T00:00:00Z"
    })
    void instantNormalisesToUtc(String sr, String expected) {
        assertThat(SrValues.instant(Json.mapper().getNodeFactory().textNode(sr))).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-13-01", "2024-03-01T09:15:00", "01.03.2024", " "})
    void instantOfUnparseableIsNull(String sr) {
        assertThat(SrValues.instant(Json.mapper().getNodeFactory().textNode(sr))).isNull();
    }

    @Test
    void instantOfNullOrMissingIsNull() {
        assertThat(SrValues.instant(json("{\"a\":null}").path("a"))).isNull();
        assertThat(SrValues.instant(Json.mapper().missingNode())).isNull();
    }

    @ParameterizedTest(name = "{0} is valid")
    @ValueSource(strings = {"jane.doe@example.com", "pat@example.test", "o'brien+tag@sub.example.co.uk",
            "UPPER@EXAMPLE.COM", "a-b_c@x-y.io"})
    void validEmails(String email) {
        assertThat(SrValues.validEmail(email)).isEqualTo(email);
    }

    @ParameterizedTest(name = "{0} is invalid")
    @ValueSource(strings = {"not-an-email", "a@b", ".lead@example.com", "two..dots@example.com",
            "trailing.@example.com", "zoë@example.com", "spa ce@example.com", "@example.com", "x@example.c"})
    void invalidEmails(String email) {
        assertThat(SrValues.validEmail(email)).isNull();
    }

    @Test
    void emailsAreTrimmedWrappedOrEmpty() {
        assertThat(SrValues.validEmail("  jane@example.com\t")).isEqualTo("jane@example.com");
        assertThat(SrValues.validEmail(null)).isNull();
        assertThat(SrValues.emails(json("{\"e\":\" jane@example.com \"}").path("e")))
                .containsExactly(new EmailAddress("jane@example.com", null));
        assertThat(SrValues.emails(json("{\"e\":\"nope\"}").path("e"))).isEmpty();
        assertThat(SrValues.emails(json("{\"e\":null}").path("e"))).isEmpty();
        assertThat(SrValues.emails(Json.mapper().missingNode())).isEmpty();
    }

    @Test
    void countryIsUpperCaseAlpha2ElseTheName() {
        assertThat(SrValues.country(json("{\"countryCode\":\"us\",\"country\":\"United States\"}"))).isEqualTo("US");
        assertThat(SrValues.country(json("{\"countryCode\":\"deu\",\"country\":\"Germany\"}"))).isEqualTo("Germany");
        assertThat(SrValues.country(json("{\"country\":\"Österreich\"}"))).isEqualTo("Österreich");
        assertThat(SrValues.country(json("{}"))).isNull();
    }

    @Test
    void fullJobLocation() {
        Location l = SrValues.location(json("""
                {"country":"United States","countryCode":"us","region":"Washington","regionCode":"us-wa",
                 "city":"Seattle","address":"1st Avenue 100","postalCode":"98101","remote":false}"""));

        assertThat(l).isEqualTo(new Location("Seattle", "US",
                "1st Avenue 100, Seattle, Washington, 98101, United States", "Washington", "1st Avenue 100", null,
                "98101"));
    }

    @Test
    void candidateLocationRawIsCityRegionCountry() {
        Location l = SrValues.location(json("""
                {"country":"Deutschland","countryCode":"de","region":"Baden-Württemberg","city":"Tübingen",
                 "lat":48.52,"lng":9.05}"""));

        assertThat(l).isEqualTo(new Location("Tübingen", "DE", "Tübingen, Baden-Württemberg, Deutschland",
                "Baden-Württemberg", null, null, null));
    }

    @Test
    void locationWithOnlyACountryCodeUsesTheCodeInRaw() {
        assertThat(SrValues.location(json("{\"countryCode\":\"fr\"}")))
                .isEqualTo(new Location(null, "FR", "FR", null, null, null, null));
    }

    @Test
    void noLocationIsNull() {
        assertThat(SrValues.location(null)).isNull();
        assertThat(SrValues.location(Json.mapper().missingNode())).isNull();
        assertThat(SrValues.location(json("{\"l\":null}").path("l"))).isNull();
        assertThat(SrValues.location(json("{}"))).isNull();
        assertThat(SrValues.location(json("{\"remote\":true,\"lat\":1.0,\"city\":\" \"}"))).isNull();
    }

    @Test
    void propertyValuesAreNormalisedPerType() {
        assertThat(SrValues.propertyValue(json("{\"type\":\"SINGLE_SELECT\",\"value\":\"v-1\",\"valueLabel\":\"3 months\"}")))
                .isEqualTo("3 months");
        // a single select without valueLabel keeps its value
        assertThat(SrValues.propertyValue(json("{\"type\":\"SINGLE_SELECT\",\"value\":\"v-1\"}"))).isEqualTo("v-1");
        // job properties: value {id, label}
        assertThat(SrValues.propertyValue(json("{\"value\":{\"id\":\"v-2\",\"label\":\"CC-100\"}}"))).isEqualTo("CC-100");
        assertThat(SrValues.propertyValue(json("{\"type\":\"CURRENCY\",\"value\":{\"code\":\"GBP\",\"value\":23232}}")))
                .isEqualTo(Map.of("code", "GBP", "value", 23232));
        assertThat(SrValues.propertyValue(json("{\"type\":\"BOOLEAN\",\"value\":false}"))).isEqualTo(false);
        assertThat(SrValues.propertyValue(json("{\"type\":\"NUMBER\",\"value\":42}"))).isEqualTo(new BigDecimal("42"));
        assertThat(SrValues.propertyValue(json("{\"type\":\"PERCENT\",\"value\":12.5}"))).isEqualTo(new BigDecimal("12.5"));
        assertThat(SrValues.propertyValue(json("{\"type\":\"TEXT\",\"value\":\"Grüße 👋\"}"))).isEqualTo("Grüße 👋");
        assertThat(SrValues.propertyValue(json("{\"type\":\"REGION\",\"value\":\"us-wa\"}"))).isEqualTo("us-wa");
        assertThat(SrValues.propertyValue(json("{\"value\":[\"a\",\"b\"]}"))).isEqualTo(List.of("a", "b"));
        assertThat(SrValues.propertyValue(json("{\"type\":\"TEXT\",\"value\":null}"))).isNull();
        assertThat(SrValues.propertyValue(json("{\"type\":\"TEXT\"}"))).isNull();
    }

    private final MappingContext ctx = new MappingContext("smartrecruiters:test");

    @Test
    void propertyFieldsAreCustomIntegrationFieldsInOrderSkippingThoseWithoutId() {
        List<IntegrationField> fields = SrValues.propertyFields(json("""
                [{"id":"p1","label":"Cost center","value":{"id":"v","label":"CC-100"}},
                 {"label":"no id","value":"x"},
                 {"id":"p2","value":true}]"""), ctx, "ats_jobs");

        assertThat(fields).containsExactly(
                new IntegrationField(ctx.integrationFieldId("ats_jobs", "CUSTOM", "p1"), "p1", "CUSTOM", "CC-100",
                        "Cost center"),
                new IntegrationField(ctx.integrationFieldId("ats_jobs", "CUSTOM", "p2"), "p2", "CUSTOM", true, null));
        assertThat(fields.get(0).id()).hasSize(24).isNotEqualTo(fields.get(1).id());
        assertThat(SrValues.propertyFields(Json.mapper().missingNode(), ctx, "ats_jobs")).isEmpty();
    }
}
