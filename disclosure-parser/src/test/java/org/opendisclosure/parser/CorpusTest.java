package org.opendisclosure.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendisclosure.parser.render.DocumentRenderer;
import org.opendisclosure.parser.render.DocumentWording;

/**
 * The corpus of the family (src/test/resources/corpus): every committed document reads as exactly
 * the structured disclosure it was rendered from, every figure by value, and the committed files
 * are what {@link DocumentRenderer} renders now (rewrite them with {@link CorpusWriter}).
 */
class CorpusTest {

    static Stream<CorpusDocuments.Document> documents() {
        return CorpusDocuments.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyDocumentReadsAsTheDisclosureItStatesEveryFigureExact(CorpusDocuments.Document document) {
        JsonNode expected = document.render().expected();

        ParsedDisclosure parsed = new DisclosureParser().parse(committed(document.name() + ".txt"));

        assertThat(parsed.departmentName()).isEqualTo(expected.get("departmentName").asText());
        assertThat(parsed.departmentCode()).isEqualTo(expected.get("departmentCode").isNull() ? null : expected.get("departmentCode").asText());
        assertThat(parsed.divisionName()).isEqualTo(expected.get("divisionName").asText());
        assertThat(parsed.fiscalYear()).isEqualTo(expected.get("fiscalYear").asInt());
        SameJson.assertSame(parsed.document(), expected.get("document"), document.name());
        assertThat(inexactFigures(parsed.document(), "document", new ArrayList<>()))
                .as("figures read as floating point rather than exact decimals").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void committedFilesAreWhatTheGeneratorRendersNow(CorpusDocuments.Document document) {
        DocumentRenderer.Rendered rendered = document.render();

        assertThat(committed(document.name() + ".txt")).isEqualTo(rendered.text());
        assertThat(committed(document.name() + ".html")).isEqualTo(rendered.html());
    }

    @Test
    void theCorpusDirectoryHoldsTheseDocumentsOnly() throws IOException, URISyntaxException {
        Path directory = Path.of(CorpusTest.class.getResource("/corpus").toURI());
        List<String> names = documents().map(CorpusDocuments.Document::name).toList();
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(file -> file.endsWith(".txt") || file.endsWith(".html")))
                    .containsExactlyInAnyOrderElementsOf(names.stream().flatMap(name -> Stream.of(name + ".txt", name + ".html")).toList());
        }
    }

    @Test
    void atLeastFifteenDocumentsEachDifferingFromEveryOtherInSeveralWays() {
        List<CorpusDocuments.Document> all = CorpusDocuments.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(15);
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(differences(all.get(i).wording(), all.get(j).wording()))
                        .as(all.get(i).name() + " against " + all.get(j).name()).isGreaterThanOrEqualTo(4);
            }
        }
    }

    private static int differences(DocumentWording a, DocumentWording b) {
        int differences = 0;
        for (var component : DocumentWording.class.getRecordComponents()) {
            try {
                if (!component.getAccessor().invoke(a).equals(component.getAccessor().invoke(b))) {
                    differences++;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return differences;
    }

    /** The paths of figures that are binary floating point (a double), which would not keep the published digits. */
    private static List<String> inexactFigures(JsonNode node, String path, List<String> found) {
        if (node.isFloatingPointNumber() && !node.isBigDecimal()) {
            found.add(path);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> inexactFigures(field.getValue(), path + "." + field.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                inexactFigures(node.get(i), path + "[" + i + "]", found);
            }
        }
        return found;
    }

    private static String committed(String file) {
        return Resources.text("/corpus/" + file);
    }
}
