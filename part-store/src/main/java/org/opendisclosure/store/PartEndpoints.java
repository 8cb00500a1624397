package org.opendisclosure.store;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a part's resource says about itself in the documentation of the endpoints every part
 * shares ({@link PartResource}): those endpoints are declared once, with placeholders
 * ({@code {title}}, {@code {write}} …, one per text here) that {@link PartEndpointsFilter}
 * fills from this annotation on each resource at build time. The texts other than title and
 * document are whole sentences, in the words of the published document where it has them.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PartEndpoints {

    /** The part as the summaries name it after "the department's", e.g. "assets", "procurement budget". */
    String title();

    /**
     * The document a write takes, with its article, e.g. "an assets document": a write or check
     * without a body is refused as "an assets document is required".
     */
    String document();

    /** What the write takes and how it is stored; what every part's write does with revisions and If-Match follows. */
    String write();

    /** What the read of the current revision says besides, if anything. */
    String read() default "";

    /** What the findings of the current revision are made of, if more than the rules listed at /api/v1/rules. */
    String findings() default "";

    /** What the check of a posted document says besides what every part's check does, if anything. */
    String check() default "";

    /**
     * Whether the write is refused with a 404 for a department this service does not know (a
     * budget needs its department's part 一); the other parts take any well-formed department id.
     */
    boolean writeNeedsKnownDepartment() default false;
}
