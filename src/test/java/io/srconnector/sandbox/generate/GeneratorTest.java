package io.srconnector.sandbox.generate;

import io.srconnector.sandbox.SandboxClock;
import io.srconnector.sandbox.data.AccountConfiguration;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.ApplyConfiguration;
import io.srconnector.sandbox.data.Attachment;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.CandidatePropertyDefinition;
import io.srconnector.sandbox.data.HiringProcess;
import io.srconnector.sandbox.data.HiringTeamMember;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.JobAd;
import io.srconnector.sandbox.data.Offer;
import io.srconnector.sandbox.data.Posting;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.data.StatusChange;
import io.srconnector.sandbox.data.User;
import io.srconnector.sandbox.files.AccountDumper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Determinism and realism of the generated default account. */
class GeneratorTest {

    private static SandboxAccount account;
    private static List<Candidate> candidates;
    private static List<Application> applications;
    private static List<Job> jobs;
    private static List<User> users;
    private static AccountConfiguration cfg;

    @BeforeAll
    static void generate() {
        account = new AccountGenerator(42, GeneratorSizes.defaults(), "AcmeSandbox").generate(SandboxClock.system());
        candidates = new ArrayList<>(account.candidates().values());
        applications = candidates.stream().flatMap(c -> c.applications.stream()).toList();
        jobs = new ArrayList<>(account.jobs().values());
        users = new ArrayList<>(account.users().values());
        cfg = account.configuration();
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @Test
    void sameSeedAndSizesGiveByteIdenticalResponsesWhateverTheClock(@TempDir Path a, @TempDir Path b, @TempDir Path c) throws IOException {
        GeneratorSizes sizes = new GeneratorSizes(12, 15, 80);
        AccountDumper.dump(new AccountGenerator(7, sizes, "AcmeSandbox").generate(SandboxClock.fixed(Instant.parse("2030-01-01T00:00:00Z"))), a);
        AccountDumper.dump(new AccountGenerator(7, sizes, "AcmeSandbox").generate(SandboxClock.system()), b);
        AccountDumper.dump(new AccountGenerator(8, sizes, "AcmeSandbox").generate(SandboxClock.system()), c);
        Map<String, byte[]> first = files(a);
        Map<String, byte[]> second = files(b);
        assertThat(first.keySet()).isEqualTo(second.keySet()).hasSizeGreaterThan(500);
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
        assertThat(files(c).keySet()).as("another seed gives another account").isNotEqualTo(first.keySet());
    }

    @Test
    void candidateIsIndependentOfTheNumberOfCandidates() {
        SandboxAccount small = new AccountGenerator(42, GeneratorSizes.defaults().withCandidates(20), "AcmeSandbox").generate(SandboxClock.system());
        Set<String> smallIds = small.candidates().keySet();
        assertThat(account.candidates().keySet()).containsAll(smallIds);
    }

    @Test
    void defaultSizes() {
        assertThat(users).hasSize(25);
        assertThat(jobs).hasSize(50);
        assertThat(candidates).hasSize(500);
        assertThat(applications.size()).isBetween(700, 800);
        assertThat(candidates).allSatisfy(c -> assertThat(c.applications.size()).isBetween(0, 3));
        assertThat(candidates.stream().filter(c -> !c.hasApplications()).count()).isBetween(3L, 20L);
        assertThat(cfg.hiringProcesses()).hasSizeBetween(2, 3);
        assertThat(cfg.rejectionReasons()).hasSize(8);
        assertThat(cfg.withdrawalReasons()).hasSize(4);
    }

    @Test
    void everyStatusVocabularyIsCovered() {
        assertThat(applications.stream().map(a -> a.status).collect(Collectors.toSet())).containsExactlyInAnyOrder(
                "LEAD", "NEW", "IN_REVIEW", "INTERVIEW", "OFFERED", "HIRED", "REJECTED", "WITHDRAWN", "TRANSFERRED");
        assertThat(jobs.stream().map(j -> j.status).collect(Collectors.toSet())).containsExactlyInAnyOrder(
                "CREATED", "SOURCING", "FILLED", "INTERVIEW", "OFFER", "CANCELLED", "ON_HOLD");
        assertThat(jobs.stream().map(j -> j.postingStatus).collect(Collectors.toSet())).containsExactlyInAnyOrder(
                "PUBLIC", "INTERNAL", "NOT_PUBLISHED", "PRIVATE");
        assertThat(applications.stream().flatMap(a -> a.offers.stream()).map(Offer::status).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("CREATED", "PENDING_APPROVAL", "APPROVED", "NOT_APPROVED", "PENDING_ACCEPTANCE",
                        "ACCEPTED", "NOT_ACCEPTED", "ABANDONED");
        assertThat(jobs.stream().flatMap(j -> j.hiringTeam.stream()).map(HiringTeamMember::role).collect(Collectors.toSet()))
                .contains("HIRING_MANAGER", "INTERVIEW_TEAM", "RECRUITER", "EXECUTIVE", "COORDINATOR", JobFactory.CUSTOM_ROLE);
        assertThat(cfg.candidateProperties().stream().map(CandidatePropertyDefinition::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("TEXT", "SINGLE_SELECT", "BOOLEAN", "NUMBER", "DATE", "CURRENCY", "COUNTRY", "PERCENT", "REGION", "USER");
        assertThat(applications.stream().flatMap(a -> a.properties.stream()).map(p -> p.type()).collect(Collectors.toSet()))
                .hasSize(10);
        assertThat(account.applyConfigurationUuids().stream().map(account::applyConfiguration)
                .flatMap(c -> c.questions().stream()).flatMap(q -> q.fields().stream()).map(ApplyConfiguration.QuestionField::type)
                .collect(Collectors.toSet())).containsExactlyInAnyOrder("INPUT_TEXT", "SINGLE_SELECT", "MULTI_SELECT", "RADIO",
                "CHECKBOX", "TEXTAREA", "INFORMATION");
        assertThat(account.applyConfigurationUuids().stream().map(account::applyConfiguration)
                .anyMatch(c -> !c.settings().conditionals().isEmpty())).isTrue();
        assertThat(applications.stream().flatMap(a -> a.attachments.stream()).map(Attachment::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("RESUME", "COVER_LETTER", "GENERIC_FILE");
        assertThat(cfg.sourceTypes()).anyMatch(t -> t.id().equals("OTHER") && t.values().stream().anyMatch(v -> v.subTypeId().equals("OTHER")));
    }

    @Test
    void historiesAreConsistentWithCurrentStatus() {
        for (Application a : applications) {
            assertThat(a.history).isNotEmpty();
            StatusChange last = a.history.get(a.history.size() - 1);
            assertThat(last.status()).isEqualTo(a.status);
            assertThat(last.subStatus()).isEqualTo(a.subStatus);
            assertThat(a.history).isSortedAccordingTo((x, y) -> Long.compare(x.changedOn(), y.changedOn()));
            assertThat(a.history.get(0).changedOn()).isEqualTo(a.createDate);
            Job job = account.job(a.jobId);
            HiringProcess p = cfg.hiringProcess(job.hiringProcessId);
            for (StatusChange s : a.history) {
                if (s.subStatus() != null) {
                    assertThat(p.subStatuses().of(s.status())).contains(s.subStatus());
                }
            }
            assertThat(a.reasonOfRejection == null || a.status.equals("REJECTED")).isTrue();
            assertThat(a.reasonOfWithdrawal == null || a.status.equals("WITHDRAWN")).isTrue();
            if (a.status.equals("HIRED")) {
                assertThat(a.offers).anyMatch(o -> o.status().equals("ACCEPTED"));
            }
        }
        assertThat(applications).anyMatch(a -> a.reasonOfRejection != null).anyMatch(a -> a.reasonOfWithdrawal != null);
        for (Job j : jobs) {
            assertThat(j.statusHistory.get(j.statusHistory.size() - 1).status()).isEqualTo(j.status);
            assertThat(j.statusHistory).isSortedAccordingTo((x, y) -> Long.compare(x.changedOn(), y.changedOn()));
            assertThat(j.lastActivityOn).isGreaterThanOrEqualTo(j.updatedOn);
        }
    }

    @Test
    void peopleDataIsInternationalAndIncomplete() {
        Set<String> names = candidates.stream().map(c -> c.firstName + " " + c.lastName).collect(Collectors.toSet());
        assertThat(String.join("|", names)).contains("José", "Zoë", "Müller", "Łukasz", "Øyvind", "雷 李", "Αλέξανδρος", "أحمد");
        assertThat(candidates).anyMatch(c -> c.phoneNumber == null).anyMatch(c -> c.location == null)
                .anyMatch(c -> c.web == null).anyMatch(c -> c.experience.isEmpty()).anyMatch(c -> c.education.isEmpty())
                .anyMatch(c -> c.tags.isEmpty()).anyMatch(c -> c.tags.size() >= 10)
                .anyMatch(c -> c.tags.stream().anyMatch(t -> !t.matches("\\p{ASCII}*")))
                .anyMatch(c -> c.internal);
        Set<Long> updated = candidates.stream().filter(c -> c.updatedOn != null).map(c -> c.updatedOn / 86_400_000L).collect(Collectors.toSet());
        assertThat(updated).as("updatedOn spread over many days").hasSizeGreaterThan(100);
        assertThat(candidates).anyMatch(c -> c.updatedOn == null && c.updatedOnExplicitNull)
                .anyMatch(c -> c.updatedOn == null && !c.updatedOnExplicitNull);
        assertThat(users).anyMatch(u -> !u.active).anyMatch(u -> u.email == null)
                .anyMatch(u -> u.email != null && u.email.endsWith(".invalid"))
                .anyMatch(u -> u.email != null && !u.email.contains("@"));
        assertThat(users.stream().map(u -> u.systemRoleId).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("ADMINISTRATOR", "STANDARD", "EXTENDED", "RESTRICTED", "EMPLOYEE");
        assertThat(applications.stream().flatMap(a -> a.attachments.stream()).map(Attachment::name))
                .anyMatch(n -> !n.matches("\\p{ASCII}*"));
    }

    @Test
    void offerOnTheNonPrimaryJobExists() {
        assertThat(candidates).anyMatch(c -> c.applications.size() > 1 && c.applications.get(0).offers.isEmpty()
                && c.applications.subList(1, c.applications.size()).stream().anyMatch(a -> !a.offers.isEmpty()));
    }

    @Test
    void jobsHaveSeveralPostingsAdsAndSharedReferenceNumbers() {
        Map<String, List<Posting>> byJob = account.postings().values().stream().collect(Collectors.groupingBy(Posting::jobId));
        assertThat(byJob.values()).anyMatch(p -> p.size() > 1
                && p.stream().map(x -> x.language().code()).distinct().count() > 1);
        Map<String, Set<String>> jobsByRef = new TreeMap<>();
        account.postings().values().forEach(p -> jobsByRef.computeIfAbsent(p.refNumber(), k -> new HashSet<>()).add(p.jobId()));
        assertThat(jobsByRef.values()).as("one refNumber on two different jobs (FC-02)").anyMatch(s -> s.size() > 1);
        List<JobAd> ads = jobs.stream().flatMap(j -> j.jobAds.stream()).toList();
        assertThat(ads).anyMatch(ad -> "PUBLISHED".equals(ad.postingStatus))
                .anyMatch(ad -> "NOT_PUBLISHED".equals(ad.postingStatus) && !ad.publications.isEmpty())
                .anyMatch(ad -> "NOT_PUBLISHED".equals(ad.postingStatus) && ad.publications.isEmpty());
        assertThat(jobs).allSatisfy(j -> assertThat(j.jobAds).hasSizeBetween(1, 3))
                .anyMatch(j -> Boolean.TRUE.equals(j.template));
        assertThat(jobs.stream().flatMap(j -> j.properties.stream()).map(p -> p.id()).distinct().count())
                .isEqualTo(cfg.jobProperties().size());
        Collection<String> interviewedApps = account.interviews().values().stream().map(i -> i.candidate().id() + i.jobId()).toList();
        assertThat(interviewedApps).isNotEmpty();
        assertThat(account.interviews().values()).allSatisfy(i -> assertThat(i.timeslots()).hasSizeBetween(1, 3))
                .anyMatch(i -> i.timeslots().size() == 3);
    }
}
