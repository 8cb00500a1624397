package org.opendisclosure.store;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.web.Params;

/** The path of one revision of a part: {@code …/{year}/revisions/{revision}}. */
public class RevisionAddress extends PartAddress {

    @PathParam("revision")
    @Parameter(description = "Revision number, from 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    String revision;

    public int number() {
        return Params.revision(revision);
    }
}
