package org.synergies.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The programs some document tests run (LibreOffice's {@code soffice}, Poppler's
 * {@code pdftotext}): a test is skipped where one is missing, except under CI, which
 * installs them.
 */
public final class ExternalTools {

	private ExternalTools() {
	}

	public static void require(String tool) throws Exception {
		boolean present = new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
		if (!present && "true".equals(System.getenv("CI"))) {
			throw new AssertionError(
					tool + " is missing: .ci/run installs it (libreoffice-writer-nogui, poppler-utils)");
		}
		assumeThat(present).as(tool + " is not installed here (CI installs it); the layout is not checked").isTrue();
	}

	/** Runs a command in a directory; its output, once it ended well within the time. */
	public static String run(Path directory, int seconds, String... command) throws Exception {
		Path output = Files.createTempFile(directory, "out", ".txt");
		Process process = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(String.join(" ", command) + " took more than " + seconds + " s");
		}
		String text = Files.readString(output, StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(String.join(" ", command) + ": " + text).isZero();
		return text;
	}

	/** A DOCX converted to PDF by LibreOffice headless, then to text by pdftotext. */
	public static String docxAsText(Path directory, String name, byte[] docx) throws Exception {
		return docxAsText(directory, Map.of(name, docx)).get(name);
	}

	/**
	 * Several DOCX files converted to PDF by one LibreOffice run (its start is most of
	 * the time), then each to text by pdftotext: the text of each by the name it was
	 * given.
	 */
	public static Map<String, String> docxAsText(Path directory, Map<String, byte[]> files) throws Exception {
		require("soffice");
		require("pdftotext");
		List<String> command = new ArrayList<>(
				List.of("soffice", "-env:UserInstallation=" + directory.resolve("profile").toUri(), "--headless",
						"--convert-to", "pdf", "--outdir", directory.toString()));
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			command.add(Files.write(directory.resolve(file.getKey() + ".docx"), file.getValue()).toString());
		}
		run(directory, 180, command.toArray(String[]::new));
		Map<String, String> texts = new LinkedHashMap<>();
		for (String name : files.keySet()) {
			texts.put(name,
					run(directory, 60, "pdftotext", "-layout", directory.resolve(name + ".pdf").toString(), "-"));
		}
		return texts;
	}

}
