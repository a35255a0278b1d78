package io.srconnector.sandbox.generate;

import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.RecordFactory;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.data.User;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates a realistic SmartRecruiters account deterministically from a seed: the same seed and sizes give
 * byte-identical API responses. Generated dates lie before a fixed instant
 * ({@code 2024-06-01T00:00:00Z}); the wall clock is never read here (only mutations use the account's clock).
 *
 * <p>Also the {@link RecordFactory} for adding generated records to an account later.
 */
public final class AccountGenerator implements RecordFactory {

    /** Company identifier used when none is configured. */
    public static final String DEFAULT_COMPANY = "AcmeSandbox";

    private final GenerationContext ctx;
    private final GeneratorSizes sizes;
    private final UserFactory userFactory;
    private final JobFactory jobFactory;
    private final CandidateFactory candidateFactory;
    private int nextUser;
    private int nextJob;
    private int nextCandidate;

    public AccountGenerator(long seed, GeneratorSizes sizes, String companyIdentifier) {
        this.ctx = new GenerationContext(seed, companyIdentifier);
        this.sizes = sizes;
        this.userFactory = new UserFactory(ctx);
        this.jobFactory = new JobFactory(ctx);
        this.candidateFactory = new CandidateFactory(ctx);
        this.nextUser = sizes.users();
        this.nextJob = sizes.jobs();
        this.nextCandidate = sizes.candidates();
    }

    /** Generates the account; {@code clock} only serves later mutations. */
    public SandboxAccount generate(Clock clock) {
        SandboxAccount account = new SandboxAccount(clock);
        account.write(() -> {
            account.company(ctx.company);
            account.configuration(ctx.configuration);
            ctx.users.addAll(userFactory.users(sizes.users()));
            ctx.users.forEach(account::putUser);
            List<Job> jobs = new ArrayList<>();
            for (int i = 0; i < sizes.jobs(); i++) {
                Job j = jobFactory.job(i, GenerationContext.BASE, false, account, jobs);
                jobs.add(j);
                account.putJob(j);
            }
            List<Job> eligible = eligible(jobs);
            Map<String, Job> byId = new HashMap<>();
            jobs.forEach(j -> byId.put(j.id, j));
            for (int i = 0; i < sizes.candidates(); i++) {
                CandidateFactory.Generated g = candidateFactory.candidate(i, GenerationContext.BASE, false, eligible);
                account.putCandidate(g.candidate());
                g.interviews().forEach(account::putInterview);
                CandidateFactory.updateJobActivity(g.candidate(), byId);
            }
        });
        account.recordFactory(this);
        return account;
    }

    private static List<Job> eligible(Iterable<Job> jobs) {
        List<Job> out = new ArrayList<>();
        for (Job j : jobs) {
            if (!Boolean.TRUE.equals(j.template) && !"CREATED".equals(j.status)) {
                out.add(j);
            }
        }
        return out;
    }

    private void refreshUsers(SandboxAccount account) {
        ctx.users.clear();
        ctx.users.addAll(account.users().values());
        if (ctx.users.isEmpty()) {
            throw new IllegalStateException("the account has no users to reference");
        }
    }

    @Override
    public synchronized Candidate newCandidate(SandboxAccount account, long nowMillis) {
        refreshUsers(account);
        List<Job> eligible = eligible(account.jobs().values());
        CandidateFactory.Generated g = candidateFactory.candidate(nextCandidate++, nowMillis, true, eligible);
        Candidate c = g.candidate();
        c.updatedOn = nowMillis;
        c.updatedOnExplicitNull = false;
        Map<String, Job> byId = new HashMap<>(account.jobs());
        CandidateFactory.updateJobActivity(c, byId);
        g.interviews().forEach(account::putInterview);
        return c;
    }

    @Override
    public synchronized Job newJob(SandboxAccount account, long nowMillis) {
        refreshUsers(account);
        Job j = jobFactory.job(nextJob++, nowMillis, true, account, List.of());
        j.updatedOn = nowMillis;
        j.lastActivityOn = nowMillis;
        return j;
    }

    @Override
    public synchronized User newUser(SandboxAccount account, long nowMillis) {
        refreshUsers(account);
        User u = userFactory.user(nextUser++, nowMillis, ctx.users);
        u.updatedOn = nowMillis;
        return u;
    }
}
