package org.synergies.mandates;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MandateAddressTests {

	@Test
	void readsTheAddressesThePagesUse() {
		assertThat(MandateAddress.parse("11.10/para-6bis")).hasValueSatisfying(address -> {
			assertThat(address.kind()).isEqualTo(MandateKind.RESOLUTION);
			assertThat(address.number()).isEqualTo("11.10");
			assertThat(address.paragraphKey()).isEqualTo("6.bis");
			assertThat(address.path()).isEqualTo("/mandates/11.10/para-6bis");
		});
		assertThat(MandateAddress.parse("/mandates/decision-13.aa")).hasValueSatisfying(address -> {
			assertThat(address.kind()).isEqualTo(MandateKind.DECISION);
			assertThat(address.number()).isEqualTo("13.AA");
			assertThat(address.paragraph()).isNull();
			assertThat(address).hasToString("decision-13.AA");
		});
		assertThat(MandateAddress.parse("mandates/11.10/rev-cop12/para-27")).map(MandateAddress::toString)
			.hasValue("11.10/para-27");
	}

	@Test
	void refusesWhatIsNoAddress() {
		assertThat(MandateAddress.parse(null)).isEmpty();
		assertThat(MandateAddress.parse("Resolution 11.10")).isEmpty();
		assertThat(MandateAddress.parse("11.10/para-six")).isEmpty();
		assertThat(MandateAddress.parse("https://example.org/mandates/11.10")).isEmpty();
	}

}
