package io.srconnector.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class SlidingWindowLimiterTest {

    @Test
    void neverGrantsMoreThanTheLimitInAnyWindowEvenAcrossCycleBoundaries() throws Exception {
        SlidingWindowLimiter l = new SlidingWindowLimiter(5, Duration.ofMillis(200));
        List<Long> grants = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        for (int t = 0; t < 6; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 5; i++) {
                    if (l.acquire(Duration.ofSeconds(5))) {
                        grants.add(System.nanoTime());
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        List<Long> sorted = new ArrayList<>(grants);
        Collections.sort(sorted);
        assertThat(sorted).hasSize(30);
        for (int i = 5; i < sorted.size(); i++) {
            // the 6th grant after any grant comes at least one window later
            assertThat(sorted.get(i) - sorted.get(i - 5)).isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos());
        }
        // 30 grants at 5 per 200 ms need at least 5 windows
        assertThat(sorted.get(29) - sorted.get(0)).isGreaterThanOrEqualTo(Duration.ofMillis(1000).toNanos());
    }

    @Test
    void givesUpAfterTheTimeout() throws Exception {
        SlidingWindowLimiter l = new SlidingWindowLimiter(1, Duration.ofSeconds(10));
        assertThat(l.acquire(Duration.ofMillis(10))).isTrue();
        long start = System.nanoTime();
        assertThat(l.acquire(Duration.ofMillis(50))).isFalse();
        assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(1).toNanos());
    }

    @Test
    void drainBlocksOneWholeWindow() throws Exception {
        SlidingWindowLimiter l = new SlidingWindowLimiter(3, Duration.ofMillis(300));
        l.drain();
        long start = System.nanoTime();
        assertThat(l.acquire(Duration.ofSeconds(2))).isTrue();
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(250).toNanos());
    }
}
