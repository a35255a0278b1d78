package io.srconnector.enrich;

import io.srconnector.model.IntegrationField;
import io.srconnector.model.Offer;
import io.srconnector.persistence.Mapped;
import io.srconnector.sync.SyncContext;
import org.apache.camel.Exchange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Quirk: a SmartRecruiters offer carries its properties as a bare {@code {key: value}} map; their labels exist only in
 * the offer-property definitions ({@code GET /configuration/offer-properties} → {@code categories[].properties[{key,
 * label, type}]}), which {@link IntegrationFieldDiscovery#definitions} stores as integration fields of
 * {@code ats_offers} at the start of the offers stream. This page-route step (after {@code offerMapper.map}) fills
 * the {@code label} of each offer's integration fields from there; properties without a definition keep a null label.
 */
@Component("offerPropertyLabels")
public class OfferPropertyLabels {
    private final JdbcTemplate jdbc;

    public OfferPropertyLabels(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Camel step: body {@code List<Mapped<Offer>>} → the same offers with labelled integration fields. */
    @SuppressWarnings("unchecked")
    public void label(Exchange exchange) {
        SyncContext ctx = exchange.getVariable(SyncContext.VARIABLE, SyncContext.class);
        List<Mapped<Offer>> offers = exchange.getIn().getBody(List.class);
        Map<String, String> labels = new HashMap<>();
        jdbc.query("SELECT key, label FROM integration_fields WHERE integration_id = ? AND model = 'ats_offers' "
                + "AND type = 'CUSTOM' AND label IS NOT NULL", rs -> {
                    labels.put(rs.getString(1), rs.getString(2));
                }, ctx.integrationId());
        exchange.getIn().setBody(labelled(offers, labels));
    }

    /** The offers with each integration field's label taken from {@code labels} (key → label) where it has none. */
    public static List<Mapped<Offer>> labelled(List<Mapped<Offer>> offers, Map<String, String> labels) {
        List<Mapped<Offer>> out = new ArrayList<>(offers.size());
        for (Mapped<Offer> m : offers) {
            List<IntegrationField> fields = new ArrayList<>();
            for (IntegrationField f : m.record().integrationFields()) {
                fields.add(f.label() != null ? f
                        : new IntegrationField(f.id(), f.key(), f.type(), f.value(), labels.get(f.key())));
            }
            out.add(new Mapped<>(m.record().withIntegrationFields(fields), m.remoteData()));
        }
        return out;
    }
}
