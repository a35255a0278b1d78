package io.srconnector.sandbox.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.data.HiringTeamMember;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.JobAd;
import io.srconnector.sandbox.data.JobProperty;
import io.srconnector.sandbox.data.JobStatusChange;
import io.srconnector.sandbox.data.Publication;
import io.srconnector.sandbox.json.Json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Job API bodies (S1; examples {@code jobs-list}, {@code job-details}, {@code job-hiring-team}, {@code job-jobads},
 * {@code job-jobad-postings}, {@code job-publication}).
 */
public final class JobRenderer {

    private final Links links;

    public JobRenderer(Links links) {
        this.links = links;
    }

    /** {@code JobSummary} of {@code GET /jobs} (location without coordinates). */
    public ObjectNode summary(Job j) {
        ObjectNode n = head(j);
        Json.putTree(n, "location", j.location == null ? null : j.location.withoutCoordinates());
        Json.putIfPresent(n, "status", j.status);
        Json.putIfPresent(n, "postingStatus", j.postingStatus);
        Json.putTree(n, "language", j.language);
        n.putObject("actions").set("details", links.get("/jobs/" + j.id));
        return n;
    }

    /** {@code JobDetails} of {@code GET /jobs/{jobId}}. */
    public ObjectNode details(Job j) {
        ObjectNode n = head(j);
        Json.putTree(n, "location", j.location);
        Json.putIfPresent(n, "status", j.status);
        Json.putIfPresent(n, "postingStatus", j.postingStatus);
        Json.putDate(n, "targetHiringDate", j.targetHiringDate);
        Json.putTree(n, "industry", j.industry);
        Json.putTree(n, "function", j.function);
        Json.putTree(n, "typeOfEmployment", j.typeOfEmployment);
        Json.putTree(n, "experienceLevel", j.experienceLevel);
        Json.putTree(n, "eeoCategory", j.eeoCategory);
        if (j.template != null) {
            n.put("template", j.template);
        }
        Json.putTree(n, "creator", j.creator);
        Json.putTree(n, "compensation", j.compensation);
        Json.putTree(n, "jobAd", j.jobAd);
        ArrayNode props = n.putArray("properties");
        for (JobProperty p : j.properties) {
            props.add(Json.tree(p));
        }
        ObjectNode actions = n.putObject("actions");
        actions.set("hiringTeam", links.get("/jobs/" + j.id + "/hiring-team"));
        actions.set("publications", links.get("/jobs/" + j.id + "/publication"));
        actions.set("positions", links.get("/jobs/" + j.id + "/positions"));
        if (j.applyOnWebUrl != null) {
            ObjectNode apply = Json.object();
            apply.put("url", j.applyOnWebUrl);
            apply.put("method", "GET");
            actions.set("applyOnWeb", apply);
        }
        actions.set("details", links.get("/jobs/" + j.id));
        return n;
    }

    private ObjectNode head(Job j) {
        ObjectNode n = Json.object();
        n.put("id", j.id);
        Json.putIfPresent(n, "title", j.title);
        Json.putIfPresent(n, "refNumber", j.refNumber);
        Json.putDate(n, "createdOn", j.createdOn);
        Json.putDate(n, "updatedOn", j.updatedOn);
        Json.putDate(n, "lastActivityOn", j.lastActivityOn);
        Json.putTree(n, "department", j.department);
        return n;
    }

    /** {@code JobStatusHistory} of {@code GET /jobs/{jobId}/status/history}, oldest first. */
    public ObjectNode statusHistory(Job j) {
        ObjectNode n = Json.object();
        n.put("totalFound", j.statusHistory.size());
        ArrayNode content = n.putArray("content");
        for (JobStatusChange c : j.statusHistory) {
            ObjectNode e = content.addObject();
            Json.putDate(e, "changedOn", c.changedOn());
            e.put("status", c.status());
            if (c.userId() != null) {
                e.putObject("actions").set("user", links.get(links.userPath(c.userId())));
            }
        }
        return n;
    }

    /** {@code HiringTeamMembers} of {@code GET /jobs/{jobId}/hiring-team}. */
    public ObjectNode hiringTeam(Job j) {
        ObjectNode n = Json.object();
        n.put("totalFound", j.hiringTeam.size());
        ArrayNode content = n.putArray("content");
        for (HiringTeamMember m : j.hiringTeam) {
            ObjectNode e = content.addObject();
            e.put("id", m.id());
            e.put("role", m.role());
            e.putObject("actions").set("details", links.get(links.userPath(m.id())));
        }
        return n;
    }

    /** {@code JobAdItem} of {@code GET /jobs/{jobId}/jobads/{jobAdId}}. */
    public ObjectNode jobAd(JobAd ad) {
        ObjectNode n = Json.object();
        n.put("id", ad.id);
        Json.putIfPresent(n, "title", ad.title);
        Json.putTree(n, "language", ad.language);
        n.set("jobAd", ad.sections == null ? Json.object() : Json.tree(ad.sections));
        Json.putDate(n, "createdOn", ad.createdOn);
        Json.putDate(n, "updatedOn", ad.updatedOn);
        Json.putIfPresent(n, "applyUrl", ad.applyUrl);
        Json.putIfPresent(n, "postingStatus", ad.postingStatus);
        n.put("default", ad.isDefault);
        n.putObject("actions").set("postings", links.get("/jobs/" + ad.jobId + "/jobads/" + ad.id + "/postings"));
        if (ad.creatorId != null) {
            n.putObject("creator").put("id", ad.creatorId);
        }
        Json.putIfPresent(n, "visibility", ad.visibility);
        return n;
    }

    /** {@code JobAds} of {@code GET /jobs/{jobId}/jobads}: a bare array. */
    public ArrayNode jobAds(Job j) {
        ArrayNode a = Json.array();
        j.jobAds.forEach(ad -> a.add(jobAd(ad)));
        return a;
    }

    /** {@code PublicationList} of one job ad ({@code .../postings?activeOnly=}). */
    public static ObjectNode publications(List<Publication> publications, boolean activeOnly) {
        ObjectNode n = Json.object();
        ArrayNode content = n.putArray("content");
        for (Publication p : publications) {
            if (!activeOnly || p.active()) {
                content.add(Json.tree(p));
            }
        }
        return n;
    }

    /**
     * {@code PublicationList} of {@code GET /jobs/{jobId}/publication}: the publications of all the job's ads,
     * ordered by {@code publishedOn} (the sandbox derives the job-level list from its ads).
     */
    public static ObjectNode jobPublications(Job j, boolean activeOnly) {
        List<Publication> all = new ArrayList<>();
        j.jobAds.forEach(ad -> all.addAll(ad.publications));
        all.sort(Comparator.comparing(Publication::publishedOn));
        return publications(all, activeOnly);
    }
}
