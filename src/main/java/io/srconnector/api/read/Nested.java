package io.srconnector.api.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;
import io.srconnector.persistence.UnifiedReader;
import io.srconnector.persistence.UnifiedTable;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Batched look-ups shared by the read models' nested expansions. */
@Component
public class Nested {
    private final UnifiedReader reader;

    public Nested(UnifiedReader reader) {
        this.reader = reader;
    }

    /** Rows of {@code table} by id (deleted ones included: references may point at deleted records). */
    public Map<String, ObjectNode> byId(UnifiedTable<?> table, String integrationId, Collection<String> ids) {
        return byId(table, integrationId, ids, true);
    }

    /** Like {@link #byId(UnifiedTable, String, Collection)}; without {@code remote_data} when it is not nested. */
    public Map<String, ObjectNode> byId(UnifiedTable<?> table, String integrationId, Collection<String> ids,
                                        boolean withRemoteData) {
        Set<String> distinct = new LinkedHashSet<>();
        ids.stream().filter(java.util.Objects::nonNull).forEach(distinct::add);
        Map<String, ObjectNode> out = new HashMap<>();
        for (ObjectNode n : reader.byColumn(table, integrationId, "id", distinct, true, null, withRemoteData)) {
            out.put(n.get("id").asText(), n);
        }
        return out;
    }

    /** Live rows of {@code table} grouped by a column (e.g. applications by candidate_id). */
    public Map<String, List<ObjectNode>> groupBy(UnifiedTable<?> table, String integrationId, String column,
                                                 Collection<String> values, String orderBy) {
        return groupBy(table, integrationId, column, values, orderBy, true);
    }

    /** Like {@link #groupBy(UnifiedTable, String, String, Collection, String)}; without {@code remote_data} when it is not nested. */
    public Map<String, List<ObjectNode>> groupBy(UnifiedTable<?> table, String integrationId, String column,
                                                 Collection<String> values, String orderBy, boolean withRemoteData) {
        Map<String, List<ObjectNode>> out = new HashMap<>();
        for (ObjectNode n : reader.byColumn(table, integrationId, column, values, false, orderBy, withRemoteData)) {
            out.computeIfAbsent(n.path(column).asText(), k -> new ArrayList<>()).add(n);
        }
        return out;
    }

    /**
     * The tags of candidates as Kombo nests them ({@code [{id, name, remote_id}]}, by name), keyed by candidate id:
     * live {@code ats_join_candidates_tags} rows joined to their tags.
     */
    public Map<String, ArrayNode> tagsByCandidate(String integrationId, Collection<String> candidateIds) {
        Map<String, List<ObjectNode>> joins = groupBy(io.srconnector.persistence.UnifiedTables.CANDIDATE_TAGS,
                integrationId, "candidate_id", candidateIds, "t.id", false);
        List<ObjectNode> all = joins.values().stream().flatMap(List::stream).toList();
        Map<String, ObjectNode> tags = byId(io.srconnector.persistence.UnifiedTables.TAGS, integrationId,
                values(all, "tag_id"), false);
        Map<String, ArrayNode> out = new HashMap<>();
        joins.forEach((candidate, rows) -> {
            List<ObjectNode> ts = new ArrayList<>();
            for (ObjectNode j : rows) {
                ObjectNode t = tags.get(j.path("tag_id").asText());
                if (t != null && t.path("remote_deleted_at").isNull()) {
                    ts.add(t);
                }
            }
            ts.sort(java.util.Comparator.comparing(t -> t.path("name").asText("")));
            out.put(candidate, array(ts, t -> pick(t, "id", "name", "remote_id")));
        });
        return out;
    }

    /**
     * A user as Kombo nests it in hiring teams and interviews: {@code {id, remote_id, first_name, last_name, email}};
     * a user that is not synced keeps its id and null values. The e-mail is the user's unified e-mail, which is null
     * unless it passes Kombo's e-mail pattern (SmartRecruiters does not verify user e-mails, FC-09).
     */
    public static ObjectNode user(String userId, ObjectNode userRow) {
        if (userRow == null) {
            ObjectNode o = Json.mapper().createObjectNode();
            o.put("id", userId);
            o.putNull("remote_id");
            o.putNull("first_name");
            o.putNull("last_name");
            o.putNull("email");
            return o;
        }
        return (ObjectNode) pick(userRow, "id", "remote_id", "first_name", "last_name", "email");
    }

    /** A projection of a row onto some of its fields (in the given order), or JSON null. */
    public static JsonNode pick(ObjectNode row, String... fields) {
        if (row == null) {
            return Json.mapper().nullNode();
        }
        ObjectNode o = Json.mapper().createObjectNode();
        for (String f : fields) {
            o.set(f, row.has(f) ? row.get(f) : Json.mapper().nullNode());
        }
        return o;
    }

    /** Collects a field of every row. */
    public static List<String> values(List<ObjectNode> rows, String field) {
        List<String> out = new ArrayList<>();
        for (ObjectNode r : rows) {
            if (r.hasNonNull(field)) {
                out.add(r.get(field).asText());
            }
        }
        return out;
    }

    /** An array of projections. */
    public static ArrayNode array(List<ObjectNode> rows, Function<ObjectNode, JsonNode> f) {
        ArrayNode a = Json.mapper().createArrayNode();
        if (rows != null) {
            rows.forEach(r -> a.add(f.apply(r)));
        }
        return a;
    }

    /** A stage as Kombo nests it: {@code {id, remote_id, name, index}} (index = global_index). */
    public static JsonNode stage(ObjectNode stageRow) {
        if (stageRow == null) {
            return Json.mapper().nullNode();
        }
        ObjectNode o = (ObjectNode) pick(stageRow, "id", "remote_id", "name");
        o.set("index", stageRow.get("global_index"));
        return o;
    }
}
