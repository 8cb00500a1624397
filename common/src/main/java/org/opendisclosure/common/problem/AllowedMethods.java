package org.opendisclosure.common.problem;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path of this application answers, read once from its resource classes, for
 * the {@code Allow} header of a 405. Quarkus REST leaves that header out, and when a path falls
 * between two resource classes (one class's path a prefix of the other's) it answers 404 where
 * another class declares the path for other methods: both are put right from this table.
 */
@Singleton
public class AllowedMethods {

    /** literals: the template's characters outside its variables, by which JAX-RS ranks templates that match alike. */
    private record Route(Pattern path, int literals, String method) {
    }

    private final BeanManager beans;
    private volatile List<Route> routes;

    public AllowedMethods(BeanManager beans) {
        this.beans = beans;
    }

    /** The methods declared for this path (relative to the application root, still encoded), HEAD with GET; empty when none. */
    public Set<String> of(String rawPath) {
        String path = rawPath.startsWith("/") ? rawPath : "/" + rawPath;
        List<Route> matching = routes().stream().filter(route -> route.path().matcher(path).matches()).toList();
        // Only the most specific templates answer: a catch-all beside them never gets the request.
        int best = matching.stream().mapToInt(Route::literals).max().orElse(0);
        Set<String> allowed = new TreeSet<>();
        for (Route route : matching) {
            if (route.literals() == best) {
                allowed.add(route.method());
                if (route.method().equals("GET")) {
                    allowed.add("HEAD");
                }
            }
        }
        return allowed;
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = read();
            routes = known;
        }
        return known;
    }

    private List<Route> read() {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Method method : c.getDeclaredMethods()) {
                    String verb = verb(method);
                    Path sub = method.getAnnotation(Path.class);
                    String template = join(root.value(), sub == null ? "" : sub.value());
                    // An override seen first in the subclass stands for the method it replaces.
                    if (verb != null && seen.add(method.getName() + template + verb)) {
                        found.add(route(template, verb));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String joined = "/" + root + "/" + sub;
        return joined.replaceAll("/{2,}", "/").replaceAll("(.)/$", "$1");
    }

    /**
     * A JAX-RS path template as a pattern ({name} is one segment, {name: regex} its regex, a trailing
     * slash optional), with the number of its characters outside variables.
     */
    private static Route route(String template, String verb) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int literals = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                literal.append(c);
                literals++;
                i++;
                continue;
            }
            if (!literal.isEmpty()) {
                regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
            }
            int depth = 0;
            int end = i;
            for (; end < template.length(); end++) {
                char e = template.charAt(end);
                if (e == '{') {
                    depth++;
                } else if (e == '}' && --depth == 0) {
                    break;
                }
            }
            String variable = template.substring(i + 1, end);
            int colon = variable.indexOf(':');
            regex.append(colon < 0 ? "[^/]+" : "(?:" + variable.substring(colon + 1).trim() + ")");
            i = end + 1;
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return new Route(Pattern.compile(regex + "/?"), literals, verb);
    }
}
