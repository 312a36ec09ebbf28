package org.synergies.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver (nothing is downloaded).
 * Without them a developer's run skips the browser journeys; under {@code CI=true} they
 * fail instead.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** How often a wait looks again (WebDriverWait's own default is half a second). */
	private static final Duration POLL = Duration.ofMillis(50);

	private static final Dimension WINDOW = new Dimension(1280, 1024);

	/**
	 * One Chromium for the whole test JVM: starting one takes seconds, so the journeys
	 * share it, each starting from a browser with no cookies, no stored data for its
	 * origin, one tab, the default window size and a normal network ({@link #close()}).
	 */
	private static ChromeDriver shared;

	private static Path sharedProfile;

	private final ChromeDriver driver;

	private final String base;

	private boolean throttled;

	private Browser(ChromeDriver driver, String base) {
		this.driver = driver;
		this.base = base;
	}

	public static Browser open(int port) throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but Chromium or chromedriver is missing (see .ci/run)");
		}
		Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed: browser journeys skipped");
		return new Browser(chromium(), "http://localhost:" + port);
	}

	private static synchronized ChromeDriver chromium() throws IOException {
		if (shared != null) {
			return shared;
		}
		Path profile = Files.createTempDirectory("synergies-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=en-US", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		if (sharedProfile == null) {
			Runtime.getRuntime().addShutdownHook(new Thread(Browser::quit));
		}
		shared = driver;
		sharedProfile = profile;
		return driver;
	}

	private static synchronized void quit() {
		if (shared != null) {
			try {
				shared.quit();
			}
			catch (WebDriverException ignored) {
				// already gone
			}
			shared = null;
		}
		if (sharedProfile != null) {
			try (Stream<Path> files = Files.walk(sharedProfile)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
			catch (IOException ignored) {
				// a temporary directory
			}
		}
	}

	private WebDriverWait waiting(Duration timeout) {
		return new WebDriverWait(this.driver, timeout, POLL);
	}

	public Browser go(String path) {
		this.driver.get(path.startsWith("http") ? path : this.base + path);
		return this;
	}

	public Browser type(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/**
	 * Clicks a button or link by its text. When that loads another page (a link, or a
	 * form sent without htmx), waits until the new page has replaced the old one, so what
	 * follows reads the page the click led to.
	 */
	public Browser click(String visibleText) {
		WebElement target = this.driver.findElement(
				By.xpath("//*[(self::button or self::a) and normalize-space(.)=" + xpathLiteral(visibleText) + "]"));
		boolean loadsAPage = loadsAPage(target);
		target.click();
		if (loadsAPage) {
			awaitNewPage(target);
		}
		return this;
	}

	/**
	 * Whether clicking an element loads another page: htmx requests and in-page links do
	 * not; a form whose htmx request is triggered by something else than sending it does.
	 */
	private static final String LOADS_A_PAGE = """
			const e = arguments[0];
			const hx = el => ['hx-get', 'hx-post', 'hx-put', 'hx-patch', 'hx-delete'].some(a => el.hasAttribute(a));
			if (hx(e)) return false;
			if (e.tagName === 'A') {
			  const href = e.getAttribute('href');
			  return !!href && !href.startsWith('#') && !e.hasAttribute('download');
			}
			const form = e.tagName !== 'BUTTON' || e.type === 'submit' ? e.form : null;
			if (!form) return false;
			const trigger = form.getAttribute('hx-trigger') || 'submit';
			return !hx(form) || !trigger.includes('submit');
			""";

	private boolean loadsAPage(WebElement element) {
		return Boolean.TRUE.equals(((JavascriptExecutor) this.driver).executeScript(LOADS_A_PAGE, element));
	}

	/**
	 * Waits until the element the user acted on has gone with its page and the next page
	 * has loaded. A page that stays (the browser refused the form, say) is left for the
	 * test's own assertions to describe.
	 */
	private void awaitNewPage(WebElement old) {
		try {
			waiting(Duration.ofSeconds(10)).until(driver -> isGone(old));
		}
		catch (TimeoutException ex) {
			return;
		}
		waiting(Duration.ofSeconds(10)).ignoring(WebDriverException.class)
			.until(driver -> "complete"
				.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	/**
	 * Whether an element has left the page: touching it fails as stale or,
	 * mid-navigation, with Chromium's "node does not belong to the document".
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException gone) {
			return true;
		}
	}

	/** Picks a file for a file field. */
	public Browser attach(String id, Path file) {
		this.driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
		return this;
	}

	/** Ticks a radio button or checkbox. */
	public Browser check(String id) {
		this.driver.findElement(By.id(id)).click();
		return this;
	}

	/**
	 * Sets a date field: typing into one depends on the browser's locale, so the value
	 * (ISO) is set as a user's date picker would.
	 */
	public Browser date(String id, LocalDate value) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1];",
				this.driver.findElement(By.id(id)), value.toString());
		return this;
	}

	/** Ticks, inside an element, the checkbox or radio button with this label. */
	public Browser tick(String containerId, String labelText) {
		this.driver.findElement(By.xpath("//*[@id=" + xpathLiteral(containerId)
				+ "]//label[contains(normalize-space(.), " + xpathLiteral(labelText) + ")]"))
			.click();
		return this;
	}

	/**
	 * Waits for a link to appear (e.g. once a background job is done) and follows none.
	 */
	public void waitForLink(String visibleText) {
		waiting(Duration.ofSeconds(60)).until(ExpectedConditions
			.presenceOfElementLocated(By.xpath("//a[normalize-space(.)=" + xpathLiteral(visibleText) + "]")));
	}

	/**
	 * Downloads what a link points to with this browser's session, as saving it would:
	 * headless Chromium keeps downloads out of reach, so the bytes are fetched with the
	 * same cookies.
	 */
	public byte[] download(String linkText) throws IOException, InterruptedException {
		By link = By.xpath("//a[normalize-space(.)=" + xpathLiteral(linkText) + "]");
		// A page that refreshes itself (a compilation's progress) may replace the link
		// while it is read.
		String href = waiting(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElement(link).getDomAttribute("href"));
		String cookies = this.driver.manage()
			.getCookies()
			.stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + href)).header("Cookie", cookies).build();
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as("download of " + href).isEqualTo(200);
		return response.body();
	}

	/**
	 * Makes every request take this much longer, as on a slow connection; zero undoes it.
	 */
	public Browser slowNetwork(Duration latency) {
		ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
		conditions.setLatency(latency);
		this.driver.setNetworkConditions(conditions);
		this.throttled = true;
		return this;
	}

	/**
	 * Resizes the window, as a person on a phone (390 × 844) or a laptop would see it.
	 */
	public Browser resize(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
		return this;
	}

	/**
	 * What makes the page wider than the window (a phone user would scroll the whole page
	 * sideways): the outermost elements that stick out, empty when nothing does. Asked
	 * once the page has settled at the window's size (a resize reaches the page a moment
	 * after it is asked for).
	 */
	public List<String> stickingOut() {
		List<String> found = new ArrayList<>();
		try {
			waiting(Duration.ofSeconds(3)).until(driver -> {
				found.clear();
				found.addAll(asStrings(((JavascriptExecutor) driver).executeScript(STICKING_OUT)));
				return found.isEmpty();
			});
		}
		catch (TimeoutException ex) {
			// found says what sticks out
		}
		return found;
	}

	private static final String STICKING_OUT = """
			var width = document.documentElement.clientWidth;
			if (document.documentElement.scrollWidth <= width) return [];
			var sticks = function (e) { return e.getBoundingClientRect().right > width + 1; };
			var out = [];
			document.querySelectorAll('body *').forEach(function (e) {
			  var parent = e.parentElement;
			  if (sticks(e) && !(parent && parent !== document.body && sticks(parent))) {
			    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''));
			  }
			});
			return out.length ? out : ['(the page, ' + document.documentElement.scrollWidth + ' px wide)'];
			""";

	private static List<String> asStrings(Object list) {
		return ((List<?>) list).stream().map(String::valueOf).toList();
	}

	/** Waits as a person does between two actions. */
	public Browser pause(Duration duration) throws InterruptedException {
		Thread.sleep(duration.toMillis());
		return this;
	}

	/** Signs out by forgetting the session, as closing the browser would. */
	public Browser forgetSession() {
		this.driver.manage().deleteAllCookies();
		return this;
	}

	public Browser choose(String selectId, String visibleText) {
		new Select(this.driver.findElement(By.id(selectId))).selectByVisibleText(visibleText);
		return this;
	}

	/** Submits the form that holds the given field. */
	public Browser submit(String fieldId) {
		WebElement field = this.driver.findElement(By.id(fieldId));
		boolean loadsAPage = loadsAPage(field);
		field.submit();
		if (loadsAPage) {
			awaitNewPage(field);
		}
		return this;
	}

	public String heading() {
		return read(By.tagName("h1"));
	}

	public String text() {
		return read(By.tagName("body"));
	}

	/** Reads an element's text, waiting out a page that is still being replaced. */
	private String read(By locator) {
		return waiting(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElement(locator).getText());
	}

	public String path() {
		return this.driver.getCurrentUrl().replace(this.base, "");
	}

	public String language() {
		return this.driver.findElement(By.tagName("html")).getAttribute("lang");
	}

	public void waitForText(String text) {
		waiting(Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
	}

	public Browser signIn(String email, String password) {
		go("/login").type("email", email).type("password", password);
		this.driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		waiting(Duration.ofSeconds(10)).until(driver -> !driver.getCurrentUrl().startsWith(this.base + "/login"));
		return this;
	}

	/** Fails on any WCAG 2.1 A or AA violation axe-core finds on the current page. */
	public void assertAccessible() {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(this.driver);
		String violations = results.getViolations().stream().map(Browser::describe).collect(Collectors.joining("\n"));
		assertThat(results.getViolations()).as("accessibility violations on " + path() + ":\n" + violations).isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getId() + ": " + rule.getHelp() + " "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
	}

	private static String xpathLiteral(String text) {
		return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
	}

	/**
	 * Leaves the shared Chromium as a fresh one would be for the next journey: one tab,
	 * no cookies, nothing stored for this origin (htmx's history cache included), the
	 * default window size, a normal network. A browser that cannot be reset is quit, and
	 * the next journey starts another.
	 */
	@Override
	public void close() {
		try {
			List<String> tabs = new ArrayList<>(this.driver.getWindowHandles());
			for (String tab : tabs.subList(1, tabs.size())) {
				this.driver.switchTo().window(tab).close();
			}
			this.driver.switchTo().window(tabs.get(0));
			if (this.throttled) {
				slowNetwork(Duration.ZERO);
			}
			this.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
			this.driver.executeCdpCommand("Storage.clearDataForOrigin",
					Map.of("origin", this.base, "storageTypes", "all"));
			this.driver.get("about:blank");
			this.driver.manage().window().setSize(WINDOW);
		}
		catch (WebDriverException broken) {
			quit();
		}
	}

}
