import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The load of bench/soak.sh, run as a single-file program (java bench/Soak.java …).
 *
 * <pre>
 * java bench/Soak.java mail-sink PORT DIR             an SMTP server that keeps each message in DIR
 * java bench/Soak.java setup BASE MAIL_DIR EMAIL PASSWORD
 *                                  accepts the first administrator's invitation with PASSWORD,
 *                                  creates an API token and a reporting cycle; prints "TOKEN CYCLE"
 * java bench/Soak.java load BASE TOKEN EMAIL PASSWORD SECONDS
 * </pre>
 *
 * The load: four workers, each repeating reads (public pages and API), writes (an
 * organization created, then updated), a form sign-in with its CSRF token; a fifth asks
 * for a compilation of the newest reporting cycle and waits for it, again and again. It
 * prints errors by status, p50/p99 per minute and the drift of p99 from the first to the
 * last minute, and exits 1 on any 5xx, transport error or failed step.
 */
public class Soak {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

	static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");

	static final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	record Sample(long at, String kind, int status, long nanos) {
	}

	static final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();

	static final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

	static long started;

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "mail-sink" -> mailSink(Integer.parseInt(args[1]), Path.of(args[2]));
			case "setup" -> System.out.println(setup(args[1], Path.of(args[2]), args[3], args[4]));
			case "load" -> System.exit(load(args[1], args[2], args[3], args[4], Long.parseLong(args[5])));
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	// ---- the load

