package org.opendisclosure.scale;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.parser.DisclosureParser;
import org.opendisclosure.parser.DisclosureReading;
import org.opendisclosure.parser.render.DocumentRenderer;
import org.opendisclosure.parser.render.DocumentWording;

/**
 * The generated disclosures written as published documents read back, through the parser the
 * suite imports with, as exactly the disclosures they were written from, in every wording.
 */
class DocumentsTest {

    private final Generator generator = new Generator(7, 0.25);

    @Test
    void everyGeneratedDocumentReadsBackAsTheDisclosureItWasWrittenFrom() {
        List<DocumentWording> wordings = DocumentWording.CORPUS;
        int documents = 0;
        for (int i = 0; i < wordings.size(); i++) {
            Generator.Generated generated = generator.years(i, 2020, 1).get(0);
            DocumentRenderer.Rendered rendered = DocumentRenderer.render(Documents.source(generated), wordings.get(i));

            DisclosureReading reading = new DisclosureParser().read(rendered.text());

            assertThat(reading.problems()).as("%s in wording %d", generated.department().id(), i).isEmpty();
            assertThat(reading.disclosure().departmentName()).isEqualTo(generated.department().name());
            assertThat(reading.disclosure().departmentCode()).isEqualTo(generated.department().code());
            List<String> differences = new ArrayList<>();
            compare("", rendered.expected().get("document"), reading.disclosure().document(), differences);
            // The document never states its division's name: the parser takes it from the department's, which names a
            // district with its city (石家庄市长安区…), where the generator keeps the district's own.
            differences.removeIf(difference -> difference.startsWith(".organization.divisionName:"));
            assertThat(differences).as("%s in wording %d", generated.department().id(), i).isEmpty();
            documents++;
        }
        assertThat(documents).isEqualTo(16);
    }

    @Test
    void theDocumentsAreNamedForTheImporterAndNoTwoAreAlike(@TempDir Path directory) throws IOException {
        assertThat(Documents.write(generator, 0, 5, 2020, 2, directory)).isEqualTo(10);

        Set<String> texts = new HashSet<>();
        for (Generator.Generated generated : generator.years(3, 2020, 2)) {
            Path text = directory.resolve(generated.department().id() + "-" + generated.year() + ".txt");
            assertThat(text).exists();
            assertThat(directory.resolve(generated.department().id() + "-" + generated.year() + ".html")).exists();
        }
        try (var files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        assertThat(texts).hasSize(10);
    }

    /** Every field of {@code expected} as read, numbers by value (8.5 is 8.50): each difference by its path. */
    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected == null || actual == null) {
            if (expected != actual && !(expected != null && expected.isNull()) && !(actual != null && actual.isNull())) {
                differences.add(path + ": expected " + expected + ", read " + actual);
            }
            return;
        }
        if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                differences.add(path + ": expected " + expected + ", read " + actual);
            }
        } else if (expected.isObject() && actual.isObject()) {
            Set<String> names = new HashSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(path + "." + name, expected.get(name), actual.get(name), differences);
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                differences.add(path + ": expected " + expected.size() + " items, read " + actual.size());
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": expected " + expected + ", read " + actual);
        }
    }
}
