package org.synergies.meetings;

import java.util.Optional;
import java.util.UUID;

import org.synergies.shared.AdoptableVersion;

/**
 * The port through which {@link Adoptions} reaches the versions of one kind of text the
 * Standing Committee adopts (the accreditation process, the reporting format, and next
 * amended resolutions or agreement extensions). The module that owns the text implements
 * it over its own repository; the steps of adoption stay in one place.
 *
 * @param <T> the text's version, guarding its own steps
 * @param <V> the read-only view of a version, as the audit trail records it
 */
public interface AdoptableTexts<T extends AdoptableVersion, V> {

	/**
	 * What the audit trail and a "not found" call this text, e.g.
	 * {@code accreditation-process}.
	 */
	String kind();

	/** The prefix of the rules a step breaks, e.g. {@code process}, {@code template}. */
	String rules();

	/**
	 * The version; a {@link org.synergies.shared.NotFoundException} when there is none.
	 */
	T require(UUID id);

	/** The version in force, if any: at most one is. */
	Optional<T> inForce();

	/** Saves a version after a step, and returns it as saved. */
	T save(T version);

	V view(T version);

	/**
	 * The governing body whose decision adopts a version: the Standing Committee by
	 * default; the Conference of the Parties for amendments to its resolutions.
	 */
	default UUID adoptingBody() {
		return GoverningBody.STANDING_COMMITTEE;
	}

	/**
	 * The past-tense event that tells other modules this version is now in force, when
	 * one of them acts on it; none by default (a text may have no event).
	 */
	default Optional<Object> adopted(V version, UUID decision) {
		return Optional.empty();
	}

}
