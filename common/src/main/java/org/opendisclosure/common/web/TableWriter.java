package org.opendisclosure.common.web;

import java.io.IOException;

/** Rows written one by one into a table (a CSV, a sheet), so that a whole list never has to be held at once. */
public interface TableWriter<T> extends AutoCloseable {

    void row(T row) throws IOException;

    /** Finishes the table (the rows still buffered, a workbook's closing parts); the stream it writes into stays open. */
    @Override
    void close() throws IOException;
}
