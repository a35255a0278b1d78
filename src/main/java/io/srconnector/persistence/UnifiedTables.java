package io.srconnector.persistence;

import io.srconnector.model.Application;
import io.srconnector.model.ApplicationStage;
import io.srconnector.model.Candidate;
import io.srconnector.model.Job;
import io.srconnector.model.UnifiedRecord;
import io.srconnector.model.User;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registry of unified tables, by model name (the name routes and sync results use). */
public final class UnifiedTables {
    public static final UnifiedTable<User> USERS = UnifiedTable.of("ats_users", "users", User.class);
    public static final UnifiedTable<Job> JOBS = UnifiedTable.of("ats_jobs", "jobs", Job.class);
    public static final UnifiedTable<Candidate> CANDIDATES = UnifiedTable.of("ats_candidates", "candidates", Candidate.class);
    public static final UnifiedTable<Application> APPLICATIONS =
            UnifiedTable.of("ats_applications", "applications", Application.class);
    public static final UnifiedTable<ApplicationStage> APPLICATION_STAGES =
            UnifiedTable.of("ats_application_stages", "application-stages", ApplicationStage.class);

    private static final Map<String, UnifiedTable<?>> BY_MODEL = new LinkedHashMap<>();

    static {
        for (UnifiedTable<?> t : List.of(USERS, JOBS, CANDIDATES, APPLICATIONS, APPLICATION_STAGES)) {
            BY_MODEL.put(t.model(), t);
        }
    }

    private UnifiedTables() {
    }

    /**
     * @param model a model name such as {@code jobs}
     * @return its table descriptor
     * @throws IllegalArgumentException for an unknown model
     */
    @SuppressWarnings("unchecked")
    public static <T extends UnifiedRecord> UnifiedTable<T> forModel(String model) {
        UnifiedTable<?> t = BY_MODEL.get(model);
        if (t == null) {
            throw new IllegalArgumentException("Unknown unified model: " + model);
        }
        return (UnifiedTable<T>) t;
    }

    /** All registered tables in registration order. */
    public static List<UnifiedTable<?>> all() {
        return List.copyOf(BY_MODEL.values());
    }
}
