package io.srconnector.sandbox.generate;

import io.srconnector.sandbox.data.CandidateLocation;
import io.srconnector.sandbox.data.User;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generates User API users: two administrators first, every system role, some inactive users, and users
 * whose e-mail is null, a placeholder, malformed or shared with another user (SR does not verify e-mails, FC-09).
 */
final class UserFactory {

    private static final List<String> SEATS = List.of("smartPal", "crm", "recruitingAI", "textMessaging");
    private static final List<String> ROLES = List.of("STANDARD", "EXTENDED", "RESTRICTED", "EMPLOYEE");

    private final GenerationContext ctx;

    UserFactory(GenerationContext ctx) {
        this.ctx = ctx;
    }

    List<User> users(int count) {
        List<User> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(user(i, GenerationContext.BASE, out));
        }
        return out;
    }

    /** User number {@code i}; {@code base} is "now" for its {@code updatedOn}. */
    User user(int i, long base, List<User> earlier) {
        Rng r = Rng.of(ctx.seed, "user", i);
        Vocabulary.Culture culture = culture(r, i);
        Vocabulary.Name first = r.pick(culture.firstNames());
        Vocabulary.Name last = r.pick(culture.lastNames());
        User u = new User();
        u.id = r.hex24();
        u.firstName = first.nativeForm();
        u.lastName = last.nativeForm();
        u.systemRoleId = i < 2 ? "ADMINISTRATOR" : i < 6 ? ROLES.get(i - 2) : ROLES.get(r.weighted(40, 25, 15, 20));
        u.active = i % 6 != 5;
        String local = first.ascii() + "." + last.ascii();
        u.email = local + "@acme-sandbox.example";
        if (i == 7 || i == 18) {
            u.email = null;
        } else if (i == 9) {
            u.email = "noreply+" + i + "@example.invalid";
        } else if (i == 12) {
            u.email = local + "(at)acme-sandbox.example";
        } else if (i == 14 && earlier.size() > 3 && earlier.get(3).email != null) {
            u.email = earlier.get(3).email.toUpperCase(Locale.ROOT);
        }
        u.externalData = r.chance(0.3) ? "EMP-" + r.digits(5) : null;
        boolean sso = r.chance(0.4);
        u.ssoIdentifier = sso && u.email != null ? local + "@sso.acme-sandbox.example" : null;
        u.ssoLoginMode = sso ? "SSO" : "PASSWORD";
        u.languageCode = culture.language();
        u.updatedOn = base - r.between(1 * GenerationContext.DAY, 600 * GenerationContext.DAY);
        if (r.chance(0.8)) {
            Vocabulary.City c = r.pick(culture.cities());
            u.location = new CandidateLocation(culture.country(), culture.countryCode(), c.regionCode(), c.region(), c.city(), null, null);
        }
        int groups = r.between(0, 2);
        List<String> g = new ArrayList<>();
        for (int k = 0; k < groups; k++) {
            g.add(Rng.of(ctx.seed, "access-group", r.nextInt(4)).hex24());
        }
        u.accessGroupIds = List.copyOf(new java.util.LinkedHashSet<>(g));
        u.seats = List.copyOf(r.sample(SEATS, r.between(0, 2)));
        return u;
    }

    private static Vocabulary.Culture culture(Rng r, int i) {
        if (i == 0) {
            return Vocabulary.culture("US");
        }
        int[] weights = Vocabulary.CULTURES.stream().mapToInt(Vocabulary.Culture::weight).toArray();
        return Vocabulary.CULTURES.get(r.weighted(weights));
    }
}
