package io.srconnector.sandbox.data;

import java.util.List;

/** SR {@code OfferPropertiesCategory {id, properties[{key, label, required, type}]}} ({@code GET /configuration/offer-properties}). */
public record OfferPropertyCategory(String id, List<Definition> properties) {

    /** SR {@code OfferPropertyDefinition}; type BOOLEAN|COUNTRY|CURRENCY|DATE|NUMBER|PERCENT|REGION|TEXT|USER|SELECT. */
    public record Definition(String key, String label, Boolean required, String type) {
    }
}
