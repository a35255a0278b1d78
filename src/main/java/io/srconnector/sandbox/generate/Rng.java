package io.srconnector.sandbox.generate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Deterministic random source of the generator. Every record gets its own stream derived from
 * (seed, section, index), so e.g. candidate 17 is the same whatever the number of candidates.
 */
final class Rng {

    private final SplittableRandom random;

    private Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Stream for one record of a section. */
    static Rng of(long seed, String section, long index) {
        long h = seed;
        for (byte b : section.getBytes(StandardCharsets.UTF_8)) {
            h = h * 1_000_003L + b;
        }
        h = h * 0x9E3779B97F4A7C15L + index;
        return new Rng(mix(h));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform in [min, max]. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** Uniform in [min, max). */
    long between(long min, long max) {
        return max <= min ? min : min + random.nextLong(max - min);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double nextDouble() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Index chosen with the given weights. */
    int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** {@code k} distinct items in random order. */
    <T> List<T> sample(List<T> items, int k) {
        List<T> copy = new ArrayList<>(items);
        List<T> out = new ArrayList<>(Math.min(k, copy.size()));
        for (int i = 0; i < k && !copy.isEmpty(); i++) {
            out.add(copy.remove(random.nextInt(copy.size())));
        }
        return out;
    }

    /** Random version-4 UUID. */
    String uuid() {
        long msb = (random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /** 24-hex id (SR user ids, {@code UserId} pattern). */
    String hex24() {
        return String.format("%016x%08x", random.nextLong(), random.nextInt() & 0xFFFFFFFFL);
    }

    /** {@code n} random decimal digits. */
    String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }
}
