package io.srconnector.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kombo's e-mail address entry; {@code type} is a free string or null. */
public record EmailAddress(@JsonProperty("email_address") String emailAddress, String type) {
}
