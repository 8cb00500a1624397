package org.opendisclosure.common.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opendisclosure.common.id.Printable;
import org.opendisclosure.common.problem.ProblemException;

/**
 * A level of the administrative divisions (GB/T 2260) that figures roll up to, and how many
 * leading digits of a division code name it: 13 is 河北省, 1306 保定市, 130624 阜平县. A department
 * below a county (a 9- or 12-digit code) rolls up into its county.
 */
public enum AreaLevel {
    PROVINCE(2), CITY(4), COUNTY(6);

    public static final String PARAM = "level";

    private final int digits;

    AreaLevel(int digits) {
        this.digits = digits;
    }

    public int digits() {
        return digits;
    }

    /** As the API names it: province, city or county. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code level} as a client wrote it; absent is county, the level every department belongs to directly. */
    public static AreaLevel parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return COUNTY;
        }
        return Arrays.stream(values()).filter(level -> level.key().equals(raw)).findFirst()
                .orElseThrow(() -> ProblemException.invalid(PARAM, "must be one of "
                        + Arrays.stream(values()).map(AreaLevel::key).collect(Collectors.joining(", "))
                        + ", was " + Printable.quoted(raw)));
    }
}
