package org.opendisclosure.documents.jobs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's import endpoint as the jobs see it: a document whose text says GARBLED is
 * unreadable (422 naming its lines), one that says BUSY is answered 503 the first time, any other
 * is imported for the department the query or the document names (DEPARTMENT=…).
 */
public class StubGateway implements QuarkusTestResourceLifecycleManager {

    /** An import as the stub received it. */
    public record Received(String query, String authorization, String fileName, String document) {
    }

    public static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Set<String> BUSY_ONCE = ConcurrentHashMap.newKeySet();
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");
    private static final Pattern DEPARTMENT = Pattern.compile("DEPARTMENT=(\\S+)");

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/imports", this::handle);
        server.start();
        return Map.of("documents.jobs.gateway-url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Matcher name = FILE_NAME.matcher(body);
        String fileName = name.find() ? name.group(1) : null;
        String document = body.substring(body.indexOf("\r\n\r\n") + 4, body.lastIndexOf("\r\n--"));
        String query = exchange.getRequestURI().getRawQuery();
        RECEIVED.add(new Received(query, exchange.getRequestHeaders().getFirst("Authorization"), fileName, document));
        if (document.contains("GARBLED")) {
            answer(exchange, 422, "application/problem+json", "{\"type\":\"urn:budget-disclosure:problem:unreadable-document\","
                    + "\"title\":\"Unreadable document\",\"status\":422,\"detail\":\"3 lines could not be read\",\"errors\":["
                    + "{\"field\":\"line 12\",\"message\":\"expected an amount, found 1e400\"},"
                    + "{\"field\":\"line 30\",\"message\":\"expected an amount, found 8529.41.3\"},"
                    + "{\"field\":\"line 41\",\"message\":\"expected an amount, found -8529.41\"}]}");
            return;
        }
        if (document.contains("BUSY") && BUSY_ONCE.add(document)) {
            exchange.getResponseHeaders().add("Retry-After", "1");
            answer(exchange, 503, "application/problem+json", "{\"title\":\"Service unavailable\",\"status\":503,"
                    + "\"detail\":\"budget-service did not answer\"}");
            return;
        }
        Matcher stated = DEPARTMENT.matcher(document);
        String department = stated.find() ? stated.group(1) : param(query, "department");
        if (department == null) {
            department = param(query, "division") + "-1";
        }
        boolean dry = "true".equals(param(query, "dryRun"));
        answer(exchange, dry ? 200 : 201, "application/json", "{\"departmentId\":\"" + department + "\",\"fiscalYear\":2020,"
                + "\"outcome\":\"" + (dry ? "dry-run" : "imported") + "\",\"disclosure\":\"/api/v1/disclosures/" + department
                + "/2020\"" + (dry ? "" : ",\"importId\":\"" + UUID.randomUUID() + "\"") + "}");
    }

    private static String param(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name) && kv.length == 2) {
                return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void answer(HttpExchange exchange, int status, String type, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
