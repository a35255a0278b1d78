package io.srconnector.api.read;

import io.srconnector.persistence.UnifiedTable;
import io.srconnector.persistence.UnifiedTables;
import org.springframework.stereotype.Component;

/**
 * {@code GET /v1/ats/application-stages} (deprecated by Kombo in favour of {@code jobs[].stages}; SmartRecruiters has
 * one global stage list, so both show the same stages). Adds {@code global_index} beyond Kombo's fields.
 */
@Component
public class ApplicationStagesReadModel implements ReadModel {
    @Override
    public String name() {
        return "application-stages";
    }

    @Override
    public UnifiedTable<?> table() {
        return UnifiedTables.APPLICATION_STAGES;
    }
}
