package io.srconnector.sync;

import java.util.List;

/**
 * A page of records for a model's page route.
 *
 * @param records    the records
 * @param nextCursor where to resume after this page (null on the last page)
 * @param parentIds  unified ids of parent records whose complete child lists this page holds (for child deletion
 *                   sweeps), empty when not applicable
 */
public record RecordPage(List<RemoteRecord> records, String nextCursor, List<String> parentIds) {
}
