package org.synergies.files;

import java.util.UUID;

/**
 * The record a stored file belongs to: a report, an application for accreditation. The
 * module that keeps the record names its type (the name its audit trail uses) and decides
 * who may see the record; {@link StoredFiles} keeps which files belong to which record.
 */
public record FileOwner(String type, UUID id) {

}
