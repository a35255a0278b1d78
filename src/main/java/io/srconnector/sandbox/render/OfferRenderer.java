package io.srconnector.sandbox.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.data.Offer;
import io.srconnector.sandbox.json.Json;

import java.util.List;

/** Offer bodies ({@code Offer}, {@code Offers}; examples {@code candidate-job-offer}, {@code candidate-job-offers}). */
public final class OfferRenderer {

    private final Links links;

    public OfferRenderer(Links links) {
        this.links = links;
    }

    /** {@code Offer}: no application id, only candidate and job links (FC-10). */
    public ObjectNode offer(Offer o) {
        ObjectNode n = Json.object();
        n.put("id", o.id());
        n.put("status", o.status());
        Json.putDate(n, "createdOn", o.createdOn());
        Json.putDate(n, "updatedOn", o.updatedOn());
        ObjectNode props = n.putObject("properties");
        o.properties().forEach(props::put);
        ObjectNode actions = n.putObject("actions");
        actions.set("candidate", links.get("/candidates/" + o.candidateId()));
        actions.set("job", links.get("/jobs/" + o.jobId()));
        actions.set("details", links.get("/candidates/" + o.candidateId() + "/jobs/" + o.jobId() + "/offers/" + o.id()));
        return n;
    }

    /** {@code Offers {limit, offset, totalFound, content}}. */
    public ObjectNode offers(List<Offer> page, int limit, int offset, int totalFound) {
        ObjectNode n = Json.object();
        n.put("limit", limit);
        n.put("offset", offset);
        n.put("totalFound", totalFound);
        ArrayNode content = n.putArray("content");
        page.forEach(o -> content.add(offer(o)));
        return n;
    }
}
