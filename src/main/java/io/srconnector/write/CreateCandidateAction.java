package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * {@code POST /v1/ats/candidates} (coverage sheet: Create candidate): like {@link CreateApplicationAction}, with the
 * job and stage in {@code application {job_id, stage_id}}; answers the candidate with its applications and tags
 * ({@link CreatedRecords}).
 */
@Component("createCandidateAction")
public class CreateCandidateAction extends WriteAction {
    private final CreateInputs inputs;
    private final ApplicationCreator creator;
    private final CreatedRecords records;

    public CreateCandidateAction(CreateInputs inputs, ApplicationCreator creator, CreatedRecords records) {
        this.inputs = inputs;
        this.creator = creator;
        this.records = records;
    }

    @Override
    protected void parse(Exchange exchange, WriteContext ctx) {
        JsonNode application = Fields.requiredObject(ctx.body(), "application", "application");
        String job = Fields.requiredText(application, "job_id", "application.job_id", 200);
        String stage = Fields.optionalText(application, "stage_id", "application.stage_id", 200);
        ctx.input(inputs.parse(ctx.integrationId(), ctx.body(), job, "application.job_id", stage,
                "application.stage_id", ctx.warnings()));
    }

    @Override
    protected void perform(WriteContext ctx) {
        ctx.input(new CreateApplicationAction.Done(ctx.input(CreateInput.class),
                creator.create(ctx, ctx.input(CreateInput.class))));
    }

    @Override
    protected JsonNode data(WriteContext ctx) {
        return records.candidate(ctx.integrationId(), ctx.input(CreateApplicationAction.Done.class).created());
    }
}
