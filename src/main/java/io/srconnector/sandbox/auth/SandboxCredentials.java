package io.srconnector.sandbox.auth;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Registry of the credentials the sandbox accepts, looked up by secret (API key or access token).
 * Thread-safe; credentials can be added or revoked while the server runs (later OAuth endpoints will
 * register issued access tokens here).
 */
public final class SandboxCredentials {

    private final Map<String, Credential> bySecret = new ConcurrentHashMap<>();
    private final Map<String, Credential> byId = new ConcurrentHashMap<>();
    private final AtomicInteger tokenUseCountdown = new AtomicInteger(-1);

    /** Registry holding the given credentials. */
    public SandboxCredentials(Collection<Credential> initial) {
        initial.forEach(this::register);
    }

    /** Adds or replaces a credential (matched by id). */
    public synchronized void register(Credential credential) {
        Credential old = byId.put(credential.id(), credential);
        if (old != null) {
            bySecret.remove(old.secret());
        }
        bySecret.put(credential.secret(), credential);
    }

    /** Removes a credential; later requests with its secret get 401. */
    public synchronized void revoke(String id) {
        Credential old = byId.remove(id);
        if (old != null) {
            bySecret.remove(old.secret());
        }
    }

    /** The credential with this secret and kind, if any. */
    public Optional<Credential> find(String secret, CredentialKind kind) {
        Credential c = secret == null ? null : bySecret.get(secret);
        return c != null && c.kind() == kind ? Optional.of(c) : Optional.empty();
    }

    /** The credential with this id, if any. */
    public Optional<Credential> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** All credentials, ordered by id. */
    public List<Credential> all() {
        return byId.values().stream().sorted(java.util.Comparator.comparing(Credential::id)).toList();
    }

    /**
     * Lets every access token expire at the given instant.
     *
     * @return how many access tokens were changed
     */
    public synchronized int expireAccessTokens(java.time.Instant at) {
        int n = 0;
        for (Credential c : List.copyOf(byId.values())) {
            if (c.kind() == CredentialKind.ACCESS_TOKEN) {
                register(c.withExpiresAt(at));
                n++;
            }
        }
        return n;
    }

    /** Arms a countdown: the {@code uses}-th further request with an access token expires all access tokens first. */
    public void expireAccessTokensAfter(int uses) {
        tokenUseCountdown.set(uses);
    }

    /**
     * Called by authentication for every request presenting an access token; fires the countdown of
     * {@link #expireAccessTokensAfter}. Returns the credential as now registered (possibly just expired).
     */
    public Credential accessTokenUsed(Credential c, java.time.Instant now) {
        if (tokenUseCountdown.get() > 0 && tokenUseCountdown.decrementAndGet() == 0) {
            expireAccessTokens(now);
        }
        Credential current = bySecret.get(c.secret());
        return current != null ? current : c;
    }
}
