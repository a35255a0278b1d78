package io.srconnector.sandbox.auth;

import io.srconnector.sandbox.http.ApiException;
import io.srconnector.sandbox.http.SandboxFilter;
import io.srconnector.sandbox.http.SandboxRequest;
import io.srconnector.sandbox.http.SandboxResponse;

/**
 * SR's permission behaviour: an authenticated credential may still be denied an area. Non-ADMINISTRATOR
 * credentials are denied the offers endpoints (FC-10: "only API keys created by Admin users can list offers");
 * a credential can also be denied areas or scopes explicitly. The answer is {@code 403 PERMISSION_DENIED}, or
 * {@code 401} when the credential is configured so (SR answers some denials with 401, §3).
 */
public final class PermissionFilter implements SandboxFilter {

    @Override
    public SandboxResponse filter(SandboxRequest request, Chain next) {
        Credential c = request.credential();
        if (c != null && request.route() != null && c.denies(request.route().area())) {
            String area = request.route().area().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            throw new ApiException(c.deniedStatus(), "PERMISSION_DENIED",
                    c.deniedStatus() == 401 ? "Access denied" : "Permission denied",
                    "not permitted to access " + area);
        }
        return next.proceed(request);
    }
}
