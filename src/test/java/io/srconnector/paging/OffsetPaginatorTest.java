package io.srconnector.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.http.SrRequest;
import io.srconnector.http.SrTestHarness;
import io.srconnector.json.Json;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** {@link OffsetPaginator}: SmartRecruiters offset paging (FC-01, FC-02). */
class OffsetPaginatorTest {
    private static final int TOTAL = 233;

    private final SmartRecruitersRequester requester = mock(SmartRecruitersRequester.class);
    private final List<SrRequest> sent = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();

    /** A list of {@code total} postings p-0 … p-(total-1); {@code withTotal} decides whether totalFound is sent. */
    private static JsonNode slice(int offset, int limit, int total, boolean withTotal) {
        ObjectNode body = Json.mapper().createObjectNode().put("offset", offset).put("limit", limit);
        if (withTotal) {
            body.put("totalFound", total);
        }
        ArrayNode content = body.putArray("content");
        for (int i = offset; i < Math.min(total, offset + limit); i++) {
            content.addObject().put("id", "p-" + i).put("name", "Posting " + i);
        }
        return body;
    }

    private void serve(IntFunction<JsonNode> byOffset) {
        when(requester.json(any(SrRequest.class))).thenAnswer(inv -> {
            SrRequest r = inv.getArgument(0);
            sent.add(r);
            return byOffset.apply(Integer.parseInt(r.query().get("offset").get(0)));
        });
    }

    private static List<String> ids(List<Page> pages) {
        return pages.stream().flatMap(p -> p.items().stream()).map(n -> n.path("id").asText()).toList();
    }

