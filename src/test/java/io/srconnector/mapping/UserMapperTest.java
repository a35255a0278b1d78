package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.model.SystemRole;
import io.srconnector.model.User;
import io.srconnector.persistence.Mapped;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link UserMapper}: field-mapping §1, coverage sheet "Users", failure case FC-09. */
class UserMapperTest {
    private static final String INTEGRATION = "smartrecruiters:sandbox";
    private final UserMapper mapper = new UserMapper();
    private final MappingContext ctx = new MappingContext(INTEGRATION);

    private static List<RemoteRecord> page() {
        List<RemoteRecord> out = new ArrayList<>();
        for (JsonNode item : Fixtures.json("mapping/users/users-list.json").path("content")) {
            out.add(new RemoteRecord(item.get("id").asText(), Map.of(), UserMapper.LIST, item));
        }
        return out;
    }

    private static RemoteRecord user(String id) {
        return page().stream().filter(r -> r.remoteId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void mapsEveryCoverageFieldOfAnActiveAdministrator() {
        User u = mapper.toUnified(user("50fe861de4b00265edec6775"), ctx);

        // id: 24 base58 chars of SHA-256(integration \0 ats_users \0 remote id), pinned independently
        assertThat(u.id()).isEqualTo("45VALHJ9EpWFUzG2qfpq939c");
        assertThat(u.id()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_users", "50fe861de4b00265edec6775"));
        assertThat(u.remoteId()).isEqualTo("50fe861de4b00265edec6775");
        assertThat(u.firstName()).isEqualTo("Sam");
        assertThat(u.lastName()).isEqualTo("Recruiter");
        assertThat(u.status()).isEqualTo("ACTIVE");
        assertThat(u.email()).isEqualTo("sam.recruiter@example.com");
        assertThat(u.systemRoles()).containsExactly(new SystemRole("ADMINISTRATOR", "Administrator", "SYSTEM", "ADMIN"));
    }

    @Test
    void remoteDataIsTheListItemKeyedByItsEndpoint() {
        RemoteRecord r = user("50fe861de4b00265edec6775");
        List<Mapped<User>> mapped = mapper.toUnified(List.of(r), ctx);

        assertThat(mapped).hasSize(1);
        JsonNode remoteData = mapped.get(0).remoteData();
        assertThat(remoteData.fieldNames()).toIterable().containsExactly("/user-api/v201804/users");
        assertThat(remoteData.path("/user-api/v201804/users").path("id").asText()).isEqualTo("50fe861de4b00265edec6775");
        assertThat(remoteData.path("/user-api/v201804/users").path("ssoLoginMode").asText()).isEqualTo("PASSWORD");
    }

    @Test
    void inactiveUserIsMappedInactiveWithANonAdminRole() {
        User u = mapper.toUnified(user("5f1a2b3c4d5e6f7a8b9c0d1e"), ctx);

        assertThat(u.status()).isEqualTo("INACTIVE");
        assertThat(u.firstName()).isEqualTo("Hannah");
        assertThat(u.lastName()).isEqualTo("Manager");
        assertThat(u.email()).isEqualTo("hannah.manager@example.com");
        assertThat(u.systemRoles()).containsExactly(new SystemRole("HIRING_MANAGER", "Hiring manager", "SYSTEM", null));
    }

    /** FC-09: every user of the page is kept, whatever its e-mail or activity; nothing is dropped or thrown. */
    @Test
    void fc09EveryUserIsKeptWithStatusAndOnlyValidEmails() {
        List<Mapped<User>> mapped = mapper.toUnified(page(), ctx);

        assertThat(mapped).extracting(m -> m.record().remoteId()).containsExactly(
                "50fe861de4b00265edec6775", "5f1a2b3c4d5e6f7a8b9c0d1e", "6a7b8c9d0e1f2a3b4c5d6e7f",
                "7b8c9d0e1f2a3b4c5d6e7f80", "8c9d0e1f2a3b4c5d6e7f8091", "9d0e1f2a3b4c5d6e7f8091a2",
                "ae0f1a2b3c4d5e6f708192a3");
        assertThat(mapped).extracting(m -> m.record().status()).containsExactly(
                "ACTIVE", "INACTIVE", "ACTIVE", "INACTIVE", "ACTIVE", "ACTIVE", null);
        assertThat(mapped).extracting(m -> m.record().email()).containsExactly(
                "sam.recruiter@example.com", "hannah.manager@example.com", "pat@example.test", null, null,
                "zoe.lukasz@example.com", null);
    }

    /** FC-09: SmartRecruiters does not verify e-mails; a well-formed unverified address is exposed (documented policy). */
    @Test
    void fc09UnverifiedButWellFormedEmailIsExposed() {
        User u = mapper.toUnified(user("6a7b8c9d0e1f2a3b4c5d6e7f"), ctx);

        assertThat(u.email()).isEqualTo("pat@example.test");
        assertThat(u.status()).isEqualTo("ACTIVE");
        assertThat(u.systemRoles()).extracting(SystemRole::remoteLabel).containsExactly("Extended");
    }

    @Test
    void fc09NullEmailAndInactiveUserIsStoredInactiveWithNullEmail() {
        RemoteRecord r = user("7b8c9d0e1f2a3b4c5d6e7f80");
        List<Mapped<User>> mapped = mapper.toUnified(List.of(r), ctx);

        assertThat(mapped).hasSize(1);
        User u = mapped.get(0).record();
        assertThat(u.email()).isNull();
        assertThat(u.status()).isEqualTo("INACTIVE");
        assertThat(u.firstName()).isEqualTo("Noemail");
        assertThat(u.lastName()).isEqualTo("Inactive");
    }

    @Test
    void fc09InvalidEmailIsNullButKeptRawInRemoteData() {
        RemoteRecord r = user("8c9d0e1f2a3b4c5d6e7f8091");
        Mapped<User> m = mapper.toUnified(List.of(r), ctx).get(0);

        assertThat(m.record().email()).isNull();
        assertThat(m.remoteData().path(UserMapper.LIST).path("email").asText()).isEqualTo("not-an-email");
    }

    @Test
    void unicodeNamesAreKeptAndPaddedEmailIsTrimmed() {
        User u = mapper.toUnified(user("9d0e1f2a3b4c5d6e7f8091a2"), ctx);

        assertThat(u.firstName()).isEqualTo("Zoë");
        assertThat(u.lastName()).isEqualTo("Łukasz-Müller 佐藤");
        assertThat(u.email()).isEqualTo("zoe.lukasz@example.com");
        assertThat(u.systemRoles()).isEmpty();
    }

    @Test
    void missingActiveGivesNullStatusAndNullOrBlankNamesGiveNull() {
        User u = mapper.toUnified(user("ae0f1a2b3c4d5e6f708192a3"), ctx);

        assertThat(u.status()).isNull();
        assertThat(u.firstName()).isNull();
        assertThat(u.lastName()).isNull();
        assertThat(u.email()).isNull();
        assertThat(u.systemRoles()).isEmpty();
        assertThat(u.id()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_users", "ae0f1a2b3c4d5e6f708192a3"));
    }

    @Test
    void serialisesWithKomboFieldNames() {
        User u = mapper.toUnified(user("50fe861de4b00265edec6775"), ctx);
        JsonNode json = Json.read(Json.write(u));

        assertThat(json.fieldNames()).toIterable().containsExactlyInAnyOrder(
                "id", "remote_id", "first_name", "last_name", "email", "status", "system_roles");
        assertThat(json.path("remote_id").asText()).isEqualTo("50fe861de4b00265edec6775");
        assertThat(json.path("first_name").asText()).isEqualTo("Sam");
        assertThat(json.path("last_name").asText()).isEqualTo("Recruiter");
        assertThat(json.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(json.path("system_roles").get(0).path("remote_id").asText()).isEqualTo("ADMINISTRATOR");
        assertThat(json.path("system_roles").get(0).path("remote_label").asText()).isEqualTo("Administrator");
        assertThat(json.path("system_roles").get(0).path("unified_type").asText()).isEqualTo("ADMIN");
    }

    @Test
    void idsDependOnTheIntegration() {
        RemoteRecord r = user("50fe861de4b00265edec6775");
        User a = mapper.toUnified(r, new MappingContext("integration-a"));
        User b = mapper.toUnified(r, new MappingContext("integration-b"));

        assertThat(a.id()).isNotEqualTo(b.id()).hasSize(24);
        assertThat(a.remoteId()).isEqualTo(b.remoteId());
    }

    @Test
    void aRecordWithoutItsBodyMapsToNullsInsteadOfFailingThePage() {
        RemoteRecord broken = new RemoteRecord("broken", Map.of(), "/somewhere-else", Json.read("{}"));
        RemoteRecord good = user("50fe861de4b00265edec6775");
        // a record whose body is missing maps to a user of nulls (nothing thrown); the page keeps both, in order
        List<Mapped<User>> mapped = mapper.toUnified(List.of(broken, good), ctx);

        assertThat(mapped).extracting(m -> m.record().remoteId()).containsExactly("broken", "50fe861de4b00265edec6775");
        assertThat(mapped.get(0).record().status()).isNull();
        assertThat(mapped.get(0).record().firstName()).isNull();
    }
}
