package org.synergies.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;
import org.synergies.organizations.OrganizationDetails;
import org.synergies.organizations.OrganizationKind;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.support.TestEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner directory under load: 5,000 organizations, then the directory page (HTML)
 * and the API page (JSON) for 10, 100 and 500 results, over real HTTP. Prints throughput,
 * latency and SQL statements per page; fails only if the number of statements grows with
 * the page size (an N+1 query). Run: {@code ./mvnw -Pbench test} (add
 * {@code -Dsynergies.test.database=postgresql} for PostgreSQL).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryBenchmark {

	static final int ORGANIZATIONS = 5_000;

	static final int WARM_UP = 200;

	static final int MEASURED = 300;

	static final String[] KINDS = { "NGO", "Trust", "Society", "Foundation", "Network", "Alliance" };

	static final String[] COUNTRIES = { "DE", "FR", "KE", "BR", "IN", "AU", "CA", "SN", "PE", "JP" };

	static final String[] INSTRUMENTS = { "CMS", "AEWA", "EUROBATS", "RAPTORS", "SHARKS", "IOSEA" };

	@LocalServerPort
	int port;

	@Autowired
	OrganizationManagement organizations;

	@Autowired
	TransactionTemplate transactions;

	final HttpClient http = HttpClient.newHttpClient();

	@TestConfiguration
	static class Counting {

		@Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}

	}

	@Test
	void directoryPages() throws Exception {
		long seedStart = System.nanoTime();
		for (int batch = 0; batch < ORGANIZATIONS / 500; batch++) {
			int first = batch * 500;
			this.transactions.executeWithoutResult(status -> {
				for (int index = first; index < first + 500; index++) {
					this.organizations.register(organization(index));
				}
			});
		}
		double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "%-28s %6s %12s %12s %12s %10s", "page", "rows", "requests/s", "mean ms",
				"p95 ms", "SQL/page"));
		long[] statementsBySize = new long[3];
		int[] sizes = { 10, 100, 500 };
		for (String kind : new String[] { "/organizations?size=%d&sort=NAME", "/api/v1/organizations?size=%d" }) {
			for (int index = 0; index < sizes.length; index++) {
				String path = kind.formatted(sizes[index]);
				for (int warm = 0; warm < WARM_UP; warm++) {
					get(path);
				}
				StatementCounter.statements.set(0);
				get(path);
				long statements = StatementCounter.statements.get();
				statementsBySize[index] = statements;
				long[] timings = new long[MEASURED];
				long start = System.nanoTime();
				for (int request = 0; request < MEASURED; request++) {
					long before = System.nanoTime();
					get(path);
					timings[request] = System.nanoTime() - before;
				}
				double seconds = (System.nanoTime() - start) / 1e9;
				Arrays.sort(timings);
				lines.add(String.format(Locale.ROOT, "%-28s %6d %12.1f %12.2f %12.2f %10d",
						path.substring(0, path.indexOf('?')), sizes[index], MEASURED / seconds,
						seconds * 1000 / MEASURED, timings[(int) (MEASURED * 0.95)] / 1e6, statements));
			}
			assertThat(statementsBySize[2]).as("SQL statements must not grow with the page size")
				.isEqualTo(statementsBySize[0]);
		}

		System.out.println();
		System.out.printf(Locale.ROOT, "Directory benchmark on %s: %d organizations seeded in %.1f s (%.0f/s)%n",
				TestEnvironment.onPostgres() ? "PostgreSQL" : "H2", ORGANIZATIONS, seedSeconds,
				ORGANIZATIONS / seedSeconds);
		System.out.printf(Locale.ROOT,
				"Java %s, %d cores, sequential requests over HTTP, %d measured after %d warm-up%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), MEASURED, WARM_UP);
		lines.forEach(System.out::println);
		System.out.println();
	}

	private void get(String path) throws Exception {
		HttpResponse<Void> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.discarding());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
	}

	private static OrganizationDetails organization(int index) {
		return new OrganizationDetails("Benchmark " + KINDS[index % KINDS.length] + " " + index, null,
				index % 3 == 0 ? "Réseau " + index : null, null, "B" + index, OrganizationKind.values()[index % 9],
				COUNTRIES[index % COUNTRIES.length], Set.of(COUNTRIES[(index + 1) % COUNTRIES.length]),
				"https://org" + index + ".example.org", null, null, null,
				Set.of(INSTRUMENTS[index % INSTRUMENTS.length], INSTRUMENTS[(index + 2) % INSTRUMENTS.length]),
				Set.of("BIRDS"));
	}

}
