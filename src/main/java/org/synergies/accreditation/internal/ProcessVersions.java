package org.synergies.accreditation.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.synergies.accreditation.ProcessAdopted;
import org.synergies.accreditation.ProcessView;
import org.synergies.meetings.AdoptableTexts;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.VersionStatus;

/** The versions of the accreditation process, as the adoption flow reaches them. */
@Component
class ProcessVersions implements AdoptableTexts<AccreditationProcess, ProcessView> {

	private final Processes processes;

	ProcessVersions(Processes processes) {
		this.processes = processes;
	}

	@Override
	public String kind() {
		return AccreditationSteps.PROCESS;
	}

	@Override
	public String rules() {
		return "process";
	}

	@Override
	public AccreditationProcess require(UUID id) {
		return this.processes.findById(id).orElseThrow(() -> new NotFoundException(kind(), id));
	}

	@Override
	public Optional<AccreditationProcess> inForce() {
		return this.processes.findByStatus(VersionStatus.ADOPTED).stream().findFirst();
	}

	@Override
	public AccreditationProcess save(AccreditationProcess version) {
		return this.processes.save(version);
	}

	@Override
	public ProcessView view(AccreditationProcess version) {
		return version.view();
	}

	@Override
	public Optional<Object> adopted(ProcessView version, UUID decision) {
		return Optional.of(new ProcessAdopted(version.id(), version.number(), decision));
	}

}
