package org.synergies.files;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a shared directory configured, contents live there under generated names, never
 * under the name they were uploaded with.
 */
@SpringBootTest(properties = "synergies.files.directory=target/test-files")
class DirectoryStorageTests {

	@Autowired
	StoredFiles files;

	@Autowired
	JdbcClient jdbc;

	@Test
	void contentsLiveInTheDirectoryUnderTheirId() throws Exception {
		StoredFile kept = this.files.keep("../../etc/passwd.pdf", SampleFiles.pdf(), FileKind.DOCUMENTS);

		Path stored = Path.of("target/test-files", kept.id().toString());
		assertThat(stored).exists();
		assertThat(Files.readAllBytes(stored)).isEqualTo(SampleFiles.pdf());
		assertThat(kept.name()).isEqualTo("passwd.pdf");
		assertThat(this.files.content(kept.id())).isEqualTo(SampleFiles.pdf());
		assertThat(this.jdbc.sql("SELECT count(*) FROM stored_file WHERE id = :id AND content IS NULL")
			.param("id", kept.id())
			.query(Long.class)
			.single()).as("the database holds no copy").isEqualTo(1);
	}

}
