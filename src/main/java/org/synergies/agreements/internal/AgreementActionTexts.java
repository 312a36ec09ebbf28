package org.synergies.agreements.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.synergies.agreements.AgreementActionView;
import org.synergies.meetings.AdoptableTexts;
import org.synergies.shared.NotFoundException;

/**
 * The proposals about agreements, as the adoption flow reaches them. None is ever "in
 * force" in the flow's sense: each is applied to its agreement once adopted and
 * supersedes no other.
 */
@Component
class AgreementActionTexts implements AdoptableTexts<AgreementAction, AgreementActionView> {

	static final String KIND = "agreement-action";

	private final AgreementActionRecords records;

	AgreementActionTexts(AgreementActionRecords records) {
		this.records = records;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String rules() {
		return AgreementAction.RULES;
	}

	@Override
	public AgreementAction require(UUID id) {
		return this.records.findById(id).orElseThrow(() -> new NotFoundException(KIND, id));
	}

	@Override
	public Optional<AgreementAction> inForce() {
		return Optional.empty();
	}

	@Override
	public AgreementAction save(AgreementAction version) {
		return this.records.save(version);
	}

	@Override
	public AgreementActionView view(AgreementAction version) {
		return version.view();
	}

}
