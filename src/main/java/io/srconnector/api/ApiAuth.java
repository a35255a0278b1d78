package io.srconnector.api;

import io.srconnector.integration.ApiKeyRepository;
import io.srconnector.integration.Integration;
import io.srconnector.integration.IntegrationRepository;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Authenticates every {@code /v1} request (applied to all API routes by the {@code api} routeConfiguration):
 * {@code Authorization: Bearer <api key>} must name a live key (else 401 PLATFORM.AUTHENTICATION_INVALID); when the
 * request carries {@code X-Integration-Id}, the integration must belong to the key's account — another tenant's
 * integration answers 404 exactly like a missing one, so ids cannot be probed; a disabled integration answers 403
 * INTEGRATION.INACTIVE. The inbound {@code Authorization} and
 * {@code Cookie} headers are removed afterwards so nothing downstream can forward them.
 * Sets the exchange variables {@code accountId} and (when given) {@code integrationId}.
 */
@Component("apiAuth")
public class ApiAuth {
    public static final String ACCOUNT = "accountId";
    public static final String INTEGRATION = "integrationId";

    private final ApiKeyRepository keys;
    private final IntegrationRepository integrations;

    public ApiAuth(ApiKeyRepository keys, IntegrationRepository integrations) {
        this.keys = keys;
        this.integrations = integrations;
    }

    /** Camel step: see the class description. */
    public void authenticate(Exchange exchange) {
        String auth = exchange.getIn().getHeader("Authorization", String.class);
        exchange.getIn().removeHeader("Authorization");
        exchange.getIn().removeHeader("Cookie");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7) || auth.substring(7).isBlank()) {
            throw ApiException.unauthenticated("Authorization: expected 'Bearer <api key>'");
        }
        String account = keys.accountForKey(auth.substring(7).trim())
                .orElseThrow(() -> ApiException.unauthenticated("Authorization: unknown or revoked API key"));
        exchange.setVariable(ACCOUNT, account);
        String integrationId = exchange.getIn().getHeader("X-Integration-Id", String.class);
        if (integrationId != null && !integrationId.isBlank()) {
            Integration i = integrations.findForAccount(integrationId.trim(), account)
                    .orElseThrow(() -> ApiException.integrationNotFound(integrationId.trim()));
            if (!i.enabled()) {
                throw new ApiException(403, "INTEGRATION.INACTIVE", "Integration inactive", "X-Integration-Id: '"
                        + i.id() + "' is disabled (enable it with PUT /v1/integrations/{id}/enabled)");
            }
            exchange.setVariable(INTEGRATION, i.id());
        }
    }

    /**
     * The authenticated request's integration (from {@code X-Integration-Id}).
     *
     * @throws ApiException 400 when the header is missing
     */
    public static String integrationId(Exchange exchange) {
        String id = exchange.getVariable(INTEGRATION, String.class);
        if (id == null) {
            throw ApiException.invalid("X-Integration-Id", "header is required");
        }
        return id;
    }

    /** The authenticated account. */
    public static String accountId(Exchange exchange) {
        String id = exchange.getVariable(ACCOUNT, String.class);
        if (id == null) {
            throw ApiException.unauthenticated("Authorization: missing");
        }
        return id;
    }
}
