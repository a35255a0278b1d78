package io.srconnector.api.read;

import io.srconnector.persistence.UnifiedTable;
import io.srconnector.persistence.UnifiedTables;
import org.springframework.stereotype.Component;

/**
 * {@code GET /v1/ats/rejection-reasons}: SmartRecruiters' rejection reasons ({@code id, remote_id, name, changed_at,
 * remote_deleted_at, remote_data}); the ids are what the reject-application action takes. Only the common filters.
 */
@Component
public class RejectionReasonsReadModel implements ReadModel {
    @Override
    public String name() {
        return "rejection-reasons";
    }

    @Override
    public UnifiedTable<?> table() {
        return UnifiedTables.REJECTION_REASONS;
    }
}
