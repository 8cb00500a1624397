package org.opendisclosure.parser;

import java.util.regex.Pattern;

/** Matching published words and labels regardless of the spacing Word puts into them (合　计, 项　　目). */
final class Words {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");

    private Words() {
    }

    /** The text without any space, for comparing labels. */
    static String squeeze(String text) {
        return SPACE.matcher(text).replaceAll("");
    }

    static boolean containsAny(String text, String... words) {
        String squeezed = squeeze(text);
        for (String word : words) {
            if (squeezed.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
