package io.srconnector.sandbox.data;

/** SR {@code Education}; dates use the {@code When} format ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-dd}). */
public record Education(String institution, String degree, String major, Boolean current, String startDate,
                        String endDate, String location, String description) {
}
