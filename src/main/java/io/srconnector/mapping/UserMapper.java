package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.model.SystemRole;
import io.srconnector.model.User;
import io.srconnector.sync.RemoteRecord;
import org.springframework.stereotype.Component;

import java.util.List;

import static io.srconnector.mapping.SrValues.text;

/**
 * SmartRecruiters user ({@code GET /user-api/v201804/users} item, field-mapping §1) → unified user.
 * {@code status}: {@code active} true/false → ACTIVE/INACTIVE (inactive users are kept, not deleted; FC-09).
 * {@code email}: SmartRecruiters does not verify user e-mails; only addresses passing Kombo's e-mail pattern are
 * exposed, others are null (the raw value stays in remote_data).
 */
@Component("userMapper")
public class UserMapper extends PerRecordMapper<User> {
    /** remote_data key of the list item. */
    public static final String LIST = "/user-api/v201804/users";

    @Override
    public User toUnified(RemoteRecord r, MappingContext ctx) {
        JsonNode u = r.get(LIST);
        JsonNode active = u.path("active");
        String status = active.isBoolean() ? (active.asBoolean() ? "ACTIVE" : "INACTIVE") : null;
        String role = text(u.path("systemRole").path("id"));
        List<SystemRole> roles = role == null ? List.of()
                : List.of(new SystemRole(role, SrValues.humanize(role), "SYSTEM",
                "ADMINISTRATOR".equals(role) ? "ADMIN" : null));
        return new User(ctx.id("ats_users", r.remoteId()), r.remoteId(), text(u.path("firstName")),
                text(u.path("lastName")), SrValues.validEmail(text(u.path("email"))), status, roles);
    }
}
