package io.srconnector.integration;

import java.util.Map;

/**
 * What one unified model or write action needs from SmartRecruiters, and the cheap read that shows whether the
 * credential has it (smartrecruiters-api.md §2.4 scopes, §4 read endpoints; coverage sheet "Scope Testing").
 *
 * @param kind     {@code model} or {@code action}
 * @param id       our model name ({@code offers}) or Kombo action id ({@code create_application})
 * @param label    for people
 * @param scope    the SmartRecruiters OAuth scope(s) it needs
 * @param role     the SmartRecruiters system role it needs, or null when any role will do
 * @param method   probe method (always GET)
 * @param path     probe path (relative to the API base, with the family prefix)
 * @param query    probe query ({@code limit=1} where the endpoint pages)
 * @param note     what the probe cannot show (write scopes are checked on first use), or null
 */
public record ScopeProbe(String kind, String id, String label, String scope, String role, String method, String path,
                         Map<String, String> query, String note) {

    /** {@code GET path?query}, e.g. {@code GET /offers?limit=1}. */
    public String endpoint() {
        StringBuilder sb = new StringBuilder(method).append(' ').append(path);
        String sep = "?";
        for (Map.Entry<String, String> e : query.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = "&";
        }
        return sb.toString();
    }
}
