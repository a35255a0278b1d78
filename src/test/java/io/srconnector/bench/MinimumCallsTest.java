package io.srconnector.bench;

import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MinimumCallsTest {

    @Test
    void theDefaultAccountsSizesAndMinimumFollowFromItsData() {
        try (SandboxServer sr = new SandboxServer(SandboxSettings.builder().rateLimiting(false).build())) {
            MinimumCalls.Sizes s = MinimumCalls.measure(sr);
            // the default account: 500 candidates of which 487 have applications (735 in all), 50 jobs with one
            // template, 25 users, 61 live postings on 34 jobs, 39 never or no longer published ads
            assertThat(s).isEqualTo(new MinimumCalls.Sizes(25, 50, 49, 39, s.publicPostings(), s.internalPostings(),
                    61, 34, 487, 735, s.offers()));
            assertThat(s.publicPostings() + s.internalPostings()).isGreaterThanOrEqualTo(61);
            List<MinimumCalls.Row> rows = MinimumCalls.minimum(s);
            assertThat(rows).filteredOn(r -> r.endpoint().equals("GET /candidates")).singleElement()
                    .extracting(MinimumCalls.Row::minimum).isEqualTo(5L);
            // 6 configuration reads + 1 users page + 1 jobs page + 50 + 3 × 49 job reads + 39 ad histories + 2 posting
            // pages + 61 posting details + 34 configurations + 5 candidate pages + 487 candidates + 4 × 735 + 1 offers page
            assertThat(rows.stream().mapToLong(MinimumCalls.Row::minimum).sum()).isEqualTo(3774);
        }
    }

    @Test
    void theTableListsMadeAgainstMinimumAndEndpointsOutsideTheMinimum() {
        MinimumCalls.Sizes s = new MinimumCalls.Sizes(150, 250, 249, 10, 120, 30, 140, 100, 1000, 1500, 201);
        long[] totals = new long[3];
        String md = MinimumCalls.table(s, Map.of("GET /candidates", 12L, "GET /extra", 3L), Map.of("GET /candidates", 1L),
                totals);
        assertThat(md).contains("| `GET /candidates` | ⌈C/100⌉ | 10 | 12 | 1.20 | 1 |")
                .contains("| `GET /user-api/v201804/users` | ⌈U/100⌉ | 2 | 0 |")
                .contains("| `GET /offers` | ⌈O/100⌉ | 3 |")
                .contains("| `GET /v1/companies/{companyIdentifier}/postings` | ⌈P_pub/100⌉ + ⌈P_int/100⌉ | 3 |")
                .contains("| `GET /extra` | (not needed) | 0 | 3 | – | 0 |");
        long minimum = 6 + 2 + 3 + 250 + 3 * 249 + 10 + 3 + 140 + 100 + 10 + 1000 + 4 * 1500 + 3;
        assertThat(totals).containsExactly(15, minimum, 1);
    }
}
