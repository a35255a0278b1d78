package io.srconnector.persistence;

/**
 * One row of Kombo's nested-change table (unified-api.md §1.5): which change of a child record counts for the
 * parent's {@code updated_after} filter, and how child rows lead to their parents.
 *
 * @param parentTable  the table whose {@code nested_changed_at} moves, e.g. {@code ats_candidates}
 * @param childTable   the table whose rows change, e.g. {@code ats_applications} (or a join table)
 * @param link         how a child row leads to its parent rows
 * @param addedRemoved whether adding or removing a child counts ("Added/Removed" in Kombo's table)
 * @param linked       whether a change of the child record itself counts ("Linked")
 * @param path         the nested path of the parent's endpoint it stands for, e.g. {@code applications}
 */
public record NestedRelation(String parentTable, String childTable, Link link, boolean addedRemoved, boolean linked,
                             String path) {

    /** How child rows lead to parent rows. */
    public sealed interface Link {
    }

    /** The child holds the parent's id: {@code child.<column> = parent.id} (applications.candidate_id → candidate). */
    public record ChildReferencesParent(String column) implements Link {
    }

    /** The parent holds the child's id: {@code parent.<column> = child.id} (application.current_stage_id → stage). */
    public record ParentReferencesChild(String column) implements Link {
    }

    /**
     * A join table connects them: {@code join.<parentColumn> = parent.id AND join.<childColumn> = child.id}
     * (job ← ats_join_jobs_screening_questions → screening question).
     */
    public record ThroughJoin(String joinTable, String parentColumn, String childColumn) implements Link {
    }

    /** Child holds the parent's id. */
    public static NestedRelation childRef(String parent, String child, String column, boolean addedRemoved,
                                          boolean linked, String path) {
        return new NestedRelation(parent, child, new ChildReferencesParent(column), addedRemoved, linked, path);
    }

    /** Parent holds the child's id. */
    public static NestedRelation parentRef(String parent, String child, String column, String path) {
        return new NestedRelation(parent, child, new ParentReferencesChild(column), false, true, path);
    }

    /** Linked through a join table. */
    public static NestedRelation throughJoin(String parent, String child, String join, String parentColumn,
                                             String childColumn, String path) {
        return new NestedRelation(parent, child, new ThroughJoin(join, parentColumn, childColumn), false, true, path);
    }
}
