package org.opendisclosure.store;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How a part's document is kept in its revision row: {@code fill} copies a document into a new row
 * exactly as given, {@code document} reads the document back as it was written (what the rules read
 * and the content hash covers), {@code view} is the representation served.
 */
public record PartMapping<D, V, R>(BiConsumer<R, D> fill, Function<R, D> document, BiFunction<PartKey, R, V> view) {
}
