package org.synergies.mandates.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.synergies.mandates.AmendmentView;
import org.synergies.meetings.AdoptableTexts;
import org.synergies.meetings.GoverningBody;
import org.synergies.shared.NotFoundException;

/**
 * The amendments to resolutions, as the adoption flow reaches them: adopted by a decision
 * of the Conference of the Parties. None is "in force" in the flow's sense: an adopted
 * amendment produces a new revision of its resolution and supersedes no other amendment.
 */
@Component
class AmendmentTexts implements AdoptableTexts<Amendment, AmendmentView> {

	static final String KIND = "mandate-amendment";

	private final AmendmentRecords records;

	AmendmentTexts(AmendmentRecords records) {
		this.records = records;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String rules() {
		return Amendment.RULES;
	}

	@Override
	public Amendment require(UUID id) {
		return this.records.findById(id).orElseThrow(() -> new NotFoundException(KIND, id));
	}

	@Override
	public Optional<Amendment> inForce() {
		return Optional.empty();
	}

	@Override
	public Amendment save(Amendment version) {
		return this.records.save(version);
	}

	@Override
	public AmendmentView view(Amendment version) {
		return version.view();
	}

	@Override
	public UUID adoptingBody() {
		return GoverningBody.CONFERENCE_OF_THE_PARTIES;
	}

}
