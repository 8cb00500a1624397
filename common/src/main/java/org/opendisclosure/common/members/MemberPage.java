package org.opendisclosure.common.members;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.common.web.PageSchema;

/** A page of a dimension's values, for the OpenAPI documents of every service that serves one and of the gateway. */
@Schema(name = "MemberPage", description = PageSchema.DESCRIPTION)
public final class MemberPage extends PageSchema<Member> {
}
