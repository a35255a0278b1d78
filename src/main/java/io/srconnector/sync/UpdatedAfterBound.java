package io.srconnector.sync;

import io.srconnector.json.Json;

import java.time.Instant;

/**
 * SmartRecruiters quirk: whether {@code updatedAfter} (and {@code lastActivityAfter}) match a record whose timestamp
 * equals the bound is not documented (smartrecruiters-api.md §9; the sandbox is strict by default and inclusive with
 * {@code sandbox.updated-after-inclusive}). A delta read needs an <em>inclusive</em> lower bound, so we send one
 * millisecond less than the bound — SmartRecruiters' timestamps have millisecond precision, so a strict filter then
 * matches exactly the records at or after the bound, and an inclusive one one millisecond more, never fewer.
 */
public final class UpdatedAfterBound {
    private UpdatedAfterBound() {
    }

    /**
     * @param since the inclusive lower bound (watermark minus look-back)
     * @return the value to send as {@code updatedAfter}, {@code yyyy-MM-ddTHH:mm:ss.SSSZ}
     */
    public static String parameter(Instant since) {
        return Json.timestamp(since.minusMillis(1));
    }
}
