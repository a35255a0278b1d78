package io.srconnector.sandbox.api;

import io.srconnector.sandbox.auth.SandboxCredentials;
import io.srconnector.sandbox.data.SandboxAccount;

/**
 * What the SR endpoint handlers share: the account, the credential registry (for {@code /users/me}) and
 * behaviour choices where SR is undocumented.
 *
 * @param account               the data
 * @param credentials           registered credentials
 * @param updatedAfterInclusive {@code updatedAfter}/{@code lastActivityAfter}/{@code createdAfter} match equal
 *                              timestamps too (default false: "after" is strict)
 */
public record ApiContext(SandboxAccount account, SandboxCredentials credentials, boolean updatedAfterInclusive) {

    /** True if {@code value} passes an "after" filter with bound {@code after} (null bound = no filter). */
    public boolean after(Long value, Long after) {
        if (after == null) {
            return true;
        }
        if (value == null) {
            return false;
        }
        return updatedAfterInclusive ? value >= after : value > after;
    }
}
