package io.srconnector.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link CandidateStatuses}: field-mapping §5, §6.2, failure case FC-08. */
class CandidateStatusesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            // Customer API
            "LEAD, LEAD", "NEW, NEW", "IN_REVIEW, IN_REVIEW", "INTERVIEW, INTERVIEW", "OFFERED, OFFERED",
            "HIRED, HIRED", "REJECTED, REJECTED", "WITHDRAWN, WITHDRAWN", "TRANSFERRED, TRANSFERRED",
            // Application API
            "IN-REVIEW, IN_REVIEW", "OFFER, OFFERED", "HIRE, HIRED",
            // third-party and human spellings
            "IN_PROGRESS, IN_REVIEW", "in review, IN_REVIEW", "' offered ', OFFERED", "InReview, IN_REVIEW",
            // unknown or empty
            "ON_HOLD, null", "OTHER, null", "'', null", "'   ', null", "null, null"
    })
    void normalisesEverySpelling(String raw, String expected) {
        assertThat(CandidateStatuses.normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "LEAD, PENDING", "NEW, PENDING", "IN_REVIEW, PENDING", "INTERVIEW, PENDING", "OFFERED, PENDING",
            "HIRED, HIRED", "REJECTED, DECLINED", "WITHDRAWN, DECLINED",
            // documented deviation from field-mapping §6.2: TRANSFERRED is neither hired nor declined
            "TRANSFERRED, null", "ON_HOLD, null", "null, null"
    })
    void outcome(String status, String expected) {
        assertThat(CandidateStatuses.outcome(status)).isEqualTo(expected);
    }

    @Test
    void onlyRejectedAndWithdrawnAreRejections() {
        assertThat(CandidateStatuses.ORDER).filteredOn(CandidateStatuses::isRejection)
                .containsExactly("REJECTED", "WITHDRAWN");
        assertThat(CandidateStatuses.isRejection(null)).isFalse();
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "IN_REVIEW, Phone screen, IN_REVIEW|Phone screen",
            "INTERVIEW, Onsite, INTERVIEW|Onsite",
            "OFFERED, Offer approval, OFFERED|Offer approval",
            "IN_REVIEW, null, IN_REVIEW",
            "IN_REVIEW, '  ', IN_REVIEW",
            "HIRED, Onboarding, HIRED",
            "REJECTED, Anything, REJECTED",
            "LEAD, Sourced, LEAD",
            "null, Phone screen, null"
    })
    void stageRemoteId(String status, String subStatus, String expected) {
        assertThat(CandidateStatuses.stageRemoteId(status, subStatus)).isEqualTo(expected);
    }

    @Test
    void labelsAreTheStatusesInWords() {
        assertThat(CandidateStatuses.ORDER).extracting(CandidateStatuses::label).containsExactly(
                "Lead", "New", "In Review", "Interview", "Offered", "Hired", "Rejected", "Withdrawn", "Transferred");
        assertThat(CandidateStatuses.label("ON_HOLD")).isEqualTo("ON_HOLD");
    }

    @Test
    void hiringOrderAndSubStatusSet() {
        assertThat(CandidateStatuses.ORDER).containsExactly(
                "LEAD", "NEW", "IN_REVIEW", "INTERVIEW", "OFFERED", "HIRED", "REJECTED", "WITHDRAWN", "TRANSFERRED");
        assertThat(CandidateStatuses.WITH_SUB_STATUSES).containsExactlyInAnyOrder("IN_REVIEW", "INTERVIEW", "OFFERED");
    }
}
