package org.synergies.reporting.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.synergies.reporting.ChoiceSource;
import org.synergies.reporting.FieldRole;
import org.synergies.reporting.FieldType;
import org.synergies.reporting.Option;
import org.synergies.reporting.TemplateContent;
import org.synergies.reporting.TemplateField;
import org.synergies.reporting.TemplateSection;

/**
 * The civil-society reporting format Synergies starts from (version 1, a draft until the
 * Standing Committee adopts it): activities contributing to CMS Family instruments, the
 * financial commitment, staff time, capacity building and outreach, CMS Family meetings
 * attended, expertise offered, publications.
 */
final class DefaultTemplate {

	private DefaultTemplate() {
	}

	public static TemplateContent content() {
		return new TemplateContent("Civil-society reporting format", "Format de rapport de la société civile",
				"Formato de informe de la sociedad civil",
				List.of(activities(), finance(), staff(), capacity(), meetings(), expertise(), publications()));
	}

	private static TemplateSection activities() {
		TemplateField activity = group("activities", FieldRole.ACTIVITIES, "Activities", "Activités", "Actividades",
				"One entry per activity, project or programme.", "Une entrée par activité, projet ou programme.",
				"Una entrada por actividad, proyecto o programa.",
				List.of(field("title", FieldType.TEXT, FieldRole.ACTIVITY_TITLE, true, "Title", "Titre", "Título"),
						field("description", FieldType.LONG_TEXT, null, true, "Description", "Description",
								"Descripción"),
						choice("instruments", ChoiceSource.INSTRUMENTS, FieldRole.INSTRUMENTS, true,
								"CMS Family instruments served", "Instruments de la Famille de la CMS concernés",
								"Instrumentos de la Familia de la CMS a los que contribuye"),
						choice("speciesGroups", ChoiceSource.SPECIES_GROUPS, FieldRole.SPECIES_GROUPS, false,
								"Species groups", "Groupes d’espèces", "Grupos de especies"),
						choice("countries", ChoiceSource.COUNTRIES, FieldRole.COUNTRIES, false, "Countries", "Pays",
								"Países"),
						choice("regions", ChoiceSource.REGIONS, FieldRole.REGIONS, true, "Regions", "Régions",
								"Regiones"),
						choice("targets", ChoiceSource.TARGETS, FieldRole.TARGETS, false,
								"Targets of the Strategic Plan for Migratory Species",
								"Objectifs du Plan stratégique pour les espèces migratrices",
								"Metas del Plan Estratégico para las Especies Migratorias"),
						field("startDate", FieldType.DATE, null, false, "Start", "Début", "Inicio"),
						field("endDate", FieldType.DATE, null, false, "End", "Fin", "Fin")));
		return new TemplateSection("activities", "Activities contributing to the CMS Family",
				"Activités contribuant à la Famille de la CMS", "Actividades que contribuyen a la Familia de la CMS",
				"Tag each activity with the instruments it serves: it is counted for each of them.",
				"Indiquez pour chaque activité les instruments qu’elle sert : elle est comptée pour chacun d’eux.",
				"Indique para cada actividad los instrumentos a los que sirve: se contabiliza para cada uno de ellos.",
				List.of(activity));
	}

	private static TemplateSection finance() {
		TemplateField kind = new TemplateField("kind", FieldType.CHOICE, "Kind", "Nature", "Tipo", null, null, null,
				true, ChoiceSource.OPTIONS,
				List.of(new Option("CASH", "Cash", "En espèces", "En efectivo"), new Option("IN_KIND",
						"In kind (estimated value)", "En nature (valeur estimée)", "En especie (valor estimado)")),
				List.of(), FieldRole.FINANCE_KIND);
		TemplateField lines = group("financialLines", FieldRole.FINANCIAL_LINES, "Financial commitment",
				"Engagement financier", "Compromiso financiero",
				"One line per contribution, in the currency it was made in.",
				"Une ligne par contribution, dans la monnaie où elle a été faite.",
				"Una línea por contribución, en la moneda en que se hizo.",
				List.of(kind,
						new TemplateField("amount", FieldType.MONEY, "Amount", "Montant", "Importe",
								"For an in-kind contribution, its estimated value.",
								"Pour une contribution en nature, sa valeur estimée.",
								"Para una contribución en especie, su valor estimado.", true, null, List.of(),
								List.of(), FieldRole.AMOUNT),
						new TemplateField("activity", FieldType.CHOICE, "Activity funded", "Activité financée",
								"Actividad financiada", null, null, null, false, ChoiceSource.ACTIVITIES, List.of(),
								List.of(), FieldRole.FUNDED_ACTIVITY),
						field("description", FieldType.TEXT, null, false, "Description", "Description",
								"Descripción")));
		return new TemplateSection("finance", "Financial commitment", "Engagement financier", "Compromiso financiero",
				"Cash and in-kind contributions to the implementation of CMS Family instruments during the period.",
				"Contributions en espèces et en nature à la mise en œuvre des instruments de la Famille de la CMS pendant la période.",
				"Contribuciones en efectivo y en especie a la aplicación de los instrumentos de la Familia de la CMS durante el período.",
				List.of(lines));
	}

