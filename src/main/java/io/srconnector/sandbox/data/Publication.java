package io.srconnector.sandbox.data;

import java.time.Instant;

/** SR {@code PublicationListItem {sourceName, type, publishedOn, unpublishedOn}}; active while not unpublished. */
public record Publication(String sourceName, String type, Instant publishedOn, Instant unpublishedOn) {

    /** True while the publication is live ({@code activeOnly=true}). */
    public boolean active() {
        return unpublishedOn == null;
    }
}
