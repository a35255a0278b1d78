package io.srconnector.sandbox.data;

/**
 * One entry of an application's status history ({@code CandidateStatusHistoryListElem}): when, status, sub-status.
 * Statuses are kept as strings so recorded accounts can hold values outside the enum (FC-08).
 */
public record StatusChange(long changedOn, String status, String subStatus) {
}
