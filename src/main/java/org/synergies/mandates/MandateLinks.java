package org.synergies.mandates;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.audit.AuditTrail;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.system.CurrentActor;

/**
 * Links from the records of other modules to the texts and operative paragraphs they
 * implement ("what has been done under it"). Other modules call this API only (they
 * depend on mandates, never the reverse) and guard who may link: the Secretariat. A link
 * names the text, not a revision, so it stays with the text when it is revised.
 */
@Service
public class MandateLinks {

	static final String AUDITED_AS = "mandate-link";

	private final Mandates mandates;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	MandateLinks(Mandates mandates, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.mandates = mandates;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Links a record to the text or paragraph at an address (its latest revision); a link
	 * made before is kept as it is.
	 * @throws InvalidInputException on field {@code address} when no such text or
	 * paragraph exists
	 */
	@Transactional
	public MandateLink link(LinkedRecord record, @Nullable MandateAddress address) {
		MandateView text = resolve(address);
		Optional<MandateLink> existing = find(text.id(), address.paragraphKey(), record);
		if (existing.isPresent()) {
			return existing.get();
		}
		MandateLink link = new MandateLink(UUID.randomUUID(), text.id(), address, record,
				CurrentActor.get().map(actor -> actor.actorName()).orElse("system"),
				Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
		this.jdbc
			.sql("INSERT INTO mandate_link (id, mandate_id, paragraph_number, module, record_id, title_en, title_fr,"
					+ " title_es, path, linked_by, linked_at) VALUES (:id, :mandate, :paragraph, :module, :record,"
					+ " :en, :fr, :es, :path, :by, :at)")
			.param("id", link.id())
			.param("mandate", text.id())
			.param("paragraph", address.paragraphKey())
			.param("module", record.module())
			.param("record", record.record())
			.param("en", record.titleEn())
			.param("fr", record.titleFr())
			.param("es", record.titleEs())
			.param("path", record.path())
			.param("by", link.linkedBy())
			.param("at", Timestamp.from(link.linkedAt()))
			.update();
		this.audit.record(AUDITED_AS, link.id(), "linked", null, link);
		return link;
	}

	/** Removes a link of a module's record; not found when it is not that record's. */
	@Transactional
	public void unlink(String module, UUID record, UUID link) {
		MandateLink removed = linksOf(module, record).stream()
			.filter(each -> each.id().equals(link))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(AUDITED_AS, link));
		this.jdbc.sql("DELETE FROM mandate_link WHERE id = :id").param("id", link).update();
		this.audit.record(AUDITED_AS, link, "unlinked", removed, null);
	}

	/**
	 * What has been done under the text or paragraph at this address, in every revision
	 * of the text, oldest link first (a draft text: for the Secretariat only).
	 */
	@Transactional(readOnly = true)
	public List<MandateLink> linkedTo(MandateAddress address) {
		MandateView text = this.mandates.at(address.text(), null);
		return select("m.kind = :kind AND m.symbol_number = :number AND l.paragraph_number = :paragraph",
				statement -> statement.param("kind", text.kind().name())
					.param("number", text.number())
					.param("paragraph", address.paragraphKey()));
	}

	/** Every link to the text or any of its paragraphs, in every revision. */
	@Transactional(readOnly = true)
	public List<MandateLink> linkedToAnyPart(MandateView text) {
		this.mandates.require(text.id());
		return select("m.kind = :kind AND m.symbol_number = :number",
				statement -> statement.param("kind", text.kind().name()).param("number", text.number()));
	}

	/**
	 * The texts and paragraphs a module's record is linked to, for that record's page.
	 */
	@Transactional(readOnly = true)
	public List<MandateLink> linksOf(String module, UUID record) {
		return select("l.module = :module AND l.record_id = :record",
				statement -> statement.param("module", module).param("record", record));
	}

	private List<MandateLink> select(String condition,
			java.util.function.UnaryOperator<JdbcClient.StatementSpec> parameters) {
		return parameters
			.apply(this.jdbc.sql("SELECT l.id, l.mandate_id, l.paragraph_number, l.module, l.record_id, l.title_en,"
					+ " l.title_fr, l.title_es, l.path, l.linked_by, l.linked_at, m.kind, m.symbol_number"
					+ " FROM mandate_link l JOIN mandate m ON m.id = l.mandate_id WHERE " + condition
					+ " ORDER BY l.linked_at, l.id"))
			.query((rs, row) -> {
				MandateKind kind = MandateKind.valueOf(rs.getString("kind"));
				String paragraph = rs.getString("paragraph_number");
				MandateAddress address = new MandateAddress(kind.slug(rs.getString("symbol_number")),
						paragraph.isEmpty() ? null : ParagraphNumber.parse(paragraph).orElseThrow());
				return new MandateLink(rs.getObject("id", UUID.class), rs.getObject("mandate_id", UUID.class), address,
						new LinkedRecord(rs.getString("module"), rs.getObject("record_id", UUID.class),
								rs.getString("title_en"), rs.getString("title_fr"), rs.getString("title_es"),
								rs.getString("path")),
						rs.getString("linked_by"), rs.getTimestamp("linked_at").toInstant());
			})
			.list();
	}

	private Optional<MandateLink> find(UUID mandate, String paragraph, LinkedRecord record) {
		return linksOf(record.module(), record.record()).stream()
			.filter(link -> link.mandate().equals(mandate) && link.address().paragraphKey().equals(paragraph))
			.findFirst();
	}

	private MandateView resolve(@Nullable MandateAddress address) {
		if (address == null) {
			throw new InvalidInputException(List.of(new FieldProblem("address", "mandates.link.address")));
		}
		MandateView text;
		try {
			text = this.mandates.at(address.text(), null);
		}
		catch (NotFoundException unknown) {
			throw new InvalidInputException(
					List.of(new FieldProblem("address", "mandates.link.unknown", address.toString())));
		}
		if (address.paragraph() != null && !Duties.operative(text).contains(address.paragraph())) {
			throw new InvalidInputException(
					List.of(new FieldProblem("address", "mandates.link.unknown", address.toString())));
		}
		return text;
	}

}
