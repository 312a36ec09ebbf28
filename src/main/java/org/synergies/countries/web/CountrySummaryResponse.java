package org.synergies.countries.web;

/** A country with memberships or focal points recorded, and how many of each. */
record CountrySummaryResponse(String code, String name, long memberships, long focalPoints) {
}
