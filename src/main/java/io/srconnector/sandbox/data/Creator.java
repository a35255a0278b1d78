package io.srconnector.sandbox.data;

/** SR {@code UserIdentity {id, firstName, lastName}} ({@code JobDetails.creator}). */
public record Creator(String id, String firstName, String lastName) {
}
