package org.synergies;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries hold (no module reaches into another's internals, no cycles, only
 * declared dependencies), and the module documentation in {@code docs/modules} matches
 * the code.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(SynergiesApplication.class);

	static final Path COMMITTED = Path.of("docs/modules");

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * Spring Modulith writes components and relations in an order that varies from run to
	 * run, which PlantUML ignores: files are compared as sorted lines, so a module, a
	 * dependency or a description that appears or goes is a difference; a new order is
	 * not. {@code ./mvnw test -Dtest=ModularityTests -Dmodules.write=true} writes them.
	 */
	@Test
	void committedModuleDocumentationMatchesTheCode(@TempDir Path generated) throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		if (Boolean.getBoolean("modules.write")) {
			write(generated);
		}
		assertThat(sortedLines(COMMITTED))
			.as("docs/modules differs from the modules of the code: regenerate it with "
					+ "`./mvnw test -Dtest=ModularityTests -Dmodules.write=true` and commit it (and update "
					+ "docs/architecture.md if the module graph changed)")
			.isEqualTo(sortedLines(generated));
	}

	private static void write(Path generated) throws IOException {
		for (Path stale : pumlFiles(COMMITTED)) {
			Files.delete(stale);
		}
		for (Path file : pumlFiles(generated)) {
			Files.copy(file, COMMITTED.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Each PlantUML file by name, as its lines in sorted order. */
	private static Map<String, List<String>> sortedLines(Path folder) throws IOException {
		Map<String, List<String>> files = new TreeMap<>();
		for (Path file : pumlFiles(folder)) {
			try (Stream<String> lines = Files.lines(file)) {
				files.put(file.getFileName().toString(), lines.map(String::stripTrailing).sorted().toList());
			}
		}
		return files;
	}

	private static List<Path> pumlFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.toString().endsWith(".puml")).sorted().toList();
		}
	}

}
