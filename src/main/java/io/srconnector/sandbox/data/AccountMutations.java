package io.srconnector.sandbox.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Changes an account the way activity in SmartRecruiters would, for delta-sync tests: touch a share of the
 * records of a model (change a field, move {@code updatedOn} to the account clock's "now"), delete records
 * (with SR-like cascades), add records. Selection is deterministic for a given sequence of mutations.
 * Also exposed as {@code POST /_sandbox/...} endpoints.
 */
public final class AccountMutations {

    /** Record kinds the mutation API works on. */
    public enum Model {
        CANDIDATES, JOBS, USERS, APPLICATIONS, JOB_ADS;

        /** Parses {@code candidates}, {@code job-ads}, {@code JOB_ADS}, … */
        public static Model parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    private static final List<String> PIPELINE = List.of("LEAD", "NEW", "IN_REVIEW", "INTERVIEW", "OFFERED", "HIRED");

    private final SandboxAccount account;
    private final RecordFactory factory;

    AccountMutations(SandboxAccount account, RecordFactory factory) {
        this.account = account;
        this.factory = factory;
    }

    /**
     * Touches {@code ceil(fraction × n)} records of a model: candidates get a new phone number, jobs a new title
     * revision, users new {@code externalData}, job ads a new {@code updatedOn}; applications (only those not in
     * a final status) move one step along LEAD→NEW→IN_REVIEW→INTERVIEW→OFFERED→HIRED with a status-history entry.
     * Every touched record's {@code updatedOn} (or the candidate's, for applications, when
     * {@link SandboxAccount#applicationChangesTouchCandidate()}) becomes the clock's now.
     *
     * @return ids of the touched records (application ids for applications, job-ad ids for job ads)
     */
    public List<String> touch(Model model, double fraction) {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction must be within 0..1");
        }
        return account.write(() -> {
            long rev = account.nextRevision();
            long now = account.clock().millis();
            List<Object> eligible = eligible(model);
            int count = (int) Math.ceil(fraction * eligible.size());
            List<Object> chosen = choose(eligible, count, rev);
            List<String> ids = new ArrayList<>();
            for (Object o : chosen) {
                ids.add(touchOne(o, now, rev));
            }
            return ids;
        });
    }

    /** Touches one candidate by id (as {@link #touch}); false if unknown. */
    public boolean touchCandidate(String candidateId) {
        return account.write(() -> {
            Candidate c = account.candidate(candidateId);
            if (c != null) {
                touchOne(c, account.clock().millis(), account.nextRevision());
            }
            return c != null;
        });
    }

    private List<Object> eligible(Model model) {
        List<Object> out = new ArrayList<>();
        switch (model) {
            case CANDIDATES -> out.addAll(account.candidates().values());
            case JOBS -> out.addAll(account.jobs().values());
            case USERS -> out.addAll(account.users().values());
            case JOB_ADS -> account.jobs().values().forEach(j -> out.addAll(j.jobAds));
            case APPLICATIONS -> account.candidates().values().forEach(c -> c.applications.stream()
                    .filter(a -> PIPELINE.indexOf(a.status) >= 0 && !"HIRED".equals(a.status)).forEach(out::add));
        }
        return out;
    }

    private static List<Object> choose(List<Object> all, int count, long rev) {
        List<Object> copy = new ArrayList<>(all);
        Collections.shuffle(copy, new java.util.Random(new SplittableRandom(rev * 7919L).nextLong()));
        return copy.subList(0, Math.min(count, copy.size()));
    }

    private String touchOne(Object o, long now, long rev) {
        if (o instanceof Candidate c) {
            c.phoneNumber = String.format(Locale.ROOT, "+1 206 555 %04d", rev % 10000);
            c.updatedOn = now;
            return c.id;
        }
        if (o instanceof Job j) {
            String base = j.title.replaceAll(" \\(rev \\d+\\)$", "");
            j.title = base + " (rev " + rev + ")";
            j.updatedOn = now;
            j.lastActivityOn = now;
            return j.id;
        }
        if (o instanceof User u) {
            u.externalData = "rev-" + rev;
            u.updatedOn = now;
            return u.id;
        }
        if (o instanceof JobAd ad) {
            ad.updatedOn = now;
            Job j = account.job(ad.jobId);
            if (j != null) {
                j.lastActivityOn = now;
            }
            return ad.id;
        }
        Application a = (Application) o;
        String next = PIPELINE.get(PIPELINE.indexOf(a.status) + 1);
        a.status = next;
        a.subStatus = firstSubStatus(a.jobId, next);
        a.reasonOfRejection = null;
        a.reasonOfWithdrawal = null;
        if ("HIRED".equals(next) || "OFFERED".equals(next)) {
            a.startsOn = now + 30L * 24 * 3600 * 1000;
        }
        List<StatusChange> h = new ArrayList<>(a.history);
        h.add(new StatusChange(now, next, a.subStatus));
        a.history = List.copyOf(h);
        Job j = account.job(a.jobId);
        if (j != null) {
            j.lastActivityOn = now;
        }
        if (account.applicationChangesTouchCandidate()) {
            Candidate c = account.candidate(a.candidateId);
            if (c != null) {
                c.updatedOn = now;
            }
        }
        return a.applicationId;
    }

    private String firstSubStatus(String jobId, String status) {
        Job j = account.job(jobId);
        AccountConfiguration cfg = account.configuration();
        HiringProcess p = j == null || j.hiringProcessId == null ? null : cfg.hiringProcess(j.hiringProcessId);
        if (p == null && !cfg.hiringProcesses().isEmpty()) {
            p = cfg.hiringProcesses().get(0);
        }
        List<String> subs = p == null || p.subStatuses() == null ? List.of() : p.subStatuses().of(status);
        return subs.isEmpty() ? null : subs.get(0);
    }

    // ---- deletes ----

    /** Deletes a candidate with its applications and interviews; false if unknown. */
    public boolean deleteCandidate(String candidateId) {
        return account.write(() -> {
            Candidate c = account.removeCandidate(candidateId);
            if (c == null) {
                return false;
            }
            c.applications.forEach(a -> account.interviewsOf(a.candidateId, a.jobId).forEach(i -> account.removeInterview(i.id())));
            return true;
        });
    }

    /**
     * Deletes a job: its applications disappear from their candidates (who may become talent-pool candidates),
     * with their interviews; its postings and application configurations go too. False if unknown.
     */
    public boolean deleteJob(String jobId) {
        return account.write(() -> {
            Job j = account.removeJob(jobId);
            if (j == null) {
                return false;
            }
            for (Candidate c : account.candidates().values()) {
                Application a = c.application(jobId);
                if (a != null) {
                    removeApplication(c, a);
                }
            }
            for (Posting p : List.copyOf(account.postings().values())) {
                if (jobId.equals(p.jobId())) {
                    account.removePosting(p.id());
                }
            }
            return true;
        });
    }

    /** Deletes a user (references to it in hiring teams and interviews stay, as dangling ids). */
    public boolean deleteUser(String userId) {
        return account.write(() -> account.removeUser(userId) != null);
    }

    /** Deletes the application of a candidate on a job (S2 {@code DELETE /candidates/{id}/jobs/{jobId}}). */
    public boolean deleteApplication(String candidateId, String jobId) {
        return account.write(() -> {
            Candidate c = account.candidate(candidateId);
            Application a = c == null ? null : c.application(jobId);
            if (a == null) {
                return false;
            }
            removeApplication(c, a);
            if (account.applicationChangesTouchCandidate()) {
                c.updatedOn = account.clock().millis();
            }
            return true;
        });
    }

    private void removeApplication(Candidate c, Application a) {
        c.applications.remove(a);
        account.unindex(a);
        account.interviewsOf(a.candidateId, a.jobId).forEach(i -> account.removeInterview(i.id()));
    }

    /** Deletes a job ad and its Posting API postings; another ad becomes the default. */
    public boolean deleteJobAd(String jobId, String jobAdId) {
        return account.write(() -> {
            Job j = account.job(jobId);
            JobAd ad = j == null ? null : j.jobAd(jobAdId);
            if (ad == null) {
                return false;
            }
            j.jobAds.remove(ad);
            if (ad.isDefault && !j.jobAds.isEmpty()) {
                j.jobAds.get(0).isDefault = true;
            }
            for (Posting p : List.copyOf(account.postings().values())) {
                if (jobAdId.equals(p.jobAdId())) {
                    account.removePosting(p.id());
                }
            }
            j.lastActivityOn = account.clock().millis();
            return true;
        });
    }

    // ---- adds ----

    /** Adds (or replaces) a candidate. */
    public void addCandidate(Candidate c) {
        account.write(() -> account.putCandidate(c));
    }

    /** Adds (or replaces) a job. */
    public void addJob(Job j) {
        account.write(() -> account.putJob(j));
    }

    /** Adds (or replaces) a user. */
    public void addUser(User u) {
        account.write(() -> account.putUser(u));
    }

    /** Adds {@code count} generated candidates, jobs or users created "now"; returns their ids. */
    public List<String> addGenerated(Model model, int count) {
        if (factory == null) {
            throw new IllegalStateException("this account has no record factory");
        }
        return account.write(() -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long now = account.clock().millis();
                switch (model) {
                    case CANDIDATES -> {
                        Candidate c = factory.newCandidate(account, now);
                        account.putCandidate(c);
                        ids.add(c.id);
                    }
                    case JOBS -> {
                        Job j = factory.newJob(account, now);
                        account.putJob(j);
                        ids.add(j.id);
                    }
                    case USERS -> {
                        User u = factory.newUser(account, now);
                        account.putUser(u);
                        ids.add(u.id);
                    }
                    default -> throw new IllegalArgumentException("cannot add generated " + model);
                }
            }
            return ids;
        });
    }
}
