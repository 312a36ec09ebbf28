package org.synergies.system.database;

import java.time.Duration;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The threads of a PostgreSQL connection pool, so that they can be woken when requests
 * find the database unreachable. While the database is away, Hikari's connection adder
 * retries with a back-off that grows to five seconds; without a wake-up, service came
 * back up to five seconds after the database did. Woken (interrupted), the adder ends its
 * round and the next request starts a new one at once. Hikari's other pool threads (house
 * keeping, closing) run each task with a cleared interrupt flag, so waking them does
 * nothing.
 */
final class PoolThreads implements ThreadFactory {

	private static final long WAKE_INTERVAL_NANOS = Duration.ofMillis(500).toNanos();

	private static final Set<PoolThreads> pools = Collections
		.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

	private static final AtomicInteger counter = new AtomicInteger();

	private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

	private final AtomicLong lastWake = new AtomicLong(System.nanoTime() - WAKE_INTERVAL_NANOS);

	private final String name;

	PoolThreads(String name) {
		this.name = name;
		pools.add(this);
	}

	@Override
	public Thread newThread(Runnable work) {
		Thread thread = new Thread(work, this.name + "-" + counter.incrementAndGet());
		thread.setDaemon(true);
		this.threads.removeIf(existing -> !existing.isAlive());
		this.threads.add(thread);
		return thread;
	}

	/** Wakes every pool's threads, at most twice a second. */
	static void wakeAll() {
		synchronized (pools) {
			pools.forEach(PoolThreads::wake);
		}
	}

	private void wake() {
		long now = System.nanoTime();
		long last = this.lastWake.get();
		if (now - last >= WAKE_INTERVAL_NANOS && this.lastWake.compareAndSet(last, now)) {
			this.threads.removeIf(thread -> !thread.isAlive());
			this.threads.forEach(Thread::interrupt);
		}
	}

}
