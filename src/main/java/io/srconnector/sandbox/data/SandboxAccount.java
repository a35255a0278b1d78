package io.srconnector.sandbox.data;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * In-memory SmartRecruiters account: company, configuration, users, jobs (with job ads), candidates (with
 * applications), interviews, Posting API postings and Application API configurations, plus lookup indexes.
 *
 * <p>Thread safety: one read/write lock guards everything. Handlers render inside {@link #read(Supplier)};
 * mutations run inside {@link #write(Supplier)}. The accessors below do not lock by themselves and must be
 * called inside one of those. Records are kept as compact objects and rendered per request.
 */
public final class SandboxAccount {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();
    private final Clock clock;

    private Company company;
    private AccountConfiguration configuration = AccountConfiguration.empty();
    private final TreeMap<String, User> users = new TreeMap<>();
    private final TreeMap<String, Job> jobs = new TreeMap<>();
    private final TreeMap<String, Candidate> candidates = new TreeMap<>();
    private final Map<String, Application> applicationsById = new HashMap<>();
    private final Map<String, Attachment> attachmentsById = new HashMap<>();
    private final TreeMap<String, Interview> interviews = new TreeMap<>();
    private final Map<String, List<Interview>> interviewsByApplicationKey = new HashMap<>();
    private final TreeMap<String, Posting> postings = new TreeMap<>();
    private final Map<String, Posting> postingsByUuid = new HashMap<>();
    private final Map<String, ApplyConfiguration> applyConfigurations = new HashMap<>();
    private RecordFactory recordFactory;
    private boolean applicationChangesTouchCandidate = true;
    private long revision;

    /** Empty account whose mutations take "now" from {@code clock} (the only use of the wall clock). */
    public SandboxAccount(Clock clock) {
        this.clock = clock;
        this.company = new Company("SandboxCompany", "Sandbox Company", null, null, null, null);
    }

    // ---- locking ----

    /** Runs {@code action} under the read lock. */
    public <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs {@code action} under the write lock; every write moves {@link #version()}. */
    public <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            version.incrementAndGet();
            lock.writeLock().unlock();
        }
    }

    /** Counter moved by every write; lets readers cache derived values such as list totals. */
    public long version() {
        return version.get();
    }

    /** Runs {@code action} under the write lock. */
    public void write(Runnable action) {
        write(() -> {
            action.run();
            return null;
        });
    }

    /** Clock for "now" in mutations. */
    public Clock clock() {
        return clock;
    }

    /** Mutation API (touch, delete, add) of this account. */
    public AccountMutations mutations() {
        return new AccountMutations(this, recordFactory);
    }

    /** Sets the factory used by {@link AccountMutations} to add generated records. */
    public void recordFactory(RecordFactory factory) {
        this.recordFactory = factory;
    }

    /**
     * Whether application changes made through the mutation API also move the candidate's {@code updatedOn}.
     * SR does not document it (smartrecruiters-api.md §9.3); default true.
     */
    public boolean applicationChangesTouchCandidate() {
        return applicationChangesTouchCandidate;
    }

    /** Sets {@link #applicationChangesTouchCandidate()}. */
    public void applicationChangesTouchCandidate(boolean on) {
        this.applicationChangesTouchCandidate = on;
    }

    /** Next mutation revision number (1, 2, …); call under the write lock. */
    long nextRevision() {
        return ++revision;
    }

    // ---- company and configuration ----

    /** Company behind {@code GET /configuration/company} and the Posting API path. */
    public Company company() {
        return company;
    }

    /** Replaces the company. */
    public void company(Company c) {
        this.company = c;
    }

    /** Tenant configuration served by the Configuration API. */
    public AccountConfiguration configuration() {
        return configuration;
    }

    /** Replaces the configuration. */
    public void configuration(AccountConfiguration c) {
        this.configuration = c;
    }

    // ---- users ----

    /** Users by id (read-only view, id order). */
    public NavigableMap<String, User> users() {
        return Collections.unmodifiableNavigableMap(users);
    }

    /** User by id, or null. */
    public User user(String id) {
        return users.get(id);
    }

    /** Adds or replaces a user. */
    public void putUser(User u) {
        users.put(u.id, u);
    }

    /** Removes a user; returns it or null. */
    public User removeUser(String id) {
        return users.remove(id);
    }

    // ---- jobs ----

    /** Jobs by id (read-only view, id order). */
    public NavigableMap<String, Job> jobs() {
        return Collections.unmodifiableNavigableMap(jobs);
    }

    /** Job by id, or null. */
    public Job job(String id) {
        return jobs.get(id);
    }

    /** Adds or replaces a job (its Posting API postings are put separately). */
    public void putJob(Job j) {
        jobs.put(j.id, j);
    }

    /** Removes a job; returns it or null. */
    public Job removeJob(String id) {
        return jobs.remove(id);
    }

    // ---- candidates and applications ----

    /** Candidates by id (read-only view, id order). */
    public NavigableMap<String, Candidate> candidates() {
        return Collections.unmodifiableNavigableMap(candidates);
    }

    /** Candidate by id, or null. */
    public Candidate candidate(String id) {
        return candidates.get(id);
    }

    /** Adds or replaces a candidate and indexes its applications and attachments. */
    public void putCandidate(Candidate c) {
        Candidate old = candidates.put(c.id, c);
        if (old != null && old != c) {
            unindex(old);
        }
        reindex(c);
    }

    /** Removes a candidate and its index entries. */
    public Candidate removeCandidate(String id) {
        Candidate old = candidates.remove(id);
        if (old != null) {
            unindex(old);
        }
        return old;
    }

    /**
     * Indexes a candidate's current applications and attachments after they changed in place. Entries of
     * applications removed in place must be dropped with {@link #unindex(Application)}.
     */
    public void reindex(Candidate c) {
        for (Application a : c.applications) {
            applicationsById.put(a.applicationId, a);
            for (Attachment att : a.attachments) {
                attachmentsById.put(att.id(), att);
            }
        }
    }

    private void unindex(Candidate c) {
        for (Application a : c.applications) {
            applicationsById.remove(a.applicationId, a);
            for (Attachment att : a.attachments) {
                attachmentsById.remove(att.id(), att);
            }
        }
    }

    /** Forgets index entries of an application that was removed from its candidate. */
    public void unindex(Application a) {
        applicationsById.remove(a.applicationId, a);
        for (Attachment att : a.attachments) {
            attachmentsById.remove(att.id(), att);
        }
    }

    /** Application by its {@code applicationId}, or null. */
    public Application applicationById(String applicationId) {
        return applicationsById.get(applicationId);
    }

    /** Attachment by id, or null. */
    public Attachment attachment(String id) {
        return attachmentsById.get(id);
    }

    // ---- interviews ----

    /** Interviews by id (read-only view). */
    public NavigableMap<String, Interview> interviews() {
        return Collections.unmodifiableNavigableMap(interviews);
    }

    /** Interview by id, or null. */
    public Interview interview(String id) {
        return interviews.get(id);
    }

    /** Adds or replaces an interview (linked to the application of its candidate and job). */
    public void putInterview(Interview i) {
        removeInterview(i.id());
        interviews.put(i.id(), i);
        interviewsByApplicationKey.computeIfAbsent(key(i.candidate().id(), i.jobId()), k -> new ArrayList<>()).add(i);
    }

    /** Removes an interview; returns it or null. */
    public Interview removeInterview(String id) {
        Interview old = interviews.remove(id);
        if (old != null) {
            List<Interview> l = interviewsByApplicationKey.get(key(old.candidate().id(), old.jobId()));
            if (l != null) {
                l.remove(old);
            }
        }
        return old;
    }

    /** Interviews of the application of a candidate on a job, ordered by {@code createdOn}, then id. */
    public List<Interview> interviewsOf(String candidateId, String jobId) {
        List<Interview> l = new ArrayList<>(interviewsByApplicationKey.getOrDefault(key(candidateId, jobId), List.of()));
        l.sort(java.util.Comparator.comparing((Interview i) -> i.createdOn() == null ? java.time.Instant.EPOCH : i.createdOn())
                .thenComparing(Interview::id));
        return l;
    }

    private static String key(String candidateId, String jobId) {
        return candidateId + "|" + jobId;
    }

    // ---- postings (Posting API) and apply configurations ----

    /** Posting API postings by id (read-only view). */
    public NavigableMap<String, Posting> postings() {
        return Collections.unmodifiableNavigableMap(postings);
    }

    /** Posting by id or uuid, or null. */
    public Posting posting(String idOrUuid) {
        Posting p = postings.get(idOrUuid);
        return p != null ? p : postingsByUuid.get(idOrUuid);
    }

    /** Adds or replaces a Posting API posting. */
    public void putPosting(Posting p) {
        removePosting(p.id());
        postings.put(p.id(), p);
        postingsByUuid.put(p.uuid(), p);
    }

    /** Removes a posting by id; returns it or null. */
    public Posting removePosting(String id) {
        Posting old = postings.remove(id);
        if (old != null) {
            postingsByUuid.remove(old.uuid());
        }
        return old;
    }

    /** Application API configuration for a posting uuid, or null. */
    public ApplyConfiguration applyConfiguration(String postingUuid) {
        return applyConfigurations.get(postingUuid);
    }

    /** Sets the Application API configuration of a posting uuid. */
    public void putApplyConfiguration(String postingUuid, ApplyConfiguration c) {
        applyConfigurations.put(postingUuid, c);
    }

    /** Every posting uuid with an Application API configuration. */
    public List<String> applyConfigurationUuids() {
        return applyConfigurations.keySet().stream().sorted().toList();
    }

    // ---- summary ----

    /** Record counts, e.g. for {@code /_sandbox/health}. */
    public Map<String, Integer> counts() {
        Map<String, Integer> m = new TreeMap<>();
        m.put("users", users.size());
        m.put("jobs", jobs.size());
        m.put("candidates", candidates.size());
        m.put("applications", applicationsById.size());
        m.put("interviews", interviews.size());
        m.put("postings", postings.size());
        m.put("attachments", attachmentsById.size());
        return m;
    }
}
