package org.opendisclosure.battery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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

    private final String gateway;
    private final int rounds;
    private final JsonHttp http;

    public IfMatchRace(String gateway, String token, int rounds) {
        this.gateway = gateway;
        this.rounds = rounds;
        this.http = new JsonHttp(token, Duration.ofSeconds(60));
    }

    public Figures run() throws IOException, InterruptedException {
        Figures figures = new Figures("if-match");
        String disclosure = gateway + "/api/v1/disclosures/130624-R" + Long.toString(System.currentTimeMillis(), 36) + "/2020";
        JsonHttp.Answer reference = http.get(gateway + Crash.REFERENCE);
        if (reference.status() != 200) {
            throw new IOException("the reference disclosure " + Crash.REFERENCE + " cannot be read: " + reference);
        }
        ObjectNode base = JsonHttp.writable(reference.json(), null);
        JsonHttp.Answer seeded = http.put(disclosure, base);
        if (seeded.status() != 200) {
            throw new IOException("the race's department could not be written: " + seeded);
        }
        String name = base.path("organization").path("name").asText();
        for (int round = 1; round <= rounds; round++) {
            String etag = http.get(disclosure).etag();
            List<String> names = List.of(name + "（甲" + round + "）", name + "（乙" + round + "）");
            List<CompletableFuture<JsonHttp.Answer>> writes = new ArrayList<>();
            for (String changed : names) {
                ObjectNode body = base.deepCopy();
                ((ObjectNode) body.get("organization")).put("name", changed);
                writes.add(http.putAsync(disclosure, body, etag));
            }
            String winner = null;
            int winners = 0;
            for (int i = 0; i < writes.size(); i++) {
                JsonHttp.Answer answer = writes.get(i).join();
                figures.tried++;
                int status = answer.status();
                if (answer.ok()) {
                    winners++;
                    winner = names.get(i);
                    figures.acknowledged++;
                } else if (status == 412 && answer.isProblem()) {
                    figures.problem4xx++;
                } else if (status == 412) {
                    figures.withoutProblem++;
                    Figures.example(figures.withoutProblemExamples, "round " + round + ": 412 without a problem body");
                } else if (status >= 500) {
                    figures.serverErrors++;
                    Figures.example(figures.serverErrorExamples, "round " + round + ": " + answer);
                } else {
                    figures.wrongStatus++;
                    Figures.example(figures.wrongStatusExamples, "round " + round + ": " + answer);
                }
            }
            String stored = http.get(disclosure).json().path("departmentName").asText();
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
}
