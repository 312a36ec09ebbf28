package org.synergies.reporting;

/**
 * Where an exchange rate comes from. The UN operational rate of exchange, set each month
 * by the UN Treasury for all UN transactions, is the default; another source is named.
 */
public enum RateSource {

	/** The UN operational rate of exchange of a month. */
	UN_OPERATIONAL,

	/** Another source, named in the rate's description, on a date. */
	OTHER,

	/**
	 * Entered before rates recorded their source: only the day it was entered at the
	 * latest is known.
	 */
	NOT_RECORDED

}
