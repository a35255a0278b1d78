package io.srconnector.mapping;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link JobEnums}: field-mapping §2.1–2.3. */
class JobEnumsTest {

    @ParameterizedTest(name = "label {0} / id {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "Full-time, permanent, FULL_TIME",
            "full time, null, FULL_TIME",
            "null, permanent, FULL_TIME",
            "Part-time, null, PART_TIME",
            "null, part_time, PART_TIME",
            "Contract, null, CONTRACT",
            "Contractor, null, CONTRACT",
            "FREELANCE, null, CONTRACT",
            "Temporary, null, SEASONAL",
            "Seasonal, null, SEASONAL",
            "Internship, null, INTERNSHIP",
            "Intern, null, INTERNSHIP",
            // label unknown, id known: the id decides
            "Vollzeit, permanent, FULL_TIME",
            // nothing known: the label passes through, else the id
            "Zero-hours contract, zero_hours, Zero-hours contract",
            "null, zero_hours, zero_hours",
            "null, null, null"
    })
    void employmentType(String label, String id, String expected) {
        assertThat(JobEnums.employmentType(label, id)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "CREATED, DRAFT", "SOURCING, OPEN", "INTERVIEW, OPEN", "OFFER, OPEN",
            "ON_HOLD, CLOSED", "FILLED, CLOSED", "CANCELLED, CLOSED",
            "OTHER, OTHER", "SOMETHING_NEW, SOMETHING_NEW", "null, null"
    })
    void status(String sr, String expected) {
        assertThat(JobEnums.status(sr)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "PUBLIC, PUBLIC", "INTERNAL, INTERNAL", "PRIVATE, UNLISTED", "NOT_PUBLISHED, CONFIDENTIAL",
            "HIDDEN, HIDDEN", "null, null"
    })
    void visibility(String sr, String expected) {
        assertThat(JobEnums.visibility(sr)).isEqualTo(expected);
    }
}
