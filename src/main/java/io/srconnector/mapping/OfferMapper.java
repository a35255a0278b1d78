package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.model.IntegrationField;
import io.srconnector.model.Offer;
import io.srconnector.sync.RemoteRecord;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static io.srconnector.mapping.SrValues.text;

/**
 * SmartRecruiters offer ({@code GET /offers} item: {@code {id, status, createdOn, updatedOn, properties{key: string},
 * actions{candidate, job, details}}}) → unified offer (field-mapping §12):
 * <ul>
 *   <li>{@code status}: {@link OfferStatuses};</li>
 *   <li>{@code integration_fields}: every offer property as CUSTOM, key = the property key (labels are added from
 *       {@code GET /configuration/offer-properties} by {@code OfferPropertyLabels}); {@code custom_fields}: the
 *       mapped ones;</li>
 *   <li>{@code application_id}: left null here — an offer names only its candidate and job (as links), the
 *       application is resolved by {@code OfferApplicationEnricher};</li>
 *   <li>{@code employment_start_date}: no dedicated SmartRecruiters field (null).</li>
 * </ul>
 */
@Component("offerMapper")
public class OfferMapper extends PerRecordMapper<Offer> {
    /** remote_data key of the list item. */
    public static final String LIST = "/offers";

    @Override
    public Offer toUnified(RemoteRecord r, MappingContext ctx) {
        JsonNode o = r.get(LIST);
        List<IntegrationField> fields = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> props = o.path("properties").fields();
        while (props.hasNext()) {
            Map.Entry<String, JsonNode> p = props.next();
            Object value = p.getValue().isNull() ? null
                    : p.getValue().isValueNode() ? p.getValue().asText() : io.srconnector.json.Json.convert(p.getValue(), Object.class);
            fields.add(new IntegrationField(ctx.integrationFieldId("ats_offers", "CUSTOM", p.getKey()), p.getKey(),
                    "CUSTOM", value, null));
        }
        return new Offer(ctx.id("ats_offers", r.remoteId()), r.remoteId(), OfferStatuses.unified(text(o.path("status"))),
                null, null, CustomFields.of(fields, ctx.customFieldKeys("offers")), fields,
                SrValues.instant(o.path("createdOn")), SrValues.instant(o.path("updatedOn")));
    }
}
