package io.srconnector.sandbox.auth;

/** SmartRecruiters system roles ({@code UserRole} in S1, smartrecruiters-api.md §4.1). */
public enum SystemRole {
    ADMINISTRATOR, EXTENDED, STANDARD, RESTRICTED, EMPLOYEE
}