	private static TemplateSection staff() {
		return new TemplateSection("staff", "Staff time", "Temps de travail du personnel", "Tiempo del personal", null,
				null, null,
				List.of(new TemplateField("staffMonths", FieldType.NUMBER,
						"Staff time given to CMS Family work (person-months)",
						"Temps consacré aux travaux de la Famille de la CMS (mois-personne)",
						"Tiempo dedicado a la labor de la Familia de la CMS (meses-persona)", null, null, null, false,
						null, List.of(), List.of(), FieldRole.STAFF_MONTHS),
						field("staffDescription", FieldType.LONG_TEXT, null, false, "Who contributed, and how",
								"Qui a contribué, et comment", "Quién contribuyó y cómo")));
	}

	private static TemplateSection capacity() {
		return new TemplateSection("capacity", "Capacity building and outreach",
				"Renforcement des capacités et sensibilisation", "Creación de capacidad y divulgación", null, null,
				null,
				List.of(group("capacityBuilding", null, "Trainings, workshops and campaigns",
						"Formations, ateliers et campagnes", "Formaciones, talleres y campañas", null, null, null,
						List.of(field("title", FieldType.TEXT, null, true, "Title", "Titre", "Título"),
								field("description", FieldType.LONG_TEXT, null, false, "Description", "Description",
										"Descripción"),
								field("participants", FieldType.NUMBER, null, false, "Participants reached",
										"Participants touchés", "Participantes alcanzados"),
								choice("countries", ChoiceSource.COUNTRIES, null, false, "Countries", "Pays",
										"Países")))));
	}

	private static TemplateSection meetings() {
		return new TemplateSection("meetings", "CMS Family meetings attended",
				"Réunions de la Famille de la CMS suivies", "Reuniones de la Familia de la CMS a las que se asistió",
				null, null, null,
				List.of(group("meetingsAttended", null, "Meetings", "Réunions", "Reuniones", null, null, null, List.of(
						field("meeting", FieldType.TEXT, null, true, "Meeting", "Réunion", "Reunión"),
						field("date", FieldType.DATE, null, false, "Date", "Date", "Fecha"),
						new TemplateField("instrument", FieldType.CHOICE, "Instrument", "Instrument", "Instrumento",
								null, null, null, false, ChoiceSource.INSTRUMENTS, List.of(), List.of(), null),
						field("contribution", FieldType.LONG_TEXT, null, false, "Your contribution",
								"Votre contribution", "Su contribución")))));
	}

	private static TemplateSection expertise() {
		return new TemplateSection("expertise", "Expertise offered", "Expertise offerte", "Conocimientos ofrecidos",
				null, null, null,
				List.of(field("expertise", FieldType.LONG_TEXT, null, false,
						"Expertise your organization offers to the CMS Family",
						"Expertise que votre organisation offre à la Famille de la CMS",
						"Conocimientos que su organización ofrece a la Familia de la CMS"),
						choice("expertiseSpecies", ChoiceSource.SPECIES_GROUPS, null, false, "Species groups",
								"Groupes d’espèces", "Grupos de especies"),
						field("availableToScientificCouncil", FieldType.YES_NO, null, false,
								"Available to the Scientific Council", "Disponible pour le Conseil scientifique",
								"Disponible para el Consejo Científico")));
	}

	private static TemplateSection publications() {
		return new TemplateSection("publications", "Publications", "Publications", "Publicaciones", null, null, null,
				List.of(group("publications", null, "Publications", "Publications", "Publicaciones", null, null, null,
						List.of(field("title", FieldType.TEXT, null, true, "Title", "Titre", "Título"),
								field("year", FieldType.NUMBER, null, false, "Year", "Année", "Año"),
								field("link", FieldType.TEXT, null, false, "Link", "Lien", "Enlace"),
								field("file", FieldType.FILE, null, false, "File", "Fichier", "Archivo")))));
	}

	private static TemplateField field(String key, FieldType type, @Nullable FieldRole role, boolean required,
			String en, String fr, String es) {
		return new TemplateField(key, type, en, fr, es, null, null, null, required, null, List.of(), List.of(), role);
	}

	private static TemplateField choice(String key, ChoiceSource source, @Nullable FieldRole role, boolean required,
			String en, String fr, String es) {
		return new TemplateField(key, FieldType.MULTI_CHOICE, en, fr, es, null, null, null, required, source, List.of(),
				List.of(), role);
	}

	private static TemplateField group(String key, @Nullable FieldRole role, String en, String fr, String es,
			@Nullable String helpEn, @Nullable String helpFr, @Nullable String helpEs, List<TemplateField> fields) {
		return new TemplateField(key, FieldType.GROUP, en, fr, es, helpEn, helpFr, helpEs, false, null, List.of(),
				fields, role);
	}

}
