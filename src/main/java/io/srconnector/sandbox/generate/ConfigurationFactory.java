package io.srconnector.sandbox.generate;

import io.srconnector.sandbox.data.AccountConfiguration;
import io.srconnector.sandbox.data.CandidatePropertyDefinition;
import io.srconnector.sandbox.data.CandidatePropertyDefinition.Availability;
import io.srconnector.sandbox.data.Company;
import io.srconnector.sandbox.data.Department;
import io.srconnector.sandbox.data.HiringProcess;
import io.srconnector.sandbox.data.IdLabel;
import io.srconnector.sandbox.data.JobPropertyDefinition;
import io.srconnector.sandbox.data.OfferPropertyCategory;
import io.srconnector.sandbox.data.OfferPropertyCategory.Definition;
import io.srconnector.sandbox.data.SourceType;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates the tenant configuration: three hiring processes (one inactive) with sub-statuses for IN_REVIEW,
 * INTERVIEW and OFFERED, 8 rejection and 4 withdrawal reasons, candidate properties of every type (two
 * "language skill" properties for multi-valued data), job properties (one with 250 values for cursor paging),
 * offer properties, source types including an OTHER type, departments and the company.
 */
final class ConfigurationFactory {

    /** Hiring process ids by generator key. */
    static final String STANDARD = "standard";
    static final String EXECUTIVE = "executive";
    static final String INTERNSHIP = "internship";

    private final long seed;
    private final String companyIdentifier;

    ConfigurationFactory(long seed, String companyIdentifier) {
        this.seed = seed;
        this.companyIdentifier = companyIdentifier;
    }

    private String id(String kind, int i) {
        return Rng.of(seed, "config-id-" + kind, i).uuid();
    }

    Company company() {
        return new Company(companyIdentifier, "Acme Sandbox Inc.", Vocabulary.OFFICES.get(0).location(),
                "https://www.example.com", new IdLabel("computer_software", "Computer Software"),
                "https://www.example.com/logo.png");
    }

    /** Id of a hiring process by key. */
    String processId(String key) {
        return switch (key) {
            case EXECUTIVE -> id("process", 1);
            case INTERNSHIP -> id("process", 2);
            default -> id("process", 0);
        };
    }

    AccountConfiguration configuration() {
        return new AccountConfiguration(hiringProcesses(), reasons("rejection", List.of("Not enough experience",
                        "Position filled", "Salary expectations too high", "Failed technical assessment",
                        "No work permit", "Candidate unresponsive", "Better-qualified candidate selected", "Überqualifiziert")),
                reasons("withdrawal", List.of("Accepted another offer", "Compensation", "Relocation not possible",
                        "Personal reasons")),
                candidateProperties(), jobProperties(), offerProperties(), sources(), departments());
    }

    private List<HiringProcess> hiringProcesses() {
        return List.of(
                new HiringProcess(processId(STANDARD), "Standard hiring process", true, new HiringProcess.SubStatuses(
                        List.of("Phone screen", "Hiring manager review"),
                        List.of("Technical interview", "Onsite", "Final interview"),
                        List.of("Offer approval", "Offer sent"))),
                new HiringProcess(processId(EXECUTIVE), "Executive search", true, new HiringProcess.SubStatuses(
                        List.of("Shortlist", "Reference check"),
                        List.of("Panel interview", "Board interview"),
                        List.of("Contract negotiation"))),
                new HiringProcess(processId(INTERNSHIP), "Internship process", false, new HiringProcess.SubStatuses(
                        List.of(), List.of("Group assessment"), List.of())));
    }

