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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * JSON over HTTP as a client of the suite sends it, for the write modes (and the scale benchmark's
 * loader): well-formed requests with the write token, and each answer counted into the mode's figures.
 */
public final class JsonHttp {

    /** Figures exactly as sent, digit for digit: 17.60 stays 17.60 (compared by value where the store may not keep them so). */
    public static final ObjectMapper JSON = new ObjectMapper().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** One answer; {@code status} 0 when there was none in time. */
    public record Answer(int status, String contentType, String etag, String body, String failure) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean isProblem() {
            return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json") && !body.isEmpty();
        }

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status == 0 ? "no answer (" + failure + ")" : status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;
    private final Duration timeout;

    public JsonHttp(String token, Duration timeout) {
        this.token = token;
        this.timeout = timeout;
    }

    public Answer get(String url) throws InterruptedException {
        return send(request(url).GET().build());
    }

    public Answer put(String url, JsonNode body) throws InterruptedException {
        return send(putRequest(url, body).build());
    }

    CompletableFuture<Answer> putAsync(String url, JsonNode body) {
        return putAsync(url, body, null);
    }

    /** A PUT on condition: only over the representation of that ETag (null: unconditional). */
    CompletableFuture<Answer> putAsync(String url, JsonNode body, String ifMatch) {
        HttpRequest.Builder request = putRequest(url, body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(JsonHttp::answer)
                .exceptionally(failure -> new Answer(0, null, null, "", String.valueOf(failure.getMessage())));
    }

    /**
     * Counts an answer into the figures: 2xx acknowledged, 503 apart from other 5xx, a 4xx as a wrong
     * status (the write modes send only valid requests), an error without a problem body, no answer.
     */
    static void count(Figures figures, String request, Answer answer) {
        synchronized (figures) {
            figures.tried++;
            if (answer.status() == 0) {
                figures.noAnswer++;
                Figures.example(figures.withoutProblemExamples, request + " -> " + answer);
                return;
            }
            if (answer.ok()) {
                figures.acknowledged++;
                return;
            }
            if (!answer.isProblem()) {
                figures.withoutProblem++;
                Figures.example(figures.withoutProblemExamples, request + " -> " + answer);
            }
            if (answer.status() == 503) {
                figures.unavailable++;
            } else if (answer.status() >= 500) {
                figures.serverErrors++;
                Figures.example(figures.serverErrorExamples, request + " -> " + answer);
            } else {
                figures.wrongStatus++;
                Figures.example(figures.wrongStatusExamples, request + " -> " + answer);
            }
        }
    }

    /** Same JSON, numbers compared by value (the store may write 10 for 10.00). */
    static boolean sameContent(JsonNode expected, JsonNode actual) {
        return expected != null && actual != null && expected.equals((a, b) ->
                a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1, actual);
    }

    private HttpRequest.Builder putRequest(String url, JsonNode body) {
        try {
            return request(url).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest request) throws InterruptedException {
        try {
            return answer(client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return new Answer(0, null, null, "", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Answer answer(HttpResponse<String> response) {
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("ETag").orElse(null), response.body(), null);
    }

    /** The parts of a composed disclosure that a whole-disclosure PUT takes, by key, as they read. */
    static ObjectNode writable(JsonNode disclosure, List<String> keys) {
        ObjectNode document = JSON.createObjectNode();
        for (JsonNode part : disclosure.path("parts")) {
            String key = part.path("key").asText();
            if (part.path("status").asText().equals("available") && (keys == null || keys.contains(key))) {
                document.set(key, part.get("content"));
            }
        }
        return document;
    }
}
