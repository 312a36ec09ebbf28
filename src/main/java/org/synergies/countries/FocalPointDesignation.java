package org.synergies.countries;

/** A country names one primary focal point per treaty, and alternates beside them. */
public enum FocalPointDesignation {

	PRIMARY, ALTERNATE

}
