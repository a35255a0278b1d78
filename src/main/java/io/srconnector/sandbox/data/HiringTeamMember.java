package io.srconnector.sandbox.data;

/** SR {@code HiringTeamMember {id (user id), role}}; role is an SR role or a custom string (S1 {@code anyOf}). */
public record HiringTeamMember(String id, String role) {
}
