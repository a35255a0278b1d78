package io.srconnector.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.auth.ApiArea;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.http.ApiException;
import io.srconnector.sandbox.http.ErrorStyle;
import io.srconnector.sandbox.http.Route;
import io.srconnector.sandbox.http.RouteTable;
import io.srconnector.sandbox.http.SandboxRequest;
import io.srconnector.sandbox.http.SandboxResponse;
import io.srconnector.sandbox.json.Dates;
import io.srconnector.sandbox.json.Json;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message API (S1; smartrecruiters-api.md §5 "Add note", §4.12): notes ("Hireloop" messages) on candidates.
 * <ul>
 *   <li>{@code POST /messages/shares} {@code Message{content (1–10000 characters), correlationId?, shareWith{users[],
 *       hiringTeamOf[jobIds], everyone, openNote}}} → {@code 201 {id, shareRequired}}. A {@code #[CANDIDATE:<id>]} in
 *       the content links the note to a candidate, {@code hiringTeamOf} to the candidate's applications on those
 *       jobs; {@code @[USER:<id>]} mentions a user. Errors: {@code 422} for the content, {@code 400
 *       INVALID_VISIBILITY_OPTIONS} (openNote and everyone both true), {@code 400 TOO_MANY_RECIPIENTS} (over 100
 *       users).</li>
 *   <li>{@code GET /messages?candidateId=&jobId=} (ADMINISTRATOR only) → {@code {content[MessageView{id, content,
 *       createdOn, visibility, authorId, context{candidateIds, jobIds}}]}}, oldest first (unpaged in the sandbox).</li>
 * </ul>
 * Messages are kept in memory by this endpoint (they are not part of account files).
 */
public final class MessageEndpoints {

    /** Longest note SmartRecruiters takes. */
    public static final int MAX_CONTENT = 10_000;
    private static final Pattern CANDIDATE_TAG = Pattern.compile("#\\[CANDIDATE:([^\\]\\s]+)]");
    private static final Pattern USER_TAG = Pattern.compile("@\\[USER:([^\\]\\s]+)]");

    /** A stored message. */
    public record Message(String id, String content, long createdOn, String authorId, String visibility,
                          List<String> candidateIds, List<String> jobIds, List<String> mentionedUserIds) {
    }

    private final ApiContext ctx;
    private final WriteFaults faults;
    private final List<Message> messages = new ArrayList<>();

    public MessageEndpoints(ApiContext ctx, WriteFaults faults) {
        this.ctx = ctx;
        this.faults = faults;
    }

    /** Registers the routes. */
    public void register(RouteTable routes) {
        routes.add(new Route("POST", "/messages/shares", ApiArea.MESSAGES_WRITE, ErrorStyle.CUSTOMER,
                faults.wrap("POST /messages/shares", this::share)));
        routes.add(new Route("GET", "/messages", ApiArea.MESSAGES_READ, ErrorStyle.CUSTOMER, this::list));
    }

    SandboxResponse share(SandboxRequest r) {
        JsonNode body = r.jsonBody();
        BodyCheck check = new BodyCheck();
        String content = check.requiredText(body, "content", ".content", MAX_CONTENT);
        JsonNode shareWith = check.optionalObject(body, "shareWith", ".shareWith");
        List<JsonNode> users = check.optionalArray(shareWith, "users", ".shareWith.users", 0);
        List<JsonNode> jobs = check.optionalArray(shareWith, "hiringTeamOf", ".shareWith.hiringTeamOf", 0);
        Boolean everyone = check.optionalBool(shareWith, "everyone", ".shareWith.everyone");
        Boolean openNote = check.optionalBool(shareWith, "openNote", ".shareWith.openNote");
        if (!check.ok()) {
            return check.customerResponse();
        }
        if (Boolean.TRUE.equals(everyone) && Boolean.TRUE.equals(openNote)) {
            throw ApiException.badRequest("INVALID_VISIBILITY_OPTIONS", "openNote and everyone cannot both be true");
        }
        if (users.size() > 100) {
            throw ApiException.badRequest("TOO_MANY_RECIPIENTS", "a note can be shared with at most 100 users");
        }
        SandboxAccount account = ctx.account();
        return account.write(() -> {
            Set<String> candidates = new LinkedHashSet<>();
            Matcher m = CANDIDATE_TAG.matcher(content);
            while (m.find()) {
                candidates.add(m.group(1));
            }
            Set<String> mentioned = new LinkedHashSet<>();
            Matcher u = USER_TAG.matcher(content);
            while (u.find()) {
                mentioned.add(u.group(1));
            }
            List<String> jobIds = jobs.stream().map(JsonNode::asText).toList();
            String visibility = Boolean.TRUE.equals(openNote) ? "OPEN_NOTE"
                    : Boolean.TRUE.equals(everyone) ? "EVERYONE" : jobIds.isEmpty() ? "PRIVATE" : "HIRING_TEAM";
            Message msg = new Message(UUID.randomUUID().toString(), content, account.clock().millis(), author(r),
                    visibility, List.copyOf(candidates), jobIds, List.copyOf(mentioned));
            synchronized (messages) {
                messages.add(msg);
            }
            ObjectNode out = Json.object();
            out.put("id", msg.id());
            out.put("shareRequired", false);
            return SandboxResponse.json(201, out);
        });
    }

    private String author(SandboxRequest r) {
        if (r.credential() != null && r.credential().userId() != null) {
            return r.credential().userId();
        }
        return ctx.account().read(() -> ctx.account().users().values().stream()
                .filter(x -> x.active && "ADMINISTRATOR".equals(x.systemRoleId)).map(x -> x.id).findFirst().orElse(null));
    }

    SandboxResponse list(SandboxRequest r) {
        String candidateId = r.query().first("candidateId");
        if (candidateId == null || candidateId.isBlank()) {
            throw ApiException.invalidParameter("candidateId is required");
        }
        String jobId = r.query().first("jobId");
        ObjectNode out = Json.object();
        ArrayNode content = out.putArray("content");
        for (Message msg : messages()) {
            if (!msg.candidateIds().contains(candidateId) || jobId != null && !msg.jobIds().contains(jobId)) {
                continue;
            }
            ObjectNode n = content.addObject();
            n.put("id", msg.id());
            n.put("content", msg.content());
            n.put("createdOn", Dates.format(msg.createdOn()));
            n.put("visibility", msg.visibility());
            Json.putIfPresent(n, "authorId", msg.authorId());
            ObjectNode context = n.putObject("context");
            context.set("candidateIds", Json.tree(msg.candidateIds()));
            context.set("jobIds", Json.tree(msg.jobIds()));
        }
        return SandboxResponse.json(200, out);
    }

    /** Every stored message, oldest first. */
    public List<Message> messages() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }
}
