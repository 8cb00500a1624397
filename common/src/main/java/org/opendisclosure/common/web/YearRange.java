package org.opendisclosure.common.web;

/** Fiscal years from {@code from} to {@code to}, both inclusive; a null bound is open. */
public record YearRange(Integer from, Integer to) {

    public static YearRange of(int year) {
        return new YearRange(year, year);
    }

    /** How a file of the range is named: {@code 2020}, {@code 2019-2021}, {@code 2019-} or {@code all-years}. */
    public String label() {
        if (from == null && to == null) {
            return "all-years";
        }
        if (from != null && from.equals(to)) {
            return String.valueOf(from);
        }
        return (from == null ? "" : from) + "-" + (to == null ? "" : to);
    }
}
