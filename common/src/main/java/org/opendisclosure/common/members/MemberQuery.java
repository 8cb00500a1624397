package org.opendisclosure.common.members;

import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;

/** How a service reads one page of a dimension's values, of one fiscal year or (null) of all. */
@FunctionalInterface
public interface MemberQuery<D extends Enum<D> & Dimension> {

    Page<Member> values(D dimension, Integer fiscalYear, PageRequest page);
}
