package org.synergies.notifications;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the profile {@code demo}, notification 2018/008 of 3 August 2018 is published in
 * three languages with the seed's contributions: the Governments of Australia and Poland,
 * and Wild Migration also on behalf of BirdLife International, OceanCare and the Wildlife
 * Conservation Society.
 */
@SpringBootTest
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class DemoNotificationsTests {

	@Autowired
	Notifications notifications;

	@Autowired
	Contributions contributions;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MockMvcTester mvc;

	@Test
	void notification2018008CarriesTheSeedsContributions() {
		NotificationView notification = this.notifications.require("2018-008");
		assertThat(notification.number()).isEqualTo("2018/008");
		assertThat(notification.dated()).hasToString("2018-08-03");
		assertThat(notification.mandateParagraphs()).containsExactly("11.10/para-6");

		List<ContributionView> received = CurrentUser
			.of(this.accounts.findByEmail("admin@synergies.example").orElseThrow())
			.runAs(() -> this.contributions.of(notification.id()));
		assertThat(received).extracting(contribution -> contribution.sender().name())
			.containsExactly("Australia", "Poland", "Wild Migration");
		assertThat(received.get(2).onBehalf()).extracting(Addressee::name)
			.containsExactly("BirdLife International", "OceanCare", "Wildlife Conservation Society");
		assertThat(received).allSatisfy(contribution -> assertThat(contribution.late()).isFalse());
		assertThat(received).allSatisfy(contribution -> assertThat(contribution.unsolicited()).isFalse());

		assertThat(this.mvc.get().uri("/notifications/2018-008").header("Accept-Language", "fr")).hasStatusOk()
			.bodyText()
			.contains("Examen de la relation entre la Famille de la CMS et la société civile");
		assertThat(this.mvc.get().uri("/countries/AU")).hasStatusOk().bodyText().contains("2018/008");
	}

}
