package io.srconnector.paging;

import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.http.SrRequest;
import io.srconnector.json.Json;
import io.srconnector.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** {@link SingleResponsePaginator}: unpaged lists, one request, one page. */
class SingleResponsePaginatorTest {
    private final SmartRecruitersRequester requester = mock(SmartRecruitersRequester.class);
    private final List<Page> pages = new ArrayList<>();

    @Test
    void aContentListIsOneLastPageWithItsTotal() {
        when(requester.json(any(SrRequest.class)))
                .thenReturn(Fixtures.json("mapping/application-stages/hiring-processes.json"));

        int n = new SingleResponsePaginator(requester).paginate(
                SrRequest.get("int-1", "/configuration/hiring-processes"), "ignored-cursor", 100, pages::add);

        assertThat(n).isEqualTo(1);
        assertThat(pages).singleElement().satisfies(p -> {
            assertThat(p.items()).extracting(i -> i.path("name").asText()).containsExactly(
                    "Legacy process (inactive, listed first)", "Standard hiring process", "Internship process",
                    "Executive process — Zürich");
            assertThat(p.totalFound()).isEqualTo(4L);
            assertThat(p.last()).isTrue();
            assertThat(p.number()).isEqualTo(1);
        });
        ArgumentCaptor<SrRequest> sent = ArgumentCaptor.forClass(SrRequest.class);
        verify(requester, times(1)).json(sent.capture());
        // no paging parameters are added
        assertThat(sent.getValue().query()).isEmpty();
        assertThat(sent.getValue().path()).isEqualTo("/configuration/hiring-processes");
    }

    @Test
    void aBareArrayIsOnePage() {
        when(requester.json(any(SrRequest.class))).thenReturn(Json.read("[{\"id\":\"a\"},{\"id\":\"b\"}]"));

        new SingleResponsePaginator(requester).paginate(SrRequest.get("int-1", "/jobs/j/jobads"), null, 100, pages::add);

        assertThat(pages.get(0).items()).extracting(i -> i.path("id").asText()).containsExactly("a", "b");
        assertThat(pages.get(0).totalFound()).isNull();
    }

    @Test
    void anEmptyBodyIsOneEmptyPage() {
        when(requester.json(any(SrRequest.class))).thenReturn(Json.mapper().nullNode());

        new SingleResponsePaginator(requester).paginate(SrRequest.get("int-1", "/x"), null, 100, pages::add);

        assertThat(pages).singleElement().satisfies(p -> assertThat(p.items()).isEmpty());
    }
}
