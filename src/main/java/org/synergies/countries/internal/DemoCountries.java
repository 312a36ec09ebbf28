package org.synergies.countries.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.CurrentUser;
import org.synergies.countries.CountryMemberships;
import org.synergies.countries.FocalPointDesignation;
import org.synergies.countries.FocalPointDetails;
import org.synergies.countries.FocalPoints;
import org.synergies.countries.MembershipDetails;
import org.synergies.countries.MembershipStatus;
import org.synergies.shared.CountryCode;
import org.synergies.system.DemoData;

import static org.synergies.countries.FocalPointDesignation.ALTERNATE;
import static org.synergies.countries.FocalPointDesignation.PRIMARY;

/**
 * Memberships of a handful of countries, and fictional national focal points for them
 * across CMS, AEWA, CITES, Ramsar and the CBD (names invented, addresses at example.org);
 * India's CMS focal point is the demo focal point's account. A date is given only where
 * it is certain (India joined CMS when it entered into force on 1 November 1983, Ramsar
 * on 1 February 1982, CITES on 18 October 1976 and the CBD on 19 May 1994; Australia was
 * the first Party to Ramsar when it entered into force on 21 December 1975 and a Party to
 * the CBD from its entry into force on 29 December 1993); otherwise the status alone is
 * recorded and the date left unknown.
 */
