package io.srconnector.mapping;

import com.fasterxml.jackson.databind.node.MissingNode;
import io.srconnector.json.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link JobPostingStatuses}: the DRAFT/INACTIVE split needs the publication history (field-mapping §3). */
class JobPostingStatusesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "PUBLISHED, null, ACTIVE",
            "PUBLISHED, '{\"content\":[]}', ACTIVE",
            "NOT_PUBLISHED, '{\"content\":[{\"sourceName\":\"Career site\"}]}', INACTIVE",
            "NOT_PUBLISHED, '{\"content\":[]}', DRAFT",
            "NOT_PUBLISHED, null, DRAFT",
            "SOMETHING_ELSE, null, null",
            "null, null, null"})
    void status(String postingStatus, String publications, String expected) {
        assertThat(JobPostingStatuses.status(postingStatus,
                publications == null ? MissingNode.getInstance() : Json.read(publications))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"PUBLIC, PUBLIC", "INTERNAL, INTERNAL", "PRIVATE, UNLISTED",
            "NOT_PUBLISHED, null", "null, null"})
    void visibility(String visibility, String expected) {
        assertThat(JobPostingStatuses.visibility(visibility)).isEqualTo(expected);
    }
}
