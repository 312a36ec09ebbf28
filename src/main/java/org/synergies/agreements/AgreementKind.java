package org.synergies.agreements;

/** The kinds of agreement the Secretariat concludes (UNEP/CMS/COP13/Doc.18). */
public enum AgreementKind {

	MEMORANDUM_OF_UNDERSTANDING, MEMORANDUM_OF_COOPERATION, PARTNERSHIP_AGREEMENT, JOINT_WORK_PLAN, LETTER_OF_AGREEMENT,
	OTHER

}
