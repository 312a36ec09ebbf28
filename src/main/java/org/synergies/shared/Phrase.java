package org.synergies.shared;

/**
 * Words that read differently in each working language: a name with its article, a
 * meeting, a date. Passed as a message argument, it is written in the language of the
 * message (the application's message source resolves it), so that a sentence and the
 * phrase in it always agree.
 */
@FunctionalInterface
public interface Phrase {

	String in(Language language);

}
