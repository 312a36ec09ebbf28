package org.synergies.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real, small files of each kind, made on the fly.
 */
public final class SampleFiles {

	private SampleFiles() {
	}

	public static byte[] pdf() {
		return """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""".getBytes(StandardCharsets.US_ASCII);
	}

	public static byte[] png() {
		return image("png");
	}

	public static byte[] jpeg() {
		return image("jpg");
	}

	public static byte[] docx() {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Statutes of the association");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	public static byte[] odt() {
		return zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office:document-content/>");
	}

	public static byte[] zip(String... namesAndContents) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (int index = 0; index < namesAndContents.length; index += 2) {
				zip.putNextEntry(new ZipEntry(namesAndContents[index]));
				zip.write(namesAndContents[index + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	/**
	 * The entries of {@code archive} plus one of {@code megabytes} of zeros, which
	 * deflate to about a thousandth of that: a small zip bomb.
	 */
	public static byte[] withBomb(byte[] archive, String entryName, int megabytes) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(out);
				org.apache.commons.compress.archivers.zip.ZipArchiveInputStream in = new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(
						new java.io.ByteArrayInputStream(archive))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				in.transferTo(zip);
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry(entryName));
			byte[] zeros = new byte[1024 * 1024];
			for (int written = 0; written < megabytes; written++) {
				zip.write(zeros);
			}
			zip.closeEntry();
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private static byte[] image(String format) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), format, out);
			return out.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

}
