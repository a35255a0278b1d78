package io.srconnector.paging;

import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.http.SrRequest;

import java.util.function.Consumer;

/**
 * A SmartRecruiters paging style. Implementations fetch every page through {@link SmartRecruitersRequester} (never the
 * HTTP endpoint directly) and stop on the documented end-of-list signal, on a repeated cursor, or after a page limit,
 * so a list is never silently cut after its first page (failure case FC-01) and never loops.
 */
public interface Paginator {

    /**
     * Pages through a list.
     *
     * @param firstRequest the request for the first page, without paging parameters
     * @param startCursor  a cursor to resume from (a checkpoint), or null to start at the beginning
     * @param pageSize     records per page (SmartRecruiters caps core lists at 100)
     * @param onPage       called once per page, in order; a page is fully processed before the next is fetched
     * @return the number of pages fetched
     */
    int paginate(SrRequest.Builder firstRequest, String startCursor, int pageSize, Consumer<Page> onPage);

    /** Thrown when a loop guard stops paging (repeated cursor, too many pages). */
    class PagingGuardException extends IllegalStateException {
        public PagingGuardException(String message) {
            super(message);
        }
    }
}
