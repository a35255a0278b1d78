package io.srconnector.persistence;

import io.srconnector.model.Application;
import io.srconnector.model.ApplicationStage;
import io.srconnector.model.Candidate;
import io.srconnector.model.CandidateTag;
import io.srconnector.model.Interview;
import io.srconnector.model.InterviewUser;
import io.srconnector.model.Job;
import io.srconnector.model.JobPosting;
import io.srconnector.model.JobScreeningQuestion;
import io.srconnector.model.JobUser;
import io.srconnector.model.Offer;
import io.srconnector.model.RejectionReason;
import io.srconnector.model.ScreeningQuestion;
import io.srconnector.model.Tag;
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

    public static final UnifiedTable<RejectionReason> REJECTION_REASONS =
            UnifiedTable.of("ats_rejection_reasons", "rejection-reasons", RejectionReason.class);
    public static final UnifiedTable<Tag> TAGS = UnifiedTable.of("ats_tags", "tags", Tag.class);
    /** Join model: candidate has tag. */
    public static final UnifiedTable<CandidateTag> CANDIDATE_TAGS =
            UnifiedTable.of("ats_join_candidates_tags", "candidate-tags", CandidateTag.class);
    public static final UnifiedTable<JobPosting> JOB_POSTINGS =
            UnifiedTable.of("ats_job_postings", "job-postings", JobPosting.class);
    /** Join model: user on a job's hiring team (with roles). */
    public static final UnifiedTable<JobUser> HIRING_TEAM = UnifiedTable.of("ats_join_jobs_users", "hiring-team", JobUser.class);
    public static final UnifiedTable<ScreeningQuestion> SCREENING_QUESTIONS =
            UnifiedTable.of("ats_screening_questions", "screening-questions", ScreeningQuestion.class);
    /** Join model: job asks screening question (index, required, preconditions). */
    public static final UnifiedTable<JobScreeningQuestion> JOB_SCREENING_QUESTIONS =
            UnifiedTable.of("ats_join_jobs_screening_questions", "job-screening-questions", JobScreeningQuestion.class);
    public static final UnifiedTable<Interview> INTERVIEWS = UnifiedTable.of("ats_interviews", "interviews", Interview.class);
    /** Join model: user interviews in an interview. */
    public static final UnifiedTable<InterviewUser> INTERVIEW_USERS =
            UnifiedTable.of("ats_join_interviews_users", "interview-users", InterviewUser.class);
    public static final UnifiedTable<Offer> OFFERS = UnifiedTable.of("ats_offers", "offers", Offer.class);

    private static final Map<String, UnifiedTable<?>> BY_MODEL = new LinkedHashMap<>();

    static {
        for (UnifiedTable<?> t : List.of(USERS, JOBS, CANDIDATES, APPLICATIONS, APPLICATION_STAGES, REJECTION_REASONS,
                TAGS, CANDIDATE_TAGS, JOB_POSTINGS, HIRING_TEAM, SCREENING_QUESTIONS, JOB_SCREENING_QUESTIONS,
                INTERVIEWS, INTERVIEW_USERS, OFFERS)) {
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
