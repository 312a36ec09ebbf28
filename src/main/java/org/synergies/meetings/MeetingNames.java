package org.synergies.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.shared.Language;
import org.synergies.shared.Name;
import org.synergies.shared.Name.Gender;
import org.synergies.shared.Name.Grammar;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.Phrase;

/**
 * Bodies and meetings as sentences name them, with the article their name takes in each
 * language. A meeting is never "la StC52": it is "the 52nd meeting of the Standing
 * Committee (StC52)", "la 52e réunion du Comité permanent (StC52)", "la 52ª reunión del
 * Comité Permanente (StC52)"; a Conference or Meeting of the Parties holds sessions in
 * French ("la 14e session de la Conférence des Parties (COP14)"), as the Convention's
 * French documents say. Either reads in any sentence that would have put the code.
 */
@Service
public class MeetingNames {

	private final JdbcClient jdbc;

	MeetingNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The body's name with its grammar. */
	@Transactional(readOnly = true)
	public Name body(UUID body) {
		return this.jdbc
			.sql("SELECT kind, code, name_en, name_fr, name_es, gender_fr, gender_es, plural_fr, plural_es,"
					+ " elision_fr FROM governing_body WHERE id = :id")
			.param("id", body)
			.query(MeetingNames::bodyName)
			.optional()
			.orElseThrow(() -> new NotFoundException("governing-body", body));
	}

	/** The meeting as sentences name it; see the class description. */
	@Transactional(readOnly = true)
	public Name meeting(UUID meeting) {
		return named("m.id = :key", meeting).orElseThrow(() -> new NotFoundException("meeting", meeting));
	}

	/** The meeting of this code ("StC52"), as sentences name it. */
	@Transactional(readOnly = true)
	public Optional<Name> meeting(String code) {
		return named("m.code = :key", code);
	}

	/**
	 * The meeting of this code with its article, for a sentence ("la 52e réunion du
	 * Comité permanent (StC52)"); a code no meeting has stands for itself.
	 */
	@Transactional(readOnly = true)
	public Phrase the(String code) {
		return meeting(code).map(Name::the).orElseGet(() -> Name.english(code).bare());
	}

	private Optional<Name> named(String condition, Object key) {
		return this.jdbc
			.sql("SELECT m.code AS meeting_code, m.number, b.kind, b.code, b.name_en, b.name_fr, b.name_es,"
					+ " b.gender_fr, b.gender_es, b.plural_fr, b.plural_es, b.elision_fr"
					+ " FROM meeting m JOIN governing_body b ON b.id = m.body_id WHERE " + condition)
			.param("key", key)
			.query((rs, row) -> meetingName(rs.getString("meeting_code"), rs.getInt("number"), rs.getString("kind"),
					bodyName(rs, row)))
			.optional();
	}

	static Name meetingName(String code, int number, String kind, Name body) {
		// a Conference or a Meeting of the Parties or of the Signatories holds sessions
		// in
		// French; a Meeting of the Parties or of the Signatories holds sessions in
		// English and
		// Spanish too ("the 9th session of the Meeting of the Parties", never "meeting of
		// the
		// Meeting")
		boolean meetingBody = kind.startsWith("MEETING_OF");
		boolean frenchSession = meetingBody || kind.endsWith("OF_THE_PARTIES");
		String english = ordinalEnglish(number) + (meetingBody ? " session " : " meeting ")
				+ body.ofThe().in(Language.EN) + " (" + code + ")";
		String french = number + (number == 1 ? "re " : "e ") + (frenchSession ? "session " : "réunion ")
				+ body.ofThe().in(Language.FR) + " (" + code + ")";
		String spanish = number + (meetingBody ? "ª sesión " : "ª reunión ") + body.ofThe().in(Language.ES) + " ("
				+ code + ")";
		Grammar feminine = new Grammar(Gender.FEMININE, false, false);
		return new Name(english, french, spanish, feminine, feminine);
	}

	static String ordinalEnglish(int number) {
		int lastTwo = number % 100;
		String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (number % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return number + suffix;
	}

	private static Name bodyName(ResultSet rs, int row) throws SQLException {
		return new Name(rs.getString("name_en"), rs.getString("name_fr"), rs.getString("name_es"),
				Grammar.of(rs.getString("gender_fr"), rs.getObject("plural_fr", Boolean.class),
						rs.getObject("elision_fr", Boolean.class)),
				Grammar.of(rs.getString("gender_es"), rs.getObject("plural_es", Boolean.class), null));
	}

}
