package io.srconnector.mapping;

import io.srconnector.model.RejectionReason;
import io.srconnector.sync.RemoteRecord;
import org.springframework.stereotype.Component;

import static io.srconnector.mapping.SrValues.text;

/**
 * SmartRecruiters rejection reason ({@code GET /configuration/rejection-reasons} item {@code {id, label}}) → unified
 * rejection reason (field-mapping §13): {@code remote_id} = id, {@code name} = label. Withdrawal reasons are not
 * rejection reasons and are not read.
 */
@Component("rejectionReasonMapper")
public class RejectionReasonMapper extends PerRecordMapper<RejectionReason> {
    /** remote_data key of the list item. */
    public static final String LIST = "/configuration/rejection-reasons";

    @Override
    public RejectionReason toUnified(RemoteRecord r, MappingContext ctx) {
        return new RejectionReason(ctx.id("ats_rejection_reasons", r.remoteId()), r.remoteId(),
                text(r.get(LIST).path("label")));
    }
}
