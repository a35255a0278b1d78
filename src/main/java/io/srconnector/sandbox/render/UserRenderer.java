package io.srconnector.sandbox.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.data.User;
import io.srconnector.sandbox.json.Json;

/**
 * User API v201804 bodies: {@code UserListItem} ({@code GET /users}) and {@code UserEntity}
 * ({@code GET /users/{id}}, {@code /users/me}); S3 {@code user_list_item.rb}, {@code user_entity.rb}. Nullable
 * members ({@code email}, {@code externalData}, {@code ssoIdentifier}) are written as JSON null (FC-09).
 */
public final class UserRenderer {

    private UserRenderer() {
    }

    /** List item (no {@code location}). */
    public static ObjectNode listItem(User u) {
        return render(u, false);
    }

    /** Full entity. */
    public static ObjectNode entity(User u) {
        return render(u, true);
    }

    private static ObjectNode render(User u, boolean withLocation) {
        ObjectNode n = Json.object();
        n.put("id", u.id);
        n.put("email", u.email);
        Json.putIfPresent(n, "firstName", u.firstName);
        Json.putIfPresent(n, "lastName", u.lastName);
        if (u.systemRoleId != null) {
            n.putObject("systemRole").put("id", u.systemRoleId);
        }
        n.put("externalData", u.externalData);
        n.put("ssoIdentifier", u.ssoIdentifier);
        Json.putIfPresent(n, "ssoLoginMode", u.ssoLoginMode);
        if (u.languageCode != null) {
            n.putObject("language").put("code", u.languageCode);
        }
        n.put("active", u.active);
        Json.putDate(n, "updatedOn", u.updatedOn);
        if (withLocation) {
            Json.putTree(n, "location", u.location);
        }
        ArrayNode groups = n.putArray("accessGroups");
        u.accessGroupIds.forEach(g -> groups.addObject().put("id", g));
        ArrayNode seats = n.putArray("seats");
        u.seats.forEach(seats::add);
        return n;
    }
}