    private static List<String> expectedIds(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add("p-" + i);
        }
        return out;
    }

    private List<String> offsetsSent() {
        return sent.stream().map(r -> r.query().get("offset").get(0)).toList();
    }

    /** FC-01: 233 postings over 100/100/33, ending at offset + size == totalFound. */
    @Test
    void fc01ReadsAll233PostingsOver100_100_33() {
        serve(offset -> slice(offset, 100, TOTAL, true));

        int n = new OffsetPaginator(requester, 100).paginate(
                SrRequest.get("int-1", "/v1/companies/acme/postings"), null, 100, pages::add);

        assertThat(n).isEqualTo(3);
        assertThat(ids(pages)).containsExactlyElementsOf(expectedIds(0, TOTAL));
        assertThat(pages).extracting(p -> p.items().size()).containsExactly(100, 100, 33);
        assertThat(pages).extracting(Page::nextCursor).containsExactly("100", "200", null);
        assertThat(pages).extracting(Page::totalFound).containsOnly(233L);
        assertThat(offsetsSent()).containsExactly("0", "100", "200");
        assertThat(sent).allSatisfy(r -> assertThat(r.query().get("limit")).containsExactly("100"));
    }

    /** FC-01/FC-02: without totalFound the empty page at offset 233 ends the list. */
    @Test
    void fc01WithoutTotalFoundTheEmptyPageEndsTheList() {
        serve(offset -> slice(offset, 100, TOTAL, false));

        int n = new OffsetPaginator(requester, 100).paginate(
                SrRequest.get("int-1", "/v1/companies/acme/postings"), null, 100, pages::add);

        assertThat(n).isEqualTo(4);
        assertThat(ids(pages)).containsExactlyElementsOf(expectedIds(0, TOTAL));
        assertThat(offsetsSent()).containsExactly("0", "100", "200", "233");
        assertThat(pages.get(3).items()).isEmpty();
        assertThat(pages.get(3).last()).isTrue();
        assertThat(pages.get(2).last()).isFalse();
    }

    /** A short page before the end moves the offset by what was returned, so nothing is skipped. */
    @Test
    void aShortPageAdvancesByItsSize() {
        serve(offset -> offset == 0 ? slice(0, 90, TOTAL, true) : slice(offset, 100, TOTAL, true));

        new OffsetPaginator(requester, 100).paginate(SrRequest.get("int-1", "/offers"), null, 100, pages::add);

        assertThat(offsetsSent()).containsExactly("0", "90", "190");
        assertThat(ids(pages)).containsExactlyElementsOf(expectedIds(0, TOTAL));
    }

    @Test
    void resumesFromAnOffsetCheckpoint() {
        serve(offset -> slice(offset, 100, TOTAL, true));

        new OffsetPaginator(requester, 100).paginate(SrRequest.get("int-1", "/offers"), "200", 100, pages::add);

        assertThat(offsetsSent()).containsExactly("200");
        assertThat(ids(pages)).containsExactlyElementsOf(expectedIds(200, TOTAL));
    }

    @Test
    void anEmptyListIsOneLastPage() {
        serve(offset -> slice(offset, 100, 0, true));

        int n = new OffsetPaginator(requester, 100).paginate(SrRequest.get("int-1", "/offers"), null, 100, pages::add);

        assertThat(n).isEqualTo(1);
        assertThat(pages).singleElement().satisfies(p -> {
            assertThat(p.items()).isEmpty();
            assertThat(p.last()).isTrue();
            assertThat(p.totalFound()).isZero();
        });
    }

    @Test
    void theMaxPagesGuardStopsAListThatNeverEnds() {
        serve(offset -> slice(offset, 10, Integer.MAX_VALUE, false));

        assertThatThrownBy(() -> new OffsetPaginator(requester, 3)
                .paginate(SrRequest.get("int-1", "/offers"), null, 10, pages::add))
                .isInstanceOf(Paginator.PagingGuardException.class).hasMessageContaining("Stopped after 3 pages of /offers");
        assertThat(sent).hasSize(3);
    }

    @Test
    void everyPageKeepsTheTemplatesQueryAndHeaders() {
        serve(offset -> slice(offset, 100, 150, true));

        new OffsetPaginator(requester, 100).paginate(SrRequest.get("int-1", "/offers")
                .query("createdAfter", "2024-01-01T00:00:00.000Z").header("Accept-Language", "fr"), null, 100, pages::add);

        assertThat(sent).hasSize(2).allSatisfy(r -> {
            assertThat(r.query().get("createdAfter")).containsExactly("2024-01-01T00:00:00.000Z");
            assertThat(r.headers()).containsEntry("Accept-Language", "fr");
            assertThat(r.query().keySet()).containsExactly("createdAfter", "limit", "offset");
        });
    }

    /** FC-01 end to end: the reproducer's mock, through the real requester and camel-http. */
    @Test
    void fc01EndToEndAgainstWireMock() {
        try (SrTestHarness h = SrTestHarness.start()) {
            h.reset();
            for (int offset : new int[]{0, 100, 200, 233}) {
                h.wireMock.stubFor(get(urlPathEqualTo("/v1/companies/acme/postings"))
                        .withQueryParam("offset", equalTo(String.valueOf(offset)))
                        .withQueryParam("limit", equalTo("100"))
                        .willReturn(okJson(Json.write(slice(offset, 100, TOTAL, true)))));
            }

            new OffsetPaginator(h.requester(SrTestHarness.settings()), 100).paginate(
                    SrRequest.get(SrTestHarness.INTEGRATION, "/v1/companies/acme/postings"), null, 100, pages::add);

            assertThat(ids(pages)).containsExactlyElementsOf(expectedIds(0, TOTAL));
            List<LoggedRequest> requests = h.wireMock.findAll(getRequestedFor(anyUrl()));
            assertThat(requests).extracting(LoggedRequest::getUrl).containsExactlyInAnyOrder(
                    "/v1/companies/acme/postings?limit=100&offset=0",
                    "/v1/companies/acme/postings?limit=100&offset=100",
                    "/v1/companies/acme/postings?limit=100&offset=200");
        }
    }
}