@Component
@DemoData
@Order(45)
class DemoCountries implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCountries.class);

	private record Member(String country, String treaty, MembershipStatus status, @Nullable String since) {
	}

	private record Person(String country, String treaty, FocalPointDesignation designation, String name,
			String institution, String position, String email, String phone) {
	}

	private static final List<Member> MEMBERS = List.of(party("IN", "CMS", "1983-11-01"),
			party("IN", "CITES", "1976-10-18"), party("IN", "RAMSAR", "1982-02-01"), party("IN", "CBD", "1994-05-19"),
			signatory("IN", "RAPTORS"), signatory("IN", "DUGONG"), signatory("IN", "IOSEA"), party("DE", "CMS", null),
			party("DE", "AEWA", null), party("DE", "EUROBATS", null), party("DE", "ASCOBANS", null),
			party("DE", "CITES", null), party("DE", "RAMSAR", null), party("DE", "CBD", null), party("FR", "CMS", null),
			party("FR", "AEWA", null), party("FR", "EUROBATS", null), party("FR", "CITES", null),
			party("FR", "RAMSAR", null), party("FR", "CBD", null), party("GB", "CMS", null), party("GB", "AEWA", null),
			party("GB", "ASCOBANS", null), party("AU", "CMS", null), party("AU", "RAMSAR", "1975-12-21"),
			party("AU", "CBD", "1993-12-29"), party("AU", "CITES", null), signatory("AU", "DUGONG"),
			party("KE", "CMS", null), party("KE", "AEWA", null), party("KE", "CITES", null),
			party("KE", "RAMSAR", null), party("KE", "CBD", null), party("BR", "CMS", null), party("BR", "CITES", null),
			party("BR", "RAMSAR", null), party("BR", "CBD", null));

	private static final String DEMO_FOCAL_POINT = "focalpoint@synergies.example";

	private static final List<Person> PEOPLE = List.of(
			new Person("IN", "CMS", PRIMARY, "Priya Focal", "Ministry of Environment, Forest and Climate Change",
					"Inspector General of Forests (Wildlife)", "priya.focal@example.org", "+91 11 0000 0101"),
			new Person("IN", "CMS", ALTERNATE, "Arjun Mehta", "Ministry of Environment, Forest and Climate Change",
					"Deputy Inspector General of Forests", "arjun.mehta@example.org", "+91 11 0000 0102"),
			new Person("IN", "CITES", PRIMARY, "Kavita Rao", "Wildlife Crime Control Bureau", "Additional Director",
					"kavita.rao@example.org", "+91 11 0000 0103"),
			new Person("IN", "RAMSAR", PRIMARY, "Suresh Nair", "Wetlands Division", "Director",
					"suresh.nair@example.org", "+91 11 0000 0104"),
			new Person("IN", "CBD", PRIMARY, "Meera Iyer", "National Biodiversity Authority", "Secretary",
					"meera.iyer@example.org", "+91 44 0000 0105"),
			new Person("DE", "CMS", PRIMARY, "Katrin Weber", "Federal Ministry for the Environment",
					"Head of Division, International Species Conservation", "katrin.weber@example.org",
					"+49 228 0000 201"),
			new Person("DE", "AEWA", PRIMARY, "Jonas Fischer", "Federal Ministry for the Environment", "Desk Officer",
					"jonas.fischer@example.org", "+49 228 0000 202"),
			new Person("DE", "CITES", PRIMARY, "Anna Schmidt", "Federal Agency for Nature Conservation",
					"CITES Management Authority", "anna.schmidt@example.org", "+49 228 0000 203"),
			new Person("DE", "RAMSAR", PRIMARY, "Lukas Braun", "Federal Agency for Nature Conservation",
					"Wetlands Officer", "lukas.braun@example.org", "+49 228 0000 204"),
			new Person("DE", "CBD", PRIMARY, "Sabine Hoffmann", "Federal Ministry for the Environment",
					"Head of Division, Biological Diversity", "sabine.hoffmann@example.org", "+49 30 0000 205"),
			new Person("FR", "CMS", PRIMARY, "Claire Martin", "Ministère de la Transition écologique",
					"Chargée de mission espèces migratrices", "claire.martin@example.org", "+33 1 00 00 03 01"),
			new Person("FR", "AEWA", PRIMARY, "Julien Dubois", "Office français de la biodiversité",
					"Chef de projet oiseaux d’eau", "julien.dubois@example.org", "+33 1 00 00 03 02"),
			new Person("FR", "CITES", PRIMARY, "Sophie Bernard", "Ministère de la Transition écologique",
					"Organe de gestion CITES", "sophie.bernard@example.org", "+33 1 00 00 03 03"),
			new Person("KE", "CMS", PRIMARY, "Wanjiru Kamau", "Kenya Wildlife Service", "Senior Scientist",
					"wanjiru.kamau@example.org", "+254 20 000 0401"),
			new Person("KE", "AEWA", PRIMARY, "Otieno Odhiambo", "Kenya Wildlife Service", "Wetlands Coordinator",
					"otieno.odhiambo@example.org", "+254 20 000 0402"),
			new Person("KE", "RAMSAR", PRIMARY, "Achieng Njoroge", "Kenya Wildlife Service", "Wetlands Officer",
					"achieng.njoroge@example.org", "+254 20 000 0403"),
			new Person("KE", "CBD", PRIMARY, "Kiprop Cheruiyot", "National Environment Management Authority",
					"Director, Biodiversity", "kiprop.cheruiyot@example.org", "+254 20 000 0404"),
			new Person("BR", "CMS", PRIMARY, "Ana Souza", "Ministério do Meio Ambiente",
					"Coordenadora de Espécies Migratórias", "ana.souza@example.org", "+55 61 0000 0501"),
			new Person("BR", "CBD", PRIMARY, "Pedro Almeida", "Ministério do Meio Ambiente",
					"Diretor de Biodiversidade", "pedro.almeida@example.org", "+55 61 0000 0502"),
			new Person("BR", "RAMSAR", PRIMARY, "Juliana Costa", "Ministério do Meio Ambiente", "Analista Ambiental",
					"juliana.costa@example.org", "+55 61 0000 0503"));

	private final CountryMemberships memberships;

	private final FocalPoints focalPoints;

	private final AccountManagement accounts;

	DemoCountries(CountryMemberships memberships, FocalPoints focalPoints, AccountManagement accounts) {
		this.memberships = memberships;
		this.focalPoints = focalPoints;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!this.memberships.all(null).isEmpty()) {
			return;
		}
		AccountView administrator = this.accounts.findByEmail("admin@synergies.example").orElseThrow();
		UUID demoFocalPoint = this.accounts.findByEmail(DEMO_FOCAL_POINT).map(AccountView::id).orElse(null);
		CurrentUser.of(administrator).runAs(() -> {
			for (Member member : MEMBERS) {
				this.memberships.record(CountryCode.of(member.country()), new MembershipDetails(member.treaty(),
						member.status(), member.since() == null ? null : LocalDate.parse(member.since())));
			}
			for (Person person : PEOPLE) {
				boolean linked = person.country().equals("IN") && person.treaty().equals("CMS")
						&& person.designation() == PRIMARY;
				this.focalPoints.name(CountryCode.of(person.country()),
						new FocalPointDetails(person.treaty(), person.designation(), person.name(),
								person.institution(), person.position(), person.email(), person.phone(),
								linked ? demoFocalPoint : null));
			}
			return null;
		});
		log.info("Demo data: {} memberships and {} national focal points seeded", MEMBERS.size(), PEOPLE.size());
	}

	private static Member party(String country, String treaty, @Nullable String since) {
		return new Member(country, treaty, MembershipStatus.PARTY, since);
	}

	private static Member signatory(String country, String treaty) {
		return new Member(country, treaty, MembershipStatus.SIGNATORY, null);
	}

}
