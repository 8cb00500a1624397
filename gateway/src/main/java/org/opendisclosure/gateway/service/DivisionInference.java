package org.opendisclosure.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The county (行政区划代码, GB/T 2260) a disclosure document is of, told from the names the document
 * gives itself: a department or unit name starts with the divisions it belongs to (中共阜平县委组织部,
 * 河北省保定市阜平县财政局, 阜平县党员电化教育中心). A county is taken only without doubt: one county of
 * the table is named, or a county name several counties share (新华区) is decided by the city or
 * province the document names with it. Otherwise the client must say the division.
 */
@ApplicationScoped
public class DivisionInference {

    static final String COUNTIES = "/divisions/counties.csv";

    private static final Pattern PARTY_PREFIX = Pattern.compile("^(?:中国共产党|中共)");
    /** Rows of the cities' file that group counties rather than name a city; no document starts with them. */
    private static final Set<String> NOT_NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    /** What the document says of its county. */
    public sealed interface Inference {
    }

    /** One county, without doubt. */
    public record Named(String code, String name) implements Inference {
    }

    /** Counties named, but not one without doubt: each name with the codes it may be. */
    public record InDoubt(Map<String, List<String>> candidates) implements Inference {
    }

    /** No county of the table is named. */
    public record Unnamed() implements Inference {
    }

    private final Map<String, String> provincesAndCities;
    private final Map<String, String> counties;
    private final Map<String, List<String>> codesByName = new HashMap<>();
    private final int longestName;

    public DivisionInference() {
        this.provincesAndCities = DivisionNames.read(DivisionNames.RESOURCE);
        this.counties = DivisionNames.read(COUNTIES);
        provincesAndCities.forEach((code, name) -> {
            if (!NOT_NAMES.contains(name)) {
                codesByName.computeIfAbsent(name, n -> new ArrayList<>()).add(code);
            }
        });
        counties.forEach((code, name) -> codesByName.computeIfAbsent(name, n -> new ArrayList<>()).add(code));
        codesByName.values().forEach(codes -> codes.sort(null));
        this.longestName = codesByName.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * @param names the names the document gives itself: the department's (from the title) first, then its units'
     * @param text  the rest of what was read, searched only for a city or province written right before a
     *              county name that is in doubt (石家庄市新华区)
     */
    public Inference infer(List<String> names, String text) {
        List<Set<String>> mentions = new ArrayList<>();
        Set<String> upper = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            List<String> chain = leadingDivisions(name.strip());
            List<String> uppers = chain.stream().flatMap(n -> codesByName.get(n).stream()).filter(c -> c.length() < 6).toList();
            upper.addAll(uppers);
            chain.stream().filter(this::namesACounty).findFirst()
                    .ifPresent(county -> {
                        Set<String> codes = countyCodes(county);
                        // 河北省新华区: the province or city written before the county decides among its namesakes.
                        Set<String> within = under(codes, uppers);
                        mentions.add(within.isEmpty() ? codes : within);
                    });
        }
        if (mentions.isEmpty()) {
            return new Unnamed();
        }
        Set<String> common = new TreeSet<>(mentions.get(0));
        mentions.forEach(common::retainAll);
        if (common.isEmpty()) {
            // Different counties named (阜平县 and 曲阳县): the document does not say which it is.
            Map<String, List<String>> named = new LinkedHashMap<>();
            mentions.forEach(codes -> codes.forEach(code -> named.computeIfAbsent(counties.get(code), n -> new ArrayList<>())));
            mentions.forEach(codes -> codes.forEach(code -> {
                List<String> list = named.get(counties.get(code));
                if (!list.contains(code)) {
                    list.add(code);
                }
            }));
            return new InDoubt(named);
        }
        if (common.size() > 1) {
            Set<String> within = under(common, upper);
            if (within.size() == 1) {
                common = within;
            } else {
                Set<String> written = writtenAfterTheirCity(common, text == null ? "" : text);
                if (written.size() == 1) {
                    common = written;
                }
            }
        }
        if (common.size() == 1) {
            String code = common.iterator().next();
            return new Named(code, counties.get(code));
        }
        return new InDoubt(Map.of(counties.get(common.iterator().next()), List.copyOf(common)));
    }

    /** Whether the code is a county of the table (a code it does not know may be newer than the table, or made up). */
    public boolean isCounty(String code) {
        return code != null && counties.containsKey(code);
    }

    /** 130105 (河北省石家庄市新华区): a county's code with the divisions above it, to name it in a message. */
    public String describe(String code) {
        StringBuilder name = new StringBuilder();
        for (String upper : List.of(code.substring(0, 2), code.substring(0, 4))) {
            String n = provincesAndCities.get(upper);
            if (n != null && !NOT_NAMES.contains(n)) {
                name.append(n);
            }
        }
        return code + " (" + name + counties.getOrDefault(code, "") + ")";
    }

    /** The candidates of a name in doubt, for a message: 130105 (河北省石家庄市新华区), 130902 (河北省沧州市新华区). */
    public String describe(InDoubt doubt) {
        return doubt.candidates().entrySet().stream()
                .map(entry -> entry.getKey() + " (" + entry.getValue().stream().map(this::describe).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "));
    }

    /**
     * 中共河北省保定市阜平县委组织部 → [河北省, 保定市, 阜平县]: the divisions the name starts with, longest names first,
     * down to the county (阜平县城区供水站 is of 阜平县, not of a county named 城区).
     */
    private List<String> leadingDivisions(String name) {
        String rest = PARTY_PREFIX.matcher(name).replaceFirst("");
        List<String> chain = new ArrayList<>();
        int at = 0;
        while (at < rest.length()) {
            String found = null;
            for (int length = Math.min(longestName, rest.length() - at); length >= 2 && found == null; length--) {
                String candidate = rest.substring(at, at + length);
                if (codesByName.containsKey(candidate)) {
                    found = candidate;
                }
            }
            if (found == null) {
                break;
            }
            chain.add(found);
            at += found.length();
            if (namesACounty(found)) {
                break;
            }
        }
        return chain;
    }

    private boolean namesACounty(String name) {
        return codesByName.get(name).stream().anyMatch(c -> c.length() == 6);
    }

    private Set<String> countyCodes(String name) {
        return codesByName.get(name).stream().filter(c -> c.length() == 6).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> under(Set<String> counties, Iterable<String> uppers) {
        Set<String> within = new TreeSet<>();
        for (String county : counties) {
            for (String upper : uppers) {
                if (county.startsWith(upper)) {
                    within.add(county);
                }
            }
        }
        return within;
    }

    private Set<String> writtenAfterTheirCity(Set<String> candidates, String text) {
        Set<String> written = new TreeSet<>();
        for (String code : candidates) {
            for (String upper : List.of(code.substring(0, 4), code.substring(0, 2))) {
                String n = provincesAndCities.get(upper);
                if (n != null && !NOT_NAMES.contains(n) && text.contains(n + counties.get(code))) {
                    written.add(code);
                }
            }
        }
        return written;
    }
}
