package org.synergies.notifications;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.CurrentUser;
import org.synergies.accounts.Role;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the profile {@code demo}, notification 2018/008 of 3 August 2018 is published in
 * three languages with the seed's contributions: the Governments of Australia and Poland,
 * and Wild Migration also on behalf of BirdLife International, OceanCare and the Wildlife
 * Conservation Society; their courtesy translations under way (Poland's French checked
 * and Spanish received, Australia's French requested, Wild Migration's Spanish in
 * progress).
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
	CourtesyTranslations translations;

	@Autowired
	TranslationRequests requests;

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

	@Test
	void theContributionsCourtesyTranslationsAreUnderWay() {
		NotificationView notification = this.notifications.require("2018-008");
		Map<String, String> statuses = new TreeMap<>();
		for (CourtesyTranslation translation : this.translations.ofNotification(notification.id())) {
			String sender = CurrentUser.of(this.accounts.findByEmail("admin@synergies.example").orElseThrow())
				.runAs(() -> this.contributions.require(translation.contribution()))
				.sender()
				.name();
			statuses.put(sender + " " + translation.language(), translation.status().name());
		}
		assertThat(statuses).containsExactly(Map.entry("Australia FR", "REQUESTED"), Map.entry("Poland ES", "RECEIVED"),
				Map.entry("Poland FR", "CHECKED"), Map.entry("Wild Migration ES", "IN_PROGRESS"));
		AccountView therese = this.accounts.findByEmail("translator@synergies.example").orElseThrow();
		assertThat(therese.displayName()).isEqualTo("Thérèse Traductrice");
		assertThat(therese.has(Role.TRANSLATOR)).isTrue();
		List<TranslationRequests.Assignment> assigned = CurrentUser.of(therese).runAs(this.requests::assignments);
		assertThat(assigned).extracting(assignment -> assignment.contribution().sender().name())
			.as("soonest due first: Australia's is pending, due in two weeks")
			.contains("Australia", "Poland");
		assertThat(assigned).filteredOn(a -> a.translation().status() == TranslationStatus.REQUESTED)
			.singleElement()
			.satisfies(a -> assertThat(a.translation().dueOn()).isAfter(java.time.LocalDate.now()));
		assertThat(this.mvc.get().uri("/translations").with(TestAccounts.as(therese))).hasStatusOk()
			.bodyText()
			.contains("Australia", "2018/008");
	}

}
