package io.srconnector.sandbox.data;

import java.util.List;

/**
 * A user of the User API v201804 ({@code UserEntity}; the list item {@code UserListItem} lacks {@code location}).
 * Mutable; every read and write happens under the {@link SandboxAccount} lock. {@code email} may be null or
 * unverified: SR exposes no verification flag (FC-09).
 */
public final class User {
    /** 24-hex user id ({@code UserId}). */
    public String id;
    public String email;
    public String firstName;
    public String lastName;
    /** {@code systemRole.id}, e.g. {@code ADMINISTRATOR}. */
    public String systemRoleId;
    public String externalData;
    public String ssoIdentifier;
    /** {@code SSO} or {@code PASSWORD}. */
    public String ssoLoginMode;
    /** {@code language.code}. */
    public String languageCode;
    public boolean active;
    public long updatedOn;
    public CandidateLocation location;
    public List<String> accessGroupIds = List.of();
    public List<String> seats = List.of();
}
