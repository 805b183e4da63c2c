package io.tarn.server.http;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Maps a method and a path to a {@link RouteHandler}. Paths are templates of literal segments and
 * {@code {name}} segments, which match one path segment each: {@code /api/v1/event-data-stores/{store}}.
 * Segments are percent-decoded after the path is split, so a parameter may hold an encoded {@code /}
 * (an ARN). A literal segment wins over a parameter at the same place.
 */
public final class Router
{
    private final List<Route> routes = new ArrayList<>();

    /**
     * Adds a route; a method and template may be added only once.
     */
    public Router add(String method, String template, RouteHandler handler)
    {
        Route route = new Route(method.toUpperCase(Locale.ROOT), PathTemplate.parse(template), handler);
        for (Route existing : routes) {
            if (existing.method().equals(route.method()) && existing.template().equals(route.template())) {
                throw new IllegalArgumentException("Route already added: " + method + " " + template);
            }
        }
        routes.add(route);
        return this;
    }

    /**
     * Every route, in the order added.
     */
    public List<Route> routes()
    {
        return List.copyOf(routes);
    }

    public Router get(String template, RouteHandler handler)
    {
        return add("GET", template, handler);
    }

    public Router post(String template, RouteHandler handler)
    {
        return add("POST", template, handler);
    }

    public Router put(String template, RouteHandler handler)
    {
        return add("PUT", template, handler);
    }

    public Router patch(String template, RouteHandler handler)
    {
        return add("PATCH", template, handler);
    }

    public Router delete(String template, RouteHandler handler)
    {
        return add("DELETE", template, handler);
    }

    /**
     * The route for a request: the most literal template that matches the path and has the method; else
     * whether some template matches the path with other methods (405) or none does (404).
     */
    public Match match(String method, List<String> segments)
    {
        Optional<Route> best = Optional.empty();
        Map<String, String> bestParameters = Map.of();
        int bestLiterals = -1;
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.template().match(segments);
            if (parameters.isEmpty()) {
                continue;
            }
            allowed.add(route.method());
            if (route.method().equals(method) && route.template().literalCount() > bestLiterals) {
                best = Optional.of(route);
                bestParameters = parameters.get();
                bestLiterals = route.template().literalCount();
            }
        }
        if (best.isPresent()) {
            return new Match(best, bestParameters, Set.of());
        }
        return new Match(Optional.empty(), Map.of(), allowed);
    }

    /**
     * The result of matching: a route and its path parameters, or none with the methods the path allows
     * (empty when no template matches the path).
     */
    public record Match(Optional<Route> route, Map<String, String> parameters, Set<String> allowedMethods)
    {
        public Match
        {
            requireNonNull(route, "route is null");
            parameters = ImmutableMap.copyOf(requireNonNull(parameters, "parameters is null"));
            allowedMethods = ImmutableSet.copyOf(requireNonNull(allowedMethods, "allowedMethods is null"));
        }
    }

    /**
     * A method, a path template and what answers them.
     */
    public record Route(String method, PathTemplate template, RouteHandler handler)
    {
        public Route
        {
            requireNonNull(method, "method is null");
            requireNonNull(template, "template is null");
            requireNonNull(handler, "handler is null");
        }
    }

    /**
     * A path template split into segments; a {@code {name}} segment is a parameter, any other a literal.
     */
    public record PathTemplate(List<String> segments)
    {
        public PathTemplate
        {
            segments = ImmutableList.copyOf(requireNonNull(segments, "segments is null"));
        }

        static PathTemplate parse(String template)
        {
            if (!template.startsWith("/")) {
                throw new IllegalArgumentException("A path template starts with '/': " + template);
            }
            List<String> segments = PathSegments.split(template);
            Set<String> names = new LinkedHashSet<>();
            for (String segment : segments) {
                if (isParameter(segment) && !names.add(segment)) {
                    throw new IllegalArgumentException("Parameter " + segment + " appears twice in " + template);
                }
            }
            return new PathTemplate(segments);
        }

        int literalCount()
        {
            return (int) segments.stream().filter(segment -> !isParameter(segment)).count();
        }

        Optional<Map<String, String>> match(List<String> path)
        {
            if (path.size() != segments.size()) {
                return Optional.empty();
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int index = 0; index < segments.size(); index++) {
                String segment = segments.get(index);
                if (isParameter(segment)) {
                    if (path.get(index).isEmpty()) {
                        return Optional.empty();
                    }
                    parameters.put(segment.substring(1, segment.length() - 1), path.get(index));
                }
                else if (!segment.equals(path.get(index))) {
                    return Optional.empty();
                }
            }
            return Optional.of(parameters);
        }

        private static boolean isParameter(String segment)
        {
            return segment.startsWith("{") && segment.endsWith("}");
        }

        @Override
        public String toString()
        {
            return "/" + String.join("/", segments);
        }
    }
}