	static int load(String base, String token, String email, String password, long seconds) throws Exception {
		started = System.nanoTime();
		String cycle = newestCycle(base, token);
		long end = started + Duration.ofSeconds(seconds).toNanos();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			int worker = i;
			threads.add(started(() -> work(worker, base, token, email, password, end)));
		}
		threads.add(started(() -> compile(base, token, cycle, end)));
		for (Thread thread : threads) {
			thread.join();
		}
		return report(seconds);
	}

	static void work(int worker, String base, String token, String email, String password, long end) {
		String[] pages = { "/", "/organizations", "/accreditation/register", "/login" };
		String[] api = { "/api/v1/organizations?size=10", "/api/v1/reporting/reports/published",
				"/api/v1/accreditation/register", "/api/v1/meetings" };
		int round = 0;
		while (System.nanoTime() < end) {
			try {
				read("page", base + pages[round % pages.length], null);
				read("api-read", base + api[round % api.length], token);
				read("api-read", base + "/api/v1/me", token);
				if (round % 2 == 0) {
					write(base, token, worker, round);
				}
				if (round % 5 == worker % 5) {
					signIn(base, email, password);
				}
			}
			catch (Exception ex) {
				failures.add(worker + ": " + ex);
			}
			round++;
			pause(100);
		}
	}

	static void read(String kind, String url, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		expect(send(kind, request.build()), 200, url);
	}

	static void write(String base, String token, int worker, int round) throws Exception {
		String name = "Soak Society " + worker + "-" + round + "-" + System.nanoTime();
		HttpResponse<String> created = send("api-write", json(base + "/api/v1/organizations", token, "POST", """
				{"officialName": "%s", "kind": "NATIONAL_NGO", "headquarters": "KE", "allowSimilar": true}"""
			.formatted(name)));
		expect(created, 201, "create organization");
		String id = first(ID, created.body());
		String version = first(VERSION, created.body());
		HttpResponse<String> updated = send("api-write", json(base + "/api/v1/organizations/" + id, token, "PUT", """
				{"officialName": "%s (updated)", "kind": "NATIONAL_NGO", "headquarters": "TZ", "version": %s,
				 "allowSimilar": true}""".formatted(name, version)));
		expect(updated, 200, "update organization");
	}

	/** A form sign-in as a browser does it: the page for its CSRF token, then the form. */
	static void signIn(String base, String email, String password) throws Exception {
		Map<String, String> cookies = new LinkedHashMap<>();
		HttpResponse<String> page = send("signin-page", HttpRequest.newBuilder(URI.create(base + "/login")).build());
		expect(page, 200, "sign-in page");
		keep(cookies, page);
		HttpResponse<String> signedIn = send("signin",
				form(base + "/login", cookies,
						Map.of("email", email, "password", password, "_csrf", first(CSRF, page.body()))));
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("/login")) {
			failures.add("sign-in answered " + signedIn.statusCode() + " " + location);
		}
	}

	static void compile(String base, String token, String cycle, long end) {
		while (System.nanoTime() < end) {
			try {
				long start = System.nanoTime();
				HttpResponse<String> requested = send("compile-request",
						json(base + "/api/v1/reporting/compilations", token, "POST",
								"{\"cycle\": \"%s\", \"language\": \"FR\", \"symbol\": \"UNEP/CMS/COP15/Inf.99\"}"
									.formatted(cycle)));
				expect(requested, 202, "compilation request");
				String id = first(ID, requested.body());
				String status = "";
				long giveUp = Math.min(start + Duration.ofMinutes(5).toNanos(), end + Duration.ofSeconds(10).toNanos());
				while (!status.equals("DONE") && !status.equals("FAILED") && System.nanoTime() < giveUp) {
					pause(500);
					HttpResponse<String> polled = send("compile-poll",
							HttpRequest.newBuilder(URI.create(base + "/api/v1/reporting/compilations/" + id))
								.header("Authorization", "Bearer " + token)
								.build());
					expect(polled, 200, "compilation");
					status = first(STATUS, polled.body());
				}
				if (!status.equals("DONE") && !status.equals("FAILED") && System.nanoTime() >= end) {
					return; // still running when the soak ended: not a failure
				}
				samples.add(new Sample(System.nanoTime() - started, "compilation", status.equals("DONE") ? 200 : 599,
						System.nanoTime() - start));
				if (!status.equals("DONE")) {
					failures.add("compilation " + id + " ended " + (status.isEmpty() ? "never" : status));
				}
				HttpResponse<String> pdf = send("compile-download",
						HttpRequest.newBuilder(URI.create(base + "/api/v1/reporting/compilations/" + id + "/pdf"))
							.header("Authorization", "Bearer " + token)
							.build());
				expect(pdf, 200, "compiled PDF");
			}
			catch (Exception ex) {
				failures.add("compilation: " + ex);
			}
			pause(5000);
		}
	}

	static String newestCycle(String base, String token) throws Exception {
		HttpResponse<String> cycles = send("api-read", HttpRequest.newBuilder(URI.create(base + "/api/v1/reporting/cycles"))
			.header("Authorization", "Bearer " + token)
			.build());
		expect(cycles, 200, "cycles");
		return first(ID, cycles.body());
	}

	static int report(long seconds) {
		List<Sample> all = new ArrayList<>(samples);
		Map<Integer, Long> byStatus = all.stream()
			.collect(Collectors.groupingBy(Sample::status, TreeMap::new, Collectors.counting()));
		System.out.printf("%d requests in %d s (%.1f/s); by status: %s%n", all.size(), seconds,
				all.size() / (double) seconds, byStatus);
		Map<String, List<Sample>> byKind = all.stream()
			.collect(Collectors.groupingBy(Sample::kind, TreeMap::new, Collectors.toList()));
		byKind.forEach((kind, list) -> System.out.printf("  %-17s %6d  p50 %7.1f ms  p99 %7.1f ms%n", kind,
				list.size(), percentile(list, 50), percentile(list, 99)));
		// whole minutes of the run only (a compilation's last polls may come after its end)
		long minutes = Math.max(1, seconds / 60);
		Map<Long, List<Sample>> byMinute = all.stream()
			.filter(sample -> !sample.kind().equals("compilation"))
			.filter(sample -> sample.at() >= 0 && sample.at() / 60_000_000_000L < minutes)
			.collect(Collectors.groupingBy(sample -> sample.at() / 60_000_000_000L, TreeMap::new,
					Collectors.toList()));
		System.out.println("minute  requests  p50 ms  p99 ms  (requests; compilations apart)");
		byMinute.forEach((minute, list) -> System.out.printf("%6d  %8d  %6.1f  %6.1f%n", minute + 1, list.size(),
				percentile(list, 50), percentile(list, 99)));
		if (byMinute.size() > 1) {
			double first = percentile(byMinute.values().iterator().next(), 99);
			double last = percentile(((TreeMap<Long, List<Sample>>) byMinute).lastEntry().getValue(), 99);
			System.out.printf("p99 drift, first to last minute: %.1f ms -> %.1f ms (%+.0f%%)%n", first, last,
					(last - first) * 100 / first);
		}
		long errors = all.stream().filter(sample -> sample.status() >= 500 || sample.status() < 0).count();
		failures.stream().limit(20).forEach(failure -> System.out.println("FAILED: " + failure));
		System.out.printf("errors: %d (5xx or no answer), failed steps: %d%n", errors, failures.size());
		return errors == 0 && failures.isEmpty() ? 0 : 1;
	}

	static double percentile(List<Sample> list, int percent) {
		if (list.isEmpty()) {
			return 0;
		}
		List<Long> nanos = list.stream().map(Sample::nanos).sorted().toList();
		int index = (int) Math.ceil(percent / 100.0 * nanos.size()) - 1;
		return nanos.get(Math.max(0, index)) / 1e6;
	}

	// ---- setting up a database without demo data

	/** Accepts the first administrator's invitation, makes a token and a reporting cycle. */
	static String setup(String base, Path mailDir, String email, String password) throws Exception {
		String link = waitForLink(mailDir, Duration.ofMinutes(3));
		Map<String, String> cookies = new LinkedHashMap<>();
		HttpResponse<String> invitation = send("setup",
				HttpRequest.newBuilder(URI.create(base + "/invitation?token=" + link)).build());
		expect(invitation, 200, "invitation page");
		keep(cookies, invitation);
		HttpResponse<String> accepted = send("setup", form(base + "/invitation", cookies, Map.of("token", link,
				"password", password, "confirmation", password, "_csrf", first(CSRF, invitation.body()))));
		expect(accepted, 302, "invitation accepted");
		keep(cookies, accepted);

		HttpResponse<String> login = send("setup", get(base + "/login", cookies));
		keep(cookies, login);
		HttpResponse<String> signedIn = send("setup", form(base + "/login", cookies,
				Map.of("email", email, "password", password, "_csrf", first(CSRF, login.body()))));
		expect(signedIn, 302, "administrator signed in");
		keep(cookies, signedIn);
		HttpResponse<String> tokens = send("setup", get(base + "/account/tokens", cookies));
		expect(tokens, 200, "token page");
		keep(cookies, tokens);
		HttpResponse<String> issued = send("setup",
				form(base + "/account/tokens", cookies, Map.of("name", "soak", "expiresOn",
						LocalDate.now().plusDays(20).toString(), "_csrf", first(CSRF, tokens.body()))));
		expect(issued, 200, "token created");
		String token = first(Pattern.compile("(syn_[A-Za-z0-9_\\-]+)"), issued.body());

		String cop = "00000000-0000-4000-8000-00000000c0b1";
		String standingCommittee = "00000000-0000-4000-8000-00000000c0b2";
		LocalDate today = LocalDate.now();
		String meeting = created(base + "/api/v1/meetings", token, """
				{"body": "%s", "number": 99, "startsOn": "%s", "endsOn": "%s", "place": "Bonn", "country": "DE"}"""
			.formatted(cop, today.plusWeeks(20), today.plusWeeks(20).plusDays(5)));
		String decision = created(base + "/api/v1/decisions", token, """
				{"body": "%s", "procedure": "WRITTEN_PROCEDURE", "reference": "StC/Soak/1", "adoptedOn": "%s",
				 "text": "Adopts the civil-society reporting format."}""".formatted(standingCommittee, today));
		String template = created(base + "/api/v1/reporting/templates", token, "{}");
		expect(send("setup", json(base + "/api/v1/reporting/templates/" + template + "/submit", token, "POST", "{}")),
				200, "format submitted");
		expect(send("setup",
				json(base + "/api/v1/reporting/templates/" + template + "/adopt", token, "POST",
						"{\"decision\": \"%s\"}".formatted(decision))),
				200, "format adopted");
		String cycle = created(base + "/api/v1/reporting/cycles", token, """
				{"meeting": "%s", "opensOn": "%s", "weeksBeforeMeeting": 6}""".formatted(meeting, today));
		if (!failures.isEmpty()) {
			throw new IllegalStateException("Set-up failed: " + failures);
		}
		return token + " " + cycle;
	}

	static String created(String url, String token, String body) throws Exception {
		HttpResponse<String> response = send("setup", json(url, token, "POST", body));
		expect(response, 201, url);
		return first(ID, response.body());
	}

	static String waitForLink(Path mailDir, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		Pattern link = Pattern.compile("token=([A-Za-z0-9_\\-]+)");
		while (System.nanoTime() < deadline) {
			try (var files = Files.list(mailDir)) {
				for (Path file : files.sorted().toList()) {
					Optional<String> found = find(link, readable(Files.readString(file)));
					if (found.isPresent()) {
						return found.get();
					}
				}
			}
			pause(500);
		}
		throw new IllegalStateException("No invitation e-mail arrived in " + mailDir);
	}

	/** The message as text: quoted-printable undone, base64 parts decoded and appended. */
	static String readable(String message) {
		StringBuilder text = new StringBuilder(message.replace("=\r\n", "").replace("=\n", "").replace("=3D", "="));
		Matcher base64 = Pattern.compile("(?m)^([A-Za-z0-9+/=]{40,}\\r?\\n)+").matcher(message);
		while (base64.find()) {
			try {
				text.append(new String(Base64.getMimeDecoder().decode(base64.group()), StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException notBase64) {
				// a long line of another kind
			}
		}
		return text.toString();
	}

	// ---- a minimal SMTP server for the invitation e-mail

	static void mailSink(int port, Path dir) throws IOException {
		Files.createDirectories(dir);
		AtomicInteger count = new AtomicInteger();
		try (ServerSocket server = new ServerSocket(port, 10, InetAddress.getLoopbackAddress())) {
			while (true) {
				Socket socket = server.accept();
				started(() -> converse(socket, dir, count));
			}
		}
	}

	static void converse(Socket socket, Path dir, AtomicInteger count) {
		try (socket;
				BufferedReader in = new BufferedReader(
						new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
				OutputStream out = socket.getOutputStream()) {
			reply(out, "220 soak ESMTP");
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
				switch (command) {
					case "EHLO", "HELO" -> reply(out, "250 soak");
					case "DATA" -> {
						reply(out, "354 go on");
						StringBuilder message = new StringBuilder();
						while ((line = in.readLine()) != null && !line.equals(".")) {
							message.append(line).append("\r\n");
						}
						Files.writeString(dir.resolve("mail-%04d.eml".formatted(count.incrementAndGet())), message);
						reply(out, "250 kept");
					}
					case "QUIT" -> {
						reply(out, "221 bye");
						return;
					}
					default -> reply(out, "250 ok");
				}
			}
		}
		catch (IOException ex) {
			System.err.println("mail sink: " + ex);
		}
	}

	static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	// ---- HTTP

	static HttpResponse<String> send(String kind, HttpRequest request) throws Exception {
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
			samples.add(new Sample(start - started, kind, response.statusCode(), System.nanoTime() - start));
			return response;
		}
		catch (IOException ex) {
			samples.add(new Sample(start - started, kind, -1, System.nanoTime() - start));
			throw ex;
		}
	}

	static void expect(HttpResponse<String> response, int status, String what) {
		if (response.statusCode() != status) {
			String body = response.body() == null ? "" : response.body();
			failures.add(what + ": " + response.statusCode() + " instead of " + status + " "
					+ body.substring(0, Math.min(300, body.length())).replaceAll("\\s+", " "));
			throw new IllegalStateException(what + " answered " + response.statusCode());
		}
	}

	static HttpRequest json(String url, String token, String method, String body) {
		return HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method(method, BodyPublishers.ofString(body))
			.build();
	}

	static HttpRequest get(String url, Map<String, String> cookies) {
		return withCookies(HttpRequest.newBuilder(URI.create(url)), cookies).build();
	}

	static HttpRequest form(String url, Map<String, String> cookies, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return withCookies(HttpRequest.newBuilder(URI.create(url)), cookies)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body))
			.build();
	}

	/** Cookies by hand: the session cookie is Secure, which Java's CookieManager keeps off http. */
	static HttpRequest.Builder withCookies(HttpRequest.Builder request, Map<String, String> cookies) {
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies.entrySet()
				.stream()
				.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; ")));
		}
		return request.timeout(Duration.ofSeconds(30));
	}

	static void keep(Map<String, String> cookies, HttpResponse<String> response) {
		for (String header : response.headers().allValues("Set-Cookie")) {
			String pair = header.split(";", 2)[0];
			int equals = pair.indexOf('=');
			cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
		}
	}

	static String first(Pattern pattern, String text) {
		return find(pattern, text).orElseThrow(() -> new IllegalStateException("No " + pattern + " in the answer"));
	}

	static Optional<String> find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	static Thread started(Runnable runnable) {
		Thread thread = new Thread(runnable);
		thread.start();
		return thread;
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
