package org.opendisclosure.gateway.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.id.FiscalYear;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.gateway.service.ComposedDisclosure;
import org.opendisclosure.gateway.service.DisclosureComposer;

/**
 * The reference portal's HTML pages. Each page is a fixed shell: the browser fetches the figures
 * from the API itself, so a page never shows other numbers than the API serves. The pages are not
 * part of the API and stay out of its OpenAPI document; they are never cached without asking
 * again, while the scripts and styles they load (under /portal/ and /webjars/) are.
 */
@Path("/")
@Produces(PortalPages.HTML)
public class PortalPages {

    static final String HTML = "text/html;charset=UTF-8";
    private static final String REVALIDATE = "no-cache";

    private static final String SEARCH = page("search.html");
    private static final String DEPARTMENT = page("department.html");
    private static final String NOT_FOUND = page("not-found.html");

    private final DisclosureComposer composer;

    public PortalPages(DisclosureComposer composer) {
        this.composer = composer;
    }

    @GET
    @Operation(hidden = true)
    public Response search() {
        return html(Response.Status.OK, SEARCH);
    }

    /**
     * The disclosure's page, or the portal's 404 page when nothing is published for the department in
     * that year (or the address names no department): a reader who followed a stale link is told so in
     * words, not with a problem document. A department whose services are down is found all the same.
     */
    @GET
    @Path("departments/{departmentId}/{year}")
    @Operation(hidden = true)
    public Response department(@PathParam("departmentId") String departmentId, @PathParam("year") String year) {
        String id;
        int fiscalYear;
        try {
            id = DepartmentId.parse("departmentId", departmentId).toString();
            fiscalYear = FiscalYear.parse("year", year);
        } catch (ProblemException notAnAddress) {
            return html(Response.Status.NOT_FOUND, NOT_FOUND);
        }
        // Composed once for the page and the script's read of it that follows (the composer caches it).
        ComposedDisclosure composed = composer.compose(id, fiscalYear);
        return composed.found() ? html(Response.Status.OK, DEPARTMENT) : html(Response.Status.NOT_FOUND, NOT_FOUND);
    }

    private static Response html(Response.Status status, String page) {
        return Response.status(status).type(HTML).header(HttpHeaders.CACHE_CONTROL, REVALIDATE).entity(page).build();
    }

    private static String page(String name) {
        String text = resource("/portal-pages/" + name);
        // The charts' script is linked by the version the webjar on the classpath has, so the two cannot drift apart.
        return text.replace("{{echartsVersion}}", echartsVersion());
    }

    private static String echartsVersion() {
        Properties webjar = new Properties();
        try (InputStream in = PortalPages.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the echarts webjar is not on the classpath");
            }
            webjar.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return webjar.getProperty("version");
    }

    private static String resource(String path) {
        try (InputStream in = PortalPages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the gateway");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
