package io.tarn.server.http;

import com.google.common.collect.ImmutableList;
import io.tarn.error.TarnException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.tarn.server.ServerErrorCode.RESOURCE_NOT_FOUND;

/**
 * Splits a raw (still percent-encoded) path into decoded segments, so that an encoded {@code /} stays
 * inside its segment.
 */
final class PathSegments
{
    private PathSegments() {}

    static List<String> split(String rawPath)
    {
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty()) {
            return List.of();
        }
        ImmutableList.Builder<String> segments = ImmutableList.builder();
        for (String segment : path.split("/", -1)) {
            segments.add(decode(segment));
        }
        return segments.build();
    }

    private static String decode(String segment)
    {
        try {
            // '+' is a literal plus in a path, unlike in a query string
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException e) {
            throw new TarnException(RESOURCE_NOT_FOUND, "Malformed path segment '" + segment + "'");
        }
    }
}
