package org.synergies.organizations.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

import org.synergies.documents.Spreadsheets;
import org.synergies.organizations.OrganizationView;

/**
 * Writes organizations as CSV or XLSX, one row each, in {@link OrganizationFile#COLUMNS}.
 */
public final class SpreadsheetWriter {

	private SpreadsheetWriter() {
	}

	public static void csv(Consumer<Consumer<OrganizationView>> organizations, OutputStream out) throws IOException {
		Spreadsheets.csv(table("organizations", organizations), out);
	}

	public static void xlsx(Consumer<Consumer<OrganizationView>> organizations, String sheetName, OutputStream out)
			throws IOException {
		Spreadsheets.xlsx(List.of(table(sheetName, organizations)), out);
	}

	private static Spreadsheets.Table table(String name, Consumer<Consumer<OrganizationView>> organizations) {
		return new Spreadsheets.Table(name, OrganizationFile.COLUMNS,
				rows -> organizations.accept(organization -> rows.accept(OrganizationFile.row(organization))));
	}

}
