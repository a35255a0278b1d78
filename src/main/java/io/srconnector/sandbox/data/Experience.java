package io.srconnector.sandbox.data;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** SR {@code Experience}; dates use the {@code When} format. */
@JsonPropertyOrder({"title", "company", "current", "startDate", "endDate", "location", "description"})
public record Experience(String title, String company, Boolean current, String startDate, String endDate,
                         String location, String description) {
}
