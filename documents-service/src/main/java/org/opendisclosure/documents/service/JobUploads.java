package org.opendisclosure.documents.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.opendisclosure.common.id.SourceDigest;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.HttpLimits;
import org.opendisclosure.documents.model.ImportJob;
import org.opendisclosure.documents.model.ImportJobRequest;

/**
 * A bulk import sent as files (a form's file fields, or a ZIP archive of documents): each document
 * kept as a source, then the job accepted as for a list of kept sources, all in one transaction.
 */
@ApplicationScoped
public class JobUploads {

    /** A file as sent: its name (may be null) and bytes. */
    public record Upload(String fileName, byte[] bytes) {
    }

    /** What applies to every document of an upload. */
    public record Options(String division, String department, String divisionName, boolean partial, boolean dryRun) {
    }

    // An archive made on a Chinese Windows names its entries in GBK without saying so; one that says
    // UTF-8 (the general purpose flag) is read as UTF-8 whatever this is.
    private static final Charset ENTRY_NAMES = Charset.forName("GB18030");
    // What an archive may inflate to, in documents of the largest size: bounds a ZIP bomb.
    private static final int MAX_INFLATED_DOCUMENTS = 64;
    // The same convention as the command-line importer: 130624_….docx, 130624-203-2020.pdf.
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{6,12})(?:-([0-9A-Za-z]{1,20})(?=[-_.]))?");

    private final Sources sources;
    private final ImportJobs jobs;
    private final long maxDocumentSize;

    public JobUploads(Sources sources, ImportJobs jobs, HttpLimits limits) {
        this.sources = sources;
        this.jobs = jobs;
        this.maxDocumentSize = limits.maxBodySize().asLongValue();
    }

    /**
     * @throws ProblemException (400) for no file, an archive that cannot be read or holds more than
     *                          a job takes
     */
    @Transactional
    public ImportJob submit(List<Upload> uploads, Options options, ImportJobs.Submitter submitter) {
        List<ImportJobRequest.Document> documents = new ArrayList<>();
        List<ImportJobs.Refused> refused = new ArrayList<>();
        for (Upload upload : uploads) {
            if (isArchive(upload.bytes())) {
                expand(upload, options, documents, refused);
            } else {
                add(upload.fileName(), upload.bytes(), options, documents, refused);
            }
        }
        if (documents.size() + refused.size() == 0) {
            throw ProblemException.invalid("file", "no document: send the documents as the form field file (one or more), "
                    + "or a ZIP archive of them");
        }
        if (documents.size() + refused.size() > ImportJobRequest.MAX_DOCUMENTS) {
            throw ProblemException.invalid("file", "more than " + ImportJobRequest.MAX_DOCUMENTS + " documents: send them as "
                    + "several jobs");
        }
        ImportJobRequest request = new ImportJobRequest(documents, null, null, options.divisionName(), options.partial(),
                options.dryRun());
        return jobs.submit(request, refused, submitter);
    }

    private void add(String fileName, byte[] bytes, Options options, List<ImportJobRequest.Document> documents,
                     List<ImportJobs.Refused> refused) {
        String sha256 = SourceDigest.of(bytes);
        String unreadable = bytes.length == 0 ? "the file is empty" : sources.keepIfDocument(sha256, bytes);
        if (unreadable != null) {
            refused.add(new ImportJobs.Refused(fileName, "No document the suite reads: " + unreadable));
            return;
        }
        String division = options.division();
        String department = options.department();
        if (division == null && department == null && fileName != null) {
            Matcher m = FILE_NAME.matcher(baseName(fileName));
            if (m.lookingAt()) {
                division = m.group(2) == null ? m.group(1) : null;
                department = m.group(2) == null ? null : m.group(1) + "-" + m.group(2);
            }
        }
        documents.add(new ImportJobRequest.Document(sha256, fileName, division, department, null));
    }

    /** Each entry of the archive a document of the job; an entry larger than one import takes is refused, not read. */
    private void expand(Upload archive, Options options, List<ImportJobRequest.Document> documents, List<ImportJobs.Refused> refused) {
        long inflated = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive.bytes()), ENTRY_NAMES)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.isDirectory() || skipped(entry.getName())) {
                    continue;
                }
                if (documents.size() + refused.size() >= ImportJobRequest.MAX_DOCUMENTS) {
                    throw ProblemException.invalid("file", "the archive " + name(archive) + " holds more than "
                            + ImportJobRequest.MAX_DOCUMENTS + " documents: send them as several jobs");
                }
                byte[] bytes = readAtMost(zip, maxDocumentSize);
                inflated += bytes == null ? maxDocumentSize : bytes.length;
                if (inflated > maxDocumentSize * MAX_INFLATED_DOCUMENTS) {
                    throw ProblemException.invalid("file", "the archive " + name(archive) + " inflates to more than "
                            + maxDocumentSize * MAX_INFLATED_DOCUMENTS + " bytes: send its documents as several jobs");
                }
                if (bytes == null) {
                    refused.add(new ImportJobs.Refused(entry.getName(), "Larger than the " + maxDocumentSize
                            + " bytes one document may have"));
                    continue;
                }
                add(entry.getName(), bytes, options, documents, refused);
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw ProblemException.invalid("file", "the archive " + name(archive) + " cannot be read as a ZIP archive");
        } catch (IOException e) {
            throw ProblemException.invalid("file", "the archive " + name(archive) + " cannot be read: it ends too early");
        }
    }

    /**
     * A ZIP that is not itself a Word document (a ZIP whose own entries hold word/document.xml). Told
     * from the names in the archive's central directory, so nothing is inflated to tell.
     */
    static boolean isArchive(byte[] bytes) {
        if (bytes.length < 22 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            return false;
        }
        int end = -1;
        for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return false;
        }
        long entries = le16(bytes, end + 10);
        long at = le32(bytes, end + 16);
        for (long n = 0; n < entries && at + 46 <= bytes.length; n++) {
            int i = (int) at;
            if (bytes[i] != 'P' || bytes[i + 1] != 'K' || bytes[i + 2] != 1 || bytes[i + 3] != 2) {
                return false;
            }
            int nameLength = le16(bytes, i + 28);
            if (i + 46 + nameLength > bytes.length) {
                return false;
            }
            String name = new String(bytes, i + 46, nameLength, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (name.equals("word/document.xml")) {
                return false;
            }
            at += 46L + nameLength + le16(bytes, i + 30) + le16(bytes, i + 32);
        }
        return true;
    }

    private static int le16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long le32(byte[] b, int i) {
        return (le16(b, i) | (long) le16(b, i + 2) << 16);
    }

    /** The entry's bytes, or null when there are more than the limit (the rest is not inflated). */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        for (int n; (n = in.read(buffer)) > 0; ) {
            if (out.size() + (long) n > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Folders' metadata that archivers add (macOS's __MACOSX, hidden files) is no document of the job. */
    private static boolean skipped(String name) {
        return name.startsWith("__MACOSX/") || baseName(name).startsWith(".");
    }

    private static String baseName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private static String name(Upload upload) {
        return upload.fileName() == null ? "sent" : upload.fileName();
    }
}
