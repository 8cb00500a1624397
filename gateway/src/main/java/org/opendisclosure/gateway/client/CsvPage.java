package org.opendisclosure.gateway.client;

/** One page of a service's list as CSV, header row first, and how many rows the whole list has. */
public record CsvPage(byte[] csv, long totalItems) {
}
