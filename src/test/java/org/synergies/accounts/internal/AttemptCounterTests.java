package org.synergies.accounts.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;
import org.synergies.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attempts counted at the same moment are all counted, each reading its own count: the
 * throttles built on the counter cannot be slipped past by trying many times at once.
 */
@SpringBootTest
@DatabaseTest
class AttemptCounterTests {

	@Autowired
	AttemptCounter counter;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void concurrentAttemptsAreNeverLost() throws Exception {
		String subject = "test " + System.nanoTime();
		int threads = 8;
		int each = 25;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Callable<Integer>> attempts = IntStream.range(0, threads * each)
				.<Callable<Integer>>mapToObj(i -> () -> this.transactions
					.execute(status -> this.counter.count(subject, Duration.ofHours(1))))
				.toList();
			List<Integer> counts = pool.invokeAll(attempts).stream().map(AttemptCounterTests::get).toList();

			assertThat(counts).as("each attempt reads the count it made")
				.containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, threads * each).boxed().toList());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Successful sign-ins of one address forget its count while others count it: every
	 * count still reads a number (it once found the row deleted under it, and the sign-in
	 * failed as "could not be checked").
	 */
	@Test
	void countingWhileAnotherForgetsAlwaysCounts() throws Exception {
		String subject = "test " + System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> attempts = IntStream.range(0, 400)
				.<Callable<Integer>>mapToObj(i -> () -> this.transactions.execute(status -> {
					if (i % 2 == 0) {
						return this.counter.count(subject, Duration.ofHours(1));
					}
					this.counter.forget(subject);
					return 1;
				}))
				.toList();
			List<Integer> counts = pool.invokeAll(attempts).stream().map(AttemptCounterTests::get).toList();

			assertThat(counts).hasSize(400).allSatisfy(count -> assertThat(count).isPositive());
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aWindowThatHasPassedStartsAgain() {
		String subject = "test " + System.nanoTime();
		this.transactions.execute(status -> this.counter.count(subject, Duration.ofHours(1)));
		this.transactions.execute(status -> this.counter.count(subject, Duration.ofHours(1)));

		Integer afterTheWindow = this.transactions.execute(status -> this.counter.count(subject, Duration.ZERO));

		assertThat(afterTheWindow).isEqualTo(1);
	}

	private static Integer get(Future<Integer> future) {
		try {
			return future.get();
		}
		catch (Exception exception) {
			throw new IllegalStateException(exception);
		}
	}

}
