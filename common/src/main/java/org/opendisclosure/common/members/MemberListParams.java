package org.opendisclosure.common.members;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.id.FiscalYear;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.ColumnTitles;
import org.opendisclosure.common.web.Download;
import org.opendisclosure.common.web.PageParams;
import org.opendisclosure.common.web.TabularFormat;

/**
 * {@code /api/v1/members/{dimension}?fiscalYear&page&size&format} ({@link #PATH} under
 * {@code /api/v1}), as a {@code @BeanParam}: the
 * values one dimension takes, of one fiscal year or of all. A bad value is a 400 naming it; a
 * dimension the service does not serve, a 404 naming those it does.
 */
public class MemberListParams extends PageParams {

    public static final String PATH = "/members/{dimension}";

    @PathParam("dimension")
    String dimension;

    @QueryParam("fiscalYear")
    @Parameter(description = "Only the values found in that fiscal year's current revisions, 2000 to 2100; all years when absent",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
    String fiscalYear;

    @QueryParam("format")
    @Parameter(description = TabularFormat.DESCRIPTION, schema = @Schema(enumeration = {"json", "csv", "xlsx"}))
    String format;

    @QueryParam(ColumnTitles.PARAM)
    @Parameter(description = ColumnTitles.DESCRIPTION, schema = @Schema(enumeration = {"en", "zh"}, defaultValue = "en"))
    String header;

    @QueryParam(Download.PARAM)
    @Parameter(description = Download.DESCRIPTION, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    String download;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** The dimension asked for among those of {@code type}; another is a 404 naming them. */
    public <D extends Enum<D> & Dimension> D dimension(Class<D> type) {
        return byKey(type, dimension).orElseThrow(() -> unknown(dimension, keys(type)));
    }

    public static <D extends Enum<D> & Dimension> Optional<D> byKey(Class<D> type, String key) {
        return Arrays.stream(type.getEnumConstants()).filter(d -> d.key().equals(key)).findFirst();
    }

    public static <D extends Enum<D> & Dimension> List<String> keys(Class<D> type) {
        return Arrays.stream(type.getEnumConstants()).map(Dimension::key).toList();
    }

    /** The 404 of a dimension nobody serves here, naming those that are. */
    public static ProblemException unknown(String dimension, List<String> known) {
        return ProblemException.notFound("There is no dimension \"" + dimension + "\" here; the dimensions are " + String.join(", ", known));
    }

    /** The year, or null for every year. */
    public Integer fiscalYear() {
        return fiscalYear == null || fiscalYear.isEmpty() ? null : FiscalYear.parse("fiscalYear", fiscalYear);
    }

    public TabularFormat format() {
        return TabularFormat.choose(format, headers, download());
    }

    public ColumnTitles titles() {
        return ColumnTitles.parse(header);
    }

    public boolean download() {
        return Download.parse(download);
    }

    public HttpHeaders headers() {
        return headers;
    }

    public UriInfo uri() {
        return uri;
    }
}
