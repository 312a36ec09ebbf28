package org.synergies;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold (no module reaches into another's internals, no cycles, only
 * declared dependencies), and the module documentation in {@code docs/modules} matches
 * the code.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(SynergiesApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}

}
