package io.srconnector.sandbox.generate;

import io.srconnector.sandbox.data.HiringProcess;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds an application's path through the hiring process to its current status, with sub-statuses taken
 * from the job's hiring process, so that status history and current status/sub-status agree.
 */
final class StatusPaths {

    /** One step: status and sub-status (null when none). */
    record Step(String status, String subStatus) {
    }

    private StatusPaths() {
    }

    /** The steps leading to {@code finalStatus}, the last one being the current status. */
    static List<Step> path(String finalStatus, HiringProcess process, Rng r) {
        List<Step> out = new ArrayList<>();
        switch (finalStatus) {
            case "LEAD" -> out.add(new Step("LEAD", null));
            case "NEW" -> {
                if (r.chance(0.1)) {
                    out.add(new Step("LEAD", null));
                }
                out.add(new Step("NEW", null));
            }
            case "IN_REVIEW", "INTERVIEW", "OFFERED" -> upTo(finalStatus, process, r, out);
            case "HIRED" -> {
                upTo("OFFERED", process, r, out);
                out.add(new Step("HIRED", null));
            }
            case "TRANSFERRED" -> {
                out.add(new Step("NEW", null));
                if (r.chance(0.5)) {
                    stage("IN_REVIEW", process, r, out, false);
                }
                out.add(new Step("TRANSFERRED", null));
            }
            default -> { // REJECTED, WITHDRAWN or a status outside the enum
                String reached = List.of("NEW", "IN_REVIEW", "INTERVIEW", "OFFERED").get(r.weighted(40, 30, 20, 10));
                if (reached.equals("NEW")) {
                    out.add(new Step("NEW", null));
                } else {
                    upTo(reached, process, r, out);
                }
                out.add(new Step(finalStatus, null));
            }
        }
        return out;
    }

    private static void upTo(String target, HiringProcess process, Rng r, List<Step> out) {
        out.add(new Step("NEW", null));
        for (String s : List.of("IN_REVIEW", "INTERVIEW", "OFFERED")) {
            boolean last = s.equals(target);
            if (last || !s.equals("IN_REVIEW") || r.chance(0.8)) {
                stage(s, process, r, out, last);
            }
            if (last) {
                return;
            }
        }
    }

    /** Adds the entries of one stage: its sub-statuses in order up to a random one, or the bare status. */
    private static void stage(String status, HiringProcess process, Rng r, List<Step> out, boolean current) {
        List<String> subs = process == null || process.subStatuses() == null ? List.of() : process.subStatuses().of(status);
        if (subs.isEmpty() || r.chance(0.2)) {
            out.add(new Step(status, null));
            return;
        }
        int upTo = current ? r.nextInt(subs.size()) : subs.size() - 1;
        for (int k = 0; k <= upTo; k++) {
            out.add(new Step(status, subs.get(k)));
        }
    }
}
