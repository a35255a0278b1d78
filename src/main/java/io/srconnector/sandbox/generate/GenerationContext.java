package io.srconnector.sandbox.generate;

import io.srconnector.sandbox.data.AccountConfiguration;
import io.srconnector.sandbox.data.Company;
import io.srconnector.sandbox.data.User;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** State shared by the record factories of one generated account. */
final class GenerationContext {

    /** Fixed "now" of generated data; generation never reads the wall clock. */
    static final long BASE = Instant.parse("2024-06-01T00:00:00Z").toEpochMilli();
    static final long HOUR = 3_600_000L;
    static final long DAY = 24 * HOUR;

    final long seed;
    final String companyIdentifier;
    final ConfigurationFactory configurationFactory;
    final AccountConfiguration configuration;
    final Company company;
    final ScreeningFactory screening;
    final List<User> users = new ArrayList<>();
    /** Question set used by each job's postings (job id → set). */
    final Map<String, ScreeningFactory.QuestionSet> questionSets = new HashMap<>();
    /** Time zone of each job's office (job id → IANA zone). */
    final Map<String, String> timezones = new HashMap<>();
    /** Round-robin counter so every offer status occurs. */
    int offerCounter;

    GenerationContext(long seed, String companyIdentifier) {
        this.seed = seed;
        this.companyIdentifier = companyIdentifier;
        this.configurationFactory = new ConfigurationFactory(seed, companyIdentifier);
        this.configuration = configurationFactory.configuration();
        this.company = configurationFactory.company();
        this.screening = new ScreeningFactory(seed, company.name());
    }

    /** Active users (for hiring teams, creators, interviewers). */
    List<User> activeUsers() {
        return users.stream().filter(u -> u.active).toList();
    }
}
