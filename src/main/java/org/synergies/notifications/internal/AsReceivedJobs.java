package org.synergies.notifications.internal;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.synergies.documents.BackgroundWriter;
import org.synergies.notifications.NotificationCompilation;
import org.synergies.notifications.NotificationCompilation.Format;
import org.synergies.notifications.NotificationCompilation.Status;

/**
 * Writes a queued compilation "as received" in the background, once the request commits:
 * DOCX, PDF and HTML in turn, its progress recorded after each.
 */
@Component
public class AsReceivedJobs {

	private static final Logger log = LoggerFactory.getLogger(AsReceivedJobs.class);

	private final CompilationRecords records;

	private final AsReceivedModel model;

	private final AsReceivedWriter writer;

	private final BackgroundWriter background;

	AsReceivedJobs(CompilationRecords records, AsReceivedModel model, AsReceivedWriter writer,
			BackgroundWriter background) {
		this.records = records;
		this.model = model;
		this.writer = writer;
		this.background = background;
	}

	/**
	 * Writes the compilation after the current transaction commits; {@code withheld}
	 * contributions were left out at their senders' request.
	 */
	public void start(UUID compilation, int withheld) {
		this.background.afterCommit(() -> run(compilation, withheld));
	}

	void run(UUID id, int withheld) {
		try {
			this.records.progress(id, "MODEL", 5);
			NotificationCompilation compilation = this.records.find(id).orElseThrow();
			AsReceivedDocument document = this.model.model(compilation, withheld);
			List<Format> formats = List.of(Format.values());
			for (int done = 0; done < formats.size(); done++) {
				Format format = formats.get(done);
				this.records.progress(id, format.name(), 10 + done * 90 / formats.size());
				this.records.keep(id, format, this.writer.write(document, compilation.language(), format));
			}
			this.records.finish(id, Status.DONE, null);
		}
		catch (RuntimeException failure) {
			log.error("Compilation {} of a notification failed", id, failure);
			this.records.finish(id, Status.FAILED, "notifications.compilations.error.unexpected");
		}
	}

}
