package io.srconnector.api.read;

import io.srconnector.persistence.UnifiedTable;
import io.srconnector.persistence.UnifiedTables;
import org.springframework.stereotype.Component;

/**
 * {@code GET /v1/ats/tags}: the tags of the integration's candidates ({@code id, remote_id, name, remote_data,
 * changed_at, remote_deleted_at}); SmartRecruiters tags are strings, so {@code remote_id} = {@code name} and
 * {@code remote_data} is null. Only the common filters.
 */
@Component
public class TagsReadModel implements ReadModel {
    @Override
    public String name() {
        return "tags";
    }

    @Override
    public UnifiedTable<?> table() {
        return UnifiedTables.TAGS;
    }
}
