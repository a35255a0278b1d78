package io.srconnector.api.read;

import io.srconnector.api.ListQuery;
import io.srconnector.persistence.SqlFilter;
import io.srconnector.persistence.UnifiedTable;
import io.srconnector.persistence.UnifiedTables;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code GET /v1/ats/users}: filter {@code emails} (comma-separated, case-insensitive). */
@Component
public class UsersReadModel implements ReadModel {
    @Override
    public String name() {
        return "users";
    }

    @Override
    public UnifiedTable<?> table() {
        return UnifiedTables.USERS;
    }

    @Override
    public List<SqlFilter> filters(Exchange ex, String integrationId) {
        List<SqlFilter> f = new ArrayList<>();
        List<String> emails = ListQuery.csv(ListQuery.param(ex, "emails"));
        if (!emails.isEmpty()) {
            f.add(SqlFilter.of("lower(t.email) = ANY (?)",
                    (Object) emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).toArray(String[]::new)));
        }
        return f;
    }
}
