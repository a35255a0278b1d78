package io.srconnector.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Maintains {@code nested_changed_at}, the column behind the second half of Kombo's {@code updated_after} filter
 * ("the record itself OR its nested data has been updated", unified-api.md §1.5; {@code UnifiedReader} filters on
 * {@code changed_at >= ? OR nested_changed_at >= ?}). {@code changed_at} itself moves only when the record's own fields
 * change ({@link UnifiedUpsertWriter}).
 *
 * <p>After every upsert batch and deletion sweep, the parents of the inserted, changed and removed child rows get
 * {@code nested_changed_at = now}, following {@link #RELATIONS} — Kombo's table, one entry per nested path. Only one
 * level is followed (a parent bumped by its child does not bump its own parents), as Kombo's table says for paths such
 * as {@code candidates → applications → current_stage}. A relation is active only when its tables are registered in
 * {@link UnifiedTables} and have the named columns, so relations of models that are not built yet wait for them.
 */
@Component
public class NestedChanges {
    private static final Logger LOG = LoggerFactory.getLogger(NestedChanges.class);

    /** Kombo's nested-change table (unified-api.md §1.5), in our table and column names. */
    public static final List<NestedRelation> RELATIONS = List.of(
            // GET /ats/applications
            NestedRelation.parentRef("ats_applications", "ats_candidates", "candidate_id", "candidate"),
            NestedRelation.parentRef("ats_applications", "ats_application_stages", "current_stage_id", "current_stage"),
            NestedRelation.childRef("ats_applications", "ats_interviews", "application_id", true, true, "interviews"),
            NestedRelation.childRef("ats_applications", "ats_offers", "application_id", true, true, "offers"),
            // GET /ats/candidates
            NestedRelation.childRef("ats_candidates", "ats_applications", "candidate_id", true, true, "applications"),
            NestedRelation.childRef("ats_candidates", "ats_join_candidates_tags", "candidate_id", true, false, "tags"),
            // GET /ats/jobs
            NestedRelation.childRef("ats_jobs", "ats_join_jobs_application_stages", "job_id", true, false, "stages"),
            NestedRelation.childRef("ats_jobs", "ats_join_jobs_screening_questions", "job_id", true, false,
                    "screening_questions"),
            NestedRelation.throughJoin("ats_jobs", "ats_screening_questions", "ats_join_jobs_screening_questions",
                    "job_id", "question_id", "screening_questions"),
            NestedRelation.childRef("ats_jobs", "ats_job_postings", "job_id", true, true, "job_postings"),
            NestedRelation.childRef("ats_jobs", "ats_join_jobs_users", "job_id", true, false, "hiring_team"),
            // GET /ats/interviews
            NestedRelation.childRef("ats_interviews", "ats_join_interviews_users", "interview_id", true, false,
                    "interviewers"),
            NestedRelation.parentRef("ats_interviews", "ats_applications", "application_id", "application"),
            // GET /ats/offers
            NestedRelation.parentRef("ats_offers", "ats_applications", "application_id", "application"));

    private final JdbcTemplate jdbc;
    private final List<NestedRelation> active = active();

    public NestedChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The relations whose tables and columns all exist in the registry (the others belong to models not built yet).
     */
    public static List<NestedRelation> active() {
        Map<String, UnifiedTable<?>> tables = UnifiedTables.all().stream()
                .collect(Collectors.toMap(UnifiedTable::table, Function.identity()));
        List<NestedRelation> out = new ArrayList<>();
        for (NestedRelation r : RELATIONS) {
            if (missing(r, tables).isEmpty()) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * What a relation lacks to be active: unregistered tables ({@code table}) or missing columns
     * ({@code table.column}); empty when active.
     */
    public static List<String> missing(NestedRelation r, Map<String, UnifiedTable<?>> tables) {
        List<String> out = new ArrayList<>();
        UnifiedTable<?> parent = tables.get(r.parentTable());
        UnifiedTable<?> child = tables.get(r.childTable());
        if (parent == null) {
            out.add(r.parentTable());
        }
        if (child == null) {
            out.add(r.childTable());
        }
        if (r.link() instanceof NestedRelation.ChildReferencesParent c) {
            if (child != null && !child.hasColumn(c.column())) {
                out.add(r.childTable() + "." + c.column());
            }
        } else if (r.link() instanceof NestedRelation.ParentReferencesChild p) {
            if (parent != null && !parent.hasColumn(p.column())) {
                out.add(r.parentTable() + "." + p.column());
            }
        } else if (r.link() instanceof NestedRelation.ThroughJoin j) {
            UnifiedTable<?> join = tables.get(j.joinTable());
            if (join == null) {
                out.add(j.joinTable());
            } else {
                if (!join.hasColumn(j.parentColumn())) {
                    out.add(j.joinTable() + "." + j.parentColumn());
                }
                if (!join.hasColumn(j.childColumn())) {
                    out.add(j.joinTable() + "." + j.childColumn());
                }
            }
        }
        return out;
    }

    /**
     * Moves {@code nested_changed_at} of the parents of changed child rows.
     *
     * @param child   the table the rows belong to
     * @param added   ids of rows inserted
     * @param changed ids of rows whose own content changed (or that came back after a deletion)
     * @param removed ids of rows just marked deleted
     * @param now     the new {@code nested_changed_at}
     * @return the number of parent rows bumped
     */
    public int propagate(UnifiedTable<?> child, String integrationId, Collection<String> added,
                         Collection<String> changed, Collection<String> removed, Instant now) {
        if (added.isEmpty() && changed.isEmpty() && removed.isEmpty()) {
            return 0;
        }
        int bumped = 0;
        for (NestedRelation r : active) {
            if (!r.childTable().equals(child.table())) {
                continue;
            }
            Set<String> ids = new LinkedHashSet<>();
            if (r.addedRemoved()) {
                ids.addAll(added);
                ids.addAll(removed);
                if (!r.linked()) {
                    // a join row has no content of its own: it only "changes" by coming back after a removal
                    ids.addAll(changed);
                }
            }
            if (r.linked()) {
                ids.addAll(changed);
                ids.addAll(removed);
            }
            if (!ids.isEmpty()) {
                bumped += bump(r, integrationId, ids, now);
            }
        }
        return bumped;
    }

    private int bump(NestedRelation r, String integrationId, Set<String> childIds, Instant now) {
        // the child sub-selects are not correlated with the updated row, so PostgreSQL runs them once (hashed)
        String parents;
        boolean viaChild = true;
        if (r.link() instanceof NestedRelation.ChildReferencesParent c) {
            parents = "p.id IN (SELECT c." + c.column() + " FROM " + r.childTable()
                    + " c WHERE c.integration_id = ? AND c.id = ANY (?))";
        } else if (r.link() instanceof NestedRelation.ParentReferencesChild p) {
            parents = "p." + p.column() + " = ANY (?)";
            viaChild = false;
        } else {
            NestedRelation.ThroughJoin j = (NestedRelation.ThroughJoin) r.link();
            parents = "p.id IN (SELECT j." + j.parentColumn() + " FROM " + j.joinTable()
                    + " j WHERE j.integration_id = ? AND j." + j.childColumn() + " = ANY (?))";
        }
        String sql = "UPDATE " + r.parentTable() + " p SET nested_changed_at = ? WHERE p.integration_id = ? AND "
                + parents + " AND (p.nested_changed_at IS NULL OR p.nested_changed_at < ?)";
        boolean sub = viaChild;
        int n = jdbc.update(sql, ps -> {
            Timestamp ts = Timestamp.from(now);
            int i = 1;
            ps.setTimestamp(i++, ts);
            ps.setString(i++, integrationId);
            if (sub) {
                ps.setString(i++, integrationId);
            }
            ps.setArray(i++, ps.getConnection().createArrayOf("text", childIds.toArray()));
            ps.setTimestamp(i, ts);
        });
        LOG.debug("{} -> {}.{}: {} parent(s) bumped", r.childTable(), r.parentTable(), r.path(), n);
        return n;
    }
}
