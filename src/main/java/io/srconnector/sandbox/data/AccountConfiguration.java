package io.srconnector.sandbox.data;

import java.util.List;

/**
 * The tenant configuration served by the Configuration API (smartrecruiters-api.md §4.6, §4.7, §4.11):
 * hiring processes, rejection/withdrawal reasons, candidate/job/offer property definitions, sources and
 * departments. Immutable; the account swaps whole instances.
 */
public record AccountConfiguration(List<HiringProcess> hiringProcesses, List<IdLabel> rejectionReasons,
                                   List<IdLabel> withdrawalReasons,
                                   List<CandidatePropertyDefinition> candidateProperties,
                                   List<JobPropertyDefinition> jobProperties,
                                   List<OfferPropertyCategory> offerPropertyCategories,
                                   List<SourceType> sourceTypes, List<Department> departments) {

    public AccountConfiguration {
        hiringProcesses = List.copyOf(hiringProcesses);
        rejectionReasons = List.copyOf(rejectionReasons);
        withdrawalReasons = List.copyOf(withdrawalReasons);
        candidateProperties = List.copyOf(candidateProperties);
        jobProperties = List.copyOf(jobProperties);
        offerPropertyCategories = List.copyOf(offerPropertyCategories);
        sourceTypes = List.copyOf(sourceTypes);
        departments = List.copyOf(departments);
    }

    /** A configuration with nothing configured (SR's empty bodies). */
    public static AccountConfiguration empty() {
        return new AccountConfiguration(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Hiring process by id, or null. */
    public HiringProcess hiringProcess(String id) {
        return hiringProcesses.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    /** Candidate property definition by id, or null. */
    public CandidatePropertyDefinition candidateProperty(String id) {
        return candidateProperties.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    /** Job property definition by id, or null. */
    public JobPropertyDefinition jobProperty(String id) {
        return jobProperties.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    /** Source type by id, or null. */
    public SourceType sourceType(String id) {
        return sourceTypes.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    /** The source type holding a source value id, or null. */
    public SourceType sourceTypeOfValue(String valueId) {
        for (SourceType t : sourceTypes) {
            for (SourceType.Value v : t.values()) {
                if (v.id().equals(valueId)) {
                    return t;
                }
            }
        }
        return null;
    }
}
