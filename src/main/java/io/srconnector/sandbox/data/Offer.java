package io.srconnector.sandbox.data;

import java.util.Map;

/**
 * An offer; it belongs to a candidate + job, not to an application id (FC-10). {@code properties} are the
 * tenant's offer-property keys with string values (S1 {@code Offer.properties}).
 */
public record Offer(String id, String candidateId, String jobId, String status, long createdOn, long updatedOn,
                    Map<String, String> properties) {
}
