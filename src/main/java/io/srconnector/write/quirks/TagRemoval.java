package io.srconnector.write.quirks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.srconnector.api.ApiException;
import io.srconnector.json.Json;
import io.srconnector.write.SrWrites;
import io.srconnector.write.Warnings;

import java.util.ArrayList;
import java.util.List;

/**
 * SmartRecruiters quirk: there is no single-tag delete — {@code DELETE /candidates/{id}/tags} removes all tags, and
 * {@code PUT /candidates/{id}/tags} replaces the whole list (smartrecruiters-api.md §5, §7 quirk 6). Removing one
 * tag is therefore read → remove → replace, and SmartRecruiters offers no conditional write to protect a tag
 * someone else adds meanwhile. The cycle keeps the window as small as it can and checks its result:
 * <ol>
 *   <li>{@code GET /candidates/{id}/tags}; a tag the candidate does not have is a success (Kombo: "also succeeds
 *       if the tag does not exist"), with a warning;</li>
 *   <li>{@code GET} again right before writing: if the list changed in between, someone else is writing — start
 *       over from the newer list;</li>
 *   <li>{@code PUT} the list without the tag (every other tag, including those added concurrently before step 2);</li>
 *   <li>{@code GET} again and verify: the tag is gone (tags added after the {@code PUT} are kept — we never write
 *       again unless the tag reappeared, in which case the cycle repeats).</li>
 * </ol>
 * After {@code attempts} cycles without a stable result the action answers {@code 409}. Tag names match exactly
 * (case-sensitive). Invariant W7 in {@code docs/smartrecruiters-invariants.md}.
 */
public final class TagRemoval {

    private TagRemoval() {
    }

    /**
     * Removes {@code tag} from the candidate.
     *
     * @return the tags after the removal, as read back
     * @throws ApiException 409 when the list kept changing, or SmartRecruiters' refusal
     */
    public static List<String> remove(SrWrites sr, String integrationId, String candidateRemoteId, String tag,
                                      int attempts, Warnings warnings) {
        String path = "/candidates/" + candidateRemoteId + "/tags";
        for (int attempt = 1; attempt <= Math.max(1, attempts); attempt++) {
            List<String> before = read(sr, integrationId, path);
            if (!before.contains(tag)) {
                warnings.add("The candidate has no tag '" + tag + "'; nothing was removed.");
                return before;
            }
            List<String> confirm = read(sr, integrationId, path);
            if (!confirm.equals(before)) {
                continue;
            }
            List<String> keep = new ArrayList<>(before);
            keep.removeIf(tag::equals);
            var body = Json.mapper().createObjectNode();
            ArrayNode arr = body.putArray("tags");
            keep.forEach(arr::add);
            sr.send(integrationId, "PUT", path, body, "replace the candidate's tags");
            List<String> after = read(sr, integrationId, path);
            if (!after.contains(tag)) {
                return after;
            }
        }
        throw new ApiException(409, "REMOTE.INPUT_INVALID", "Tags changed concurrently",
                "The candidate's tags kept changing while removing '" + tag + "'; nothing more was written. Retry.");
    }

    private static List<String> read(SrWrites sr, String integrationId, String path) {
        JsonNode body = sr.get(integrationId, path, "read the candidate's tags");
        List<String> tags = new ArrayList<>();
        body.path("tags").forEach(t -> tags.add(t.asText()));
        return tags;
    }
}
