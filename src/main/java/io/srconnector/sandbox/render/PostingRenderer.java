package io.srconnector.sandbox.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.data.Posting;
import io.srconnector.sandbox.json.Json;

/**
 * Public Posting API bodies ({@code PostingItem} in {@code PostingList}, {@code Posting}; examples
 * {@code posting-api-postings-list}, {@code posting-api-posting}).
 */
public final class PostingRenderer {

    private final Links links;

    public PostingRenderer(Links links) {
        this.links = links;
    }

    /** {@code PostingItem}: no jobId or URLs, but {@code language}. */
    public ObjectNode listItem(Posting p) {
        ObjectNode n = common(p, false);
        Json.putTree(n, "language", p.language());
        Json.putIfPresent(n, "visibility", p.visibility());
        return n;
    }

    /** {@code Posting}: adds {@code jobId}, {@code jobAdId}, URLs, {@code jobAd.sections} and {@code active}. */
    public ObjectNode detail(Posting p) {
        ObjectNode n = common(p, true);
        if (p.sections() != null) {
            n.putObject("jobAd").set("sections", Json.tree(p.sections()));
        }
        if (p.active() != null) {
            n.put("active", p.active());
        }
        Json.putIfPresent(n, "visibility", p.visibility());
        return n;
    }

    private ObjectNode common(Posting p, boolean detail) {
        ObjectNode n = Json.object();
        n.put("id", p.id());
        Json.putIfPresent(n, "uuid", p.uuid());
        Json.putIfPresent(n, "name", p.name());
        if (detail) {
            Json.putIfPresent(n, "jobId", p.jobId());
        }
        Json.putIfPresent(n, "jobAdId", p.jobAdId());
        if (p.defaultJobAd() != null) {
            n.put("defaultJobAd", p.defaultJobAd());
        }
        if (detail) {
            Json.putIfPresent(n, "applyUrl", p.applyUrl());
            Json.putIfPresent(n, "postingUrl", p.postingUrl());
            Json.putIfPresent(n, "referralUrl", p.referralUrl());
        }
        Json.putIfPresent(n, "refNumber", p.refNumber());
        Json.putTree(n, "company", p.company());
        Json.putTree(n, "releasedDate", p.releasedDate());
        Json.putTree(n, "location", p.location());
        Json.putTree(n, "industry", p.industry());
        Json.putTree(n, "department", p.department());
        Json.putTree(n, "function", p.function());
        Json.putTree(n, "typeOfEmployment", p.typeOfEmployment());
        Json.putTree(n, "experienceLevel", p.experienceLevel());
        n.set("customField", Json.tree(p.customField() == null ? java.util.List.of() : p.customField()));
        String company = p.company() == null ? "" : p.company().identifier();
        n.put("ref", links.url("/v1/companies/" + company + "/postings/" + p.id()));
        Json.putTree(n, "creator", p.creator());
        return n;
    }
}
