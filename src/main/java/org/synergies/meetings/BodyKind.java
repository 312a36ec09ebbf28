package org.synergies.meetings;

/**
 * What a governing body is. The Agreements have a Meeting of the Parties; the Memoranda
 * of Understanding a Meeting of the Signatories.
 */
public enum BodyKind {

	CONFERENCE_OF_THE_PARTIES, STANDING_COMMITTEE, SCIENTIFIC_COUNCIL, SESSIONAL_COMMITTEE, WORKING_GROUP,
	MEETING_OF_THE_PARTIES, MEETING_OF_SIGNATORIES

}