    private List<IdLabel> reasons(String kind, List<String> labels) {
        List<IdLabel> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            out.add(new IdLabel(id(kind + "-reason", i), labels.get(i)));
        }
        return out;
    }

    private List<IdLabel> options(String kind, List<String> labels) {
        return reasons("option-" + kind, labels);
    }

    private List<CandidatePropertyDefinition> candidateProperties() {
        Availability profile = new Availability("ALL", List.of("PROFILE"), List.of());
        List<IdLabel> languages = options("language", List.of("English", "German", "French", "Spanish", "Polish",
                "Mandarin", "Arabic", "Norwegian"));
        List<CandidatePropertyDefinition> out = new ArrayList<>();
        out.add(new CandidatePropertyDefinition(id("cprop", 0), "Notice period", "SINGLE_SELECT",
                new Availability("ALL", List.of("PROFILE", "HIRE_FORM"), List.of()),
                options("notice", List.of("Immediately", "1 month", "3 months", "6 months"))));
        out.add(new CandidatePropertyDefinition(id("cprop", 1), "Expected salary", "CURRENCY",
                new Availability("FULL_ACCESS", List.of("OFFER_FORM"), List.of()), List.of()));
        out.add(new CandidatePropertyDefinition(id("cprop", 2), "Willing to relocate", "BOOLEAN", profile, List.of()));
        out.add(new CandidatePropertyDefinition(id("cprop", 3), "Years of experience", "NUMBER", profile, List.of()));
        out.add(new CandidatePropertyDefinition(id("cprop", 4), "Available from", "DATE",
                new Availability("ALL", List.of("PROFILE", "HIRE_FORM"), List.of()), List.of()));
        out.add(new CandidatePropertyDefinition(id("cprop", 5), "Country of residence", "COUNTRY", profile, List.of()));
        out.add(new CandidatePropertyDefinition(id("cprop", 6), "Bonus target", "PERCENT",
                new Availability("FULL_ACCESS", List.of("OFFER_FORM", "OFFER_APPROVAL_FORM"), List.of()), List.of()));
        out.add(new CandidatePropertyDefinition(id("cprop", 7), "Preferred region", "REGION", profile, List.of()));
        out.add(new CandidatePropertyDefinition(id("cprop", 8), "Referred by", "USER", profile, List.of()));
        out.add(new CandidatePropertyDefinition(id("cprop", 9), "Recruiter notes", "TEXT",
                new Availability("FULL_ACCESS", List.of("PROFILE"), List.of(new CandidatePropertyDefinition.OrgFieldFilter(
                        id("jprop", 1), new CandidatePropertyDefinition.FilterValues(true, List.of())))), List.of()));
        out.add(new CandidatePropertyDefinition(id("cprop", 10), "Language skill 1", "SINGLE_SELECT", profile, languages));
        out.add(new CandidatePropertyDefinition(id("cprop", 11), "Language skill 2", "SINGLE_SELECT", profile, languages));
        return out;
    }

    private List<JobPropertyDefinition> jobProperties() {
        List<JobPropertyDefinition> out = new ArrayList<>();
        out.add(jobProperty(0, "Cost center", "job", true, List.of("CC-100 Engineering", "CC-200 Sales",
                "CC-300 Marketing", "CC-400 G&A", "CC-500 Forschung & Entwicklung")));
        out.add(jobProperty(1, "Business unit", "organization", true, List.of("Product", "Go-to-market", "Corporate")));
        out.add(jobProperty(2, "Hiring reason", "job", false, List.of("New headcount", "Replacement",
                "Backfill (parental leave)")));
        out.add(new JobPropertyDefinition(id("jprop", 3), "Remote eligible", "job", true, true, false,
                List.of(new JobPropertyDefinition.Value("true", "Yes", false), new JobPropertyDefinition.Value("false", "No", false))));
        out.add(jobProperty(4, "Secondary cost center", "job", false, List.of("CC-100 Engineering", "CC-200 Sales",
                "CC-300 Marketing", "CC-400 G&A")));
        List<String> budget = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            budget.add(String.format("BUD-%04d", i));
        }
        out.add(jobProperty(5, "Budget code", "job", false, budget));
        return out;
    }

    private JobPropertyDefinition jobProperty(int i, String label, String category, boolean required, List<String> values) {
        List<JobPropertyDefinition.Value> v = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            v.add(new JobPropertyDefinition.Value(id("jprop-value-" + i, k), values.get(k), k == values.size() - 1 && values.size() > 3));
        }
        return new JobPropertyDefinition(id("jprop", i), label, category, true, true, required, v);
    }

    private List<OfferPropertyCategory> offerProperties() {
        return List.of(
                new OfferPropertyCategory("compensation", List.of(
                        new Definition("baseSalary", "Base salary", true, "CURRENCY"),
                        new Definition("bonusPercent", "Bonus (%)", false, "PERCENT"),
                        new Definition("signOnBonus", "Sign-on bonus", false, "NUMBER"))),
                new OfferPropertyCategory("contract", List.of(
                        new Definition("startDate", "Start date", true, "DATE"),
                        new Definition("contractType", "Contract type", true, "SELECT"),
                        new Definition("remoteWork", "Remote work allowed", false, "BOOLEAN"),
                        new Definition("workCountry", "Country of employment", false, "COUNTRY"),
                        new Definition("workRegion", "Region of employment", false, "REGION"),
                        new Definition("hiringManager", "Hiring manager", false, "USER"),
                        new Definition("contractTitle", "Title on contract", false, "TEXT"))));
    }

    private List<SourceType> sources() {
        return List.of(
                source(0, "JOB_BOARDS", "Job boards", List.of("PAID", "FREE"), List.of(
                        "LinkedIn Jobs|PAID", "Indeed|FREE", "StepStone|PAID", "Glassdoor|FREE", "Welcome to the Jungle|FREE",
                        "Pracuj.pl|PAID")),
                source(1, "SOCIAL_MEDIA", "Social media", List.of("ORGANIC"), List.of("LinkedIn|ORGANIC", "Facebook|ORGANIC",
                        "X (Twitter)|ORGANIC", "XING|ORGANIC")),
                source(2, "REFERRALS", "Referrals", List.of("EMPLOYEE", "ALUMNI"), List.of("Employee referral|EMPLOYEE",
                        "Alumni referral|ALUMNI")),
                source(3, "CAREER_SITE", "Career site", List.of("DIRECT"), List.of("Company career site|DIRECT")),
                source(4, "AGENCIES", "Agencies", List.of("CONTINGENT"), List.of("Hays|CONTINGENT", "Michael Page|CONTINGENT",
                        "Randstad|CONTINGENT")),
                source(5, "OTHER", "Other", List.of("OTHER"), List.of("API|OTHER", "Other|OTHER", "Job fair|OTHER",
                        "Café Müller meetup|OTHER")));
    }

    private SourceType source(int i, String id, String label, List<String> subtypes, List<String> values) {
        List<SourceType.Value> v = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            String[] parts = values.get(k).split("\\|");
            v.add(new SourceType.Value(id("source-" + i, k), parts[0], parts[1]));
        }
        return new SourceType(id, label, subtypes.stream().map(SourceType.SubType::new).toList(), v);
    }

    private List<Department> departments() {
        List<Department> out = new ArrayList<>();
        for (int i = 0; i < Vocabulary.DEPARTMENTS.size(); i++) {
            String[] d = Vocabulary.DEPARTMENTS.get(i);
            out.add(new Department(id("department", i), d[0], d[1]));
        }
        return out;
    }
}
