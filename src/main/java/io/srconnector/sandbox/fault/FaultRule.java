package io.srconnector.sandbox.fault;

/**
 * A targeted fault for tests: requests on one route pass {@code passFirst} times, then answer {@code status} (or are
 * dropped, status 0) {@code times} times (negative = for ever). E.g. {@code new FaultRule("GET /candidates", 2, 500,
 * -1)}: the third and every later candidates page fails — a full sync failing midway (FC-11).
 *
 * @param routeKey  the sandbox route key, e.g. {@code GET /candidates} or {@code GET /candidates/{id}}
 * @param passFirst matching requests answered normally first
 * @param status    HTTP status of the fault (429, 500, 503, …; 0 = dropped connection)
 * @param times     how many faults, negative for unlimited
 */
public record FaultRule(String routeKey, int passFirst, int status, int times) {
}
