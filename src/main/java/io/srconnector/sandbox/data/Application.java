package io.srconnector.sandbox.data;

import java.util.List;

/**
 * A candidate's application to a job ("assignment"): status, sub-status, source, reasons, history and the
 * per-application data (properties, screening answers, attachments, offers). Mutable, guarded by the account lock.
 */
public final class Application {
    /** UUID returned only by {@code GET /candidates/{id}/jobs/{jobId}} (§4.5). */
    public String applicationId;
    public String candidateId;
    public String jobId;
    /** Job title as last seen; used only when the job itself is not in the account. */
    public String jobTitle;
    /** {@code CandidateStatusEnum} value (kept as text, FC-08). */
    public String status;
    public String subStatus;
    public Long startsOn;
    /** Source label, e.g. {@code LinkedIn}. */
    public String source;
    /** Source value id behind {@code actions.sourceDetails}. */
    public String sourceId;
    public IdLabel reasonOfRejection;
    public IdLabel reasonOfWithdrawal;
    /** {@code createDate} of the Job Applications API (the only application creation date, §4.5). */
    public long createDate;
    public List<StatusChange> history = List.of();
    public List<ApplicationProperty> properties = List.of();
    public List<ScreeningAnswer> screeningAnswers = List.of();
    public List<Attachment> attachments = List.of();
    public List<Offer> offers = List.of();

    /** The offer with the given id, or null. */
    public Offer offer(String offerId) {
        for (Offer o : offers) {
            if (o.id().equals(offerId)) {
                return o;
            }
        }
        return null;
    }
}
