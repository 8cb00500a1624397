package org.opendisclosure.battery;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Two writers that read the same disclosure write their own change of it at the same moment, both
 * with the ETag they read as If-Match: each round must have exactly one winner (2xx), the other
 * refused with 412, and the disclosure must then read as the winner wrote it. A round with two
 * winners, or one whose disclosure reads otherwise, lost an acknowledged write.
 * <p>
 * Runs on a department of its own (a copy of the reference disclosure under a fresh id of the
 * reference county), so the reference stays as published.
 */
public final class IfMatchRace {

    // Figures read and written digit for digit: 17.60 stays 17.60.
    private static final ObjectMapper JSON = new ObjectMapper().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final String REFERENCE = "/api/v1/disclosures/130624-203/2020";

    private final String gateway;
    private final String token;
    private final int rounds;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public IfMatchRace(String gateway, String token, int rounds) {
        this.gateway = gateway;
        this.token = token;
        this.rounds = rounds;
    }

    public Figures run() throws IOException, InterruptedException {
        Figures figures = new Figures("if-match");
        String disclosure = "/api/v1/disclosures/130624-R" + Long.toString(System.currentTimeMillis(), 36) + "/2020";
        ObjectNode base = writable(JSON.readTree(send(get(REFERENCE)).body()));
        HttpResponse<String> seeded = send(put(disclosure, base, null));
        if (seeded.statusCode() != 200) {
            throw new IllegalStateException("the race's department could not be written: HTTP " + seeded.statusCode() + " " + seeded.body());
        }
        String name = base.path("organization").path("name").asText();
        for (int round = 1; round <= rounds; round++) {
            HttpResponse<String> read = send(get(disclosure));
            String etag = read.headers().firstValue("ETag").orElseThrow();
            List<String> names = List.of(name + "（甲" + round + "）", name + "（乙" + round + "）");
            List<CompletableFuture<HttpResponse<String>>> writes = new ArrayList<>();
            for (String changed : names) {
                ObjectNode body = base.deepCopy();
                ((ObjectNode) body.get("organization")).put("name", changed);
                writes.add(http.sendAsync(put(disclosure, body, etag), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            }
            String winner = null;
            int winners = 0;
            for (int i = 0; i < writes.size(); i++) {
                HttpResponse<String> answer = writes.get(i).join();
                figures.tried++;
                int status = answer.statusCode();
                if (status >= 200 && status < 300) {
                    winners++;
                    winner = names.get(i);
                    figures.acknowledged++;
                } else if (status == 412 && answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                    figures.problem4xx++;
                } else if (status == 412) {
                    figures.withoutProblem++;
                    Figures.example(figures.withoutProblemExamples, "round " + round + ": 412 without a problem body");
                } else if (status >= 500) {
                    figures.serverErrors++;
                    Figures.example(figures.serverErrorExamples, "round " + round + ": HTTP " + status + " " + answer.body());
                } else {
                    figures.wrongStatus++;
                    Figures.example(figures.wrongStatusExamples, "round " + round + ": HTTP " + status + " " + answer.body());
                }
            }
            String stored = JSON.readTree(send(get(disclosure)).body()).path("departmentName").asText();
            if (winners > 1 || (winner != null && !winner.equals(stored))) {
                figures.lost++;
                Figures.example(figures.lostExamples, "round " + round + ": " + winners + " writers acknowledged, the disclosure reads "
                        + stored);
            }
            if (winners == 0) {
                figures.wrongStatus++;
                Figures.example(figures.wrongStatusExamples, "round " + round + ": neither writer won");
            }
        }
        return figures;
    }

    /** The disclosure as a whole-disclosure PUT takes it: each part's content under its key. */
    private static ObjectNode writable(JsonNode composed) {
        ObjectNode body = JSON.createObjectNode();
        for (JsonNode part : composed.path("parts")) {
            body.set(part.path("key").asText(), part.path("content"));
        }
        return body;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private HttpRequest put(String path, JsonNode body, String ifMatch) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
