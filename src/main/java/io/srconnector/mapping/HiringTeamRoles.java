package io.srconnector.mapping;

import io.srconnector.model.JobRole;

import java.util.Locale;

/**
 * SmartRecruiters hiring-team roles ({@code GET /jobs/{jobId}/hiring-team} → {@code role}: HIRING_MANAGER,
 * INTERVIEW_TEAM, RECRUITER, EXECUTIVE, COORDINATOR, or a custom role string) → Kombo's job-role types
 * (SDK {@code hiring_team_roles}: RECRUITER, HIRING_MANAGER, COORDINATOR, SOURCER, INTERVIEWER; field-mapping §14):
 * RECRUITER, HIRING_MANAGER and COORDINATOR map by name, INTERVIEW_TEAM → INTERVIEWER, a custom role naming a sourcer
 * (e.g. "Talent sourcer") → SOURCER; EXECUTIVE and other custom roles have no unified type (null) but stay listed in
 * {@code job_roles} with their SmartRecruiters name.
 */
public final class HiringTeamRoles {
    private HiringTeamRoles() {
    }

    /** The unified type of a SmartRecruiters role, or null. */
    public static String unifiedType(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        String r = role.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (r) {
            case "RECRUITER" -> "RECRUITER";
            case "HIRING_MANAGER" -> "HIRING_MANAGER";
            case "COORDINATOR" -> "COORDINATOR";
            case "INTERVIEW_TEAM", "INTERVIEWER" -> "INTERVIEWER";
            default -> r.contains("SOURCER") ? "SOURCER" : null;
        };
    }

    /**
     * The role as Kombo's {@code job_roles[]} entry: remote id = the SmartRecruiters role, label = its words
     * ({@code INTERVIEW_TEAM} → "Interview team"; custom strings as they are), scope JOB.
     */
    public static JobRole jobRole(String role) {
        boolean enumLike = role.equals(role.toUpperCase(Locale.ROOT)) && !role.contains(" ");
        return new JobRole(role, enumLike ? SrValues.humanize(role) : role, "JOB", unifiedType(role));
    }
}
