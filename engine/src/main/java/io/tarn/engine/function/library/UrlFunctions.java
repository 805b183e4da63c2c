package io.tarn.engine.function.library;

import com.google.common.base.Splitter;
import com.google.common.net.UrlEscapers;
import io.tarn.engine.function.FunctionRegistry;
import io.tarn.engine.function.ScalarImplementation;
import io.tarn.engine.function.Scalars;
import io.tarn.error.TarnException;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.function.Function;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;

/**
 * URL functions, as Trino computes them with {@link URI}: a string that is not a valid URI gives null, a
 * component the URI lacks gives an empty string (the port, null); path, query and fragment are decoded.
 */
final class UrlFunctions
{
    private static final Splitter QUERY_SPLITTER = Splitter.on('&');
    private static final Splitter ARGUMENT_SPLITTER = Splitter.on('=').limit(2);

    private UrlFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
        functions.scalar("url_extract_protocol(varchar): varchar", "Protocol (scheme) of the URL", component(URI::getScheme));
        functions.scalar("url_extract_host(varchar): varchar", "Host of the URL", component(URI::getHost));
        functions.scalar("url_extract_path(varchar): varchar", "Path of the URL, decoded", component(URI::getPath));
        functions.scalar("url_extract_query(varchar): varchar", "Query string of the URL, decoded", component(URI::getQuery));
        functions.scalar("url_extract_fragment(varchar): varchar", "Fragment of the URL, decoded", component(URI::getFragment));
        functions.scalar("url_extract_port(varchar): bigint", "Port of the URL, null when it has none", Scalars.unary(value -> {
            URI uri = parse((String) value);
            return uri == null || uri.getPort() < 0 ? null : (long) uri.getPort();
        }));
        functions.scalar("url_extract_parameter(varchar, varchar): varchar", "Decoded value of the first query parameter of the given name",
                Scalars.binary((url, name) -> parameter((String) url, (String) name)));
        functions.scalar("url_encode(varchar): varchar", "Escapes the string for use in a URL query (spaces become '+')",
                Scalars.varcharToVarchar(value -> UrlEscapers.urlFormParameterEscaper().escape(value)));
        functions.scalar("url_decode(varchar): varchar", "Unescapes a URL-encoded string", Scalars.varcharToVarchar(UrlFunctions::decode));
    }

    private static ScalarImplementation component(Function<URI, String> getter)
    {
        return Scalars.unary(value -> {
            URI uri = parse((String) value);
            if (uri == null) {
                return null;
            }
            String component = getter.apply(uri);
            return component == null ? "" : component;
        });
    }

    private static URI parse(String url)
    {
        try {
            return new URI(url);
        }
        catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * Names are compared as written; the value is decoded. A parameter without {@code =} has an empty value.
     */
    private static String parameter(String url, String name)
    {
        URI uri = parse(url);
        if (uri == null || uri.getRawQuery() == null) {
            return null;
        }
        for (String argument : QUERY_SPLITTER.split(uri.getRawQuery())) {
            Iterator<String> parts = ARGUMENT_SPLITTER.split(argument).iterator();
            if (parts.next().equals(name)) {
                return parts.hasNext() ? decode(parts.next()) : "";
            }
        }
        return null;
    }

    private static String decode(String value)
    {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException e) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, e.getMessage());
        }
    }
}
