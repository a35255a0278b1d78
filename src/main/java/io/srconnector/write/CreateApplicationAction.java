package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * {@code POST /v1/ats/jobs/{job_id}/applications} (coverage sheet: Create application; job id also as
 * {@code remote:<id>}): validates the body ({@link CreateInputs}), creates the candidate and application in
 * SmartRecruiters with every quirk of the sheet ({@link ApplicationCreator}), refreshes both, and answers the
 * application with its candidate, stage and job ({@link CreatedRecords}).
 */
@Component("createApplicationAction")
public class CreateApplicationAction extends WriteAction {
    private final CreateInputs inputs;
    private final ApplicationCreator creator;
    private final CreatedRecords records;

    public CreateApplicationAction(CreateInputs inputs, ApplicationCreator creator, CreatedRecords records) {
        this.inputs = inputs;
        this.creator = creator;
        this.records = records;
    }

    @Override
    protected void parse(Exchange exchange, WriteContext ctx) {
        String job = WriteContext.pathParam(exchange, "job_id");
        String stage = Fields.optionalText(ctx.body(), "stage_id", "stage_id", 200);
        ctx.input(inputs.parse(ctx.integrationId(), ctx.body(), job, "job_id", stage, "stage_id", ctx.warnings()));
    }

    @Override
    protected void perform(WriteContext ctx) {
        ctx.input(new Done(ctx.input(CreateInput.class), creator.create(ctx, ctx.input(CreateInput.class))));
    }

    @Override
    protected JsonNode data(WriteContext ctx) {
        return records.application(ctx.integrationId(), ctx.input(Done.class).created());
    }

    /** The input and what was created. */
    record Done(CreateInput input, ApplicationCreator.Created created) {
    }
}
