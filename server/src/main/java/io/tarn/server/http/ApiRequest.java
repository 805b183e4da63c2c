package io.tarn.server.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.ByteStreams;
import io.tarn.error.TarnException;
import io.tarn.server.api.LakeJson;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.tarn.server.ServerErrorCode.MALFORMED_JSON;
import static io.tarn.server.ServerErrorCode.REQUEST_TOO_LARGE;
import static io.tarn.server.ServerErrorCode.RESOURCE_NOT_FOUND;
import static java.util.Objects.requireNonNull;

/**
 * A request as a route sees it: method, path parameters, query parameters, headers, the authenticated
 * caller, and the body, read at most once and never beyond the server's limit (413 past it).
 */
public final class ApiRequest
{
    private final Request request;
    private final Map<String, String> pathParameters;
    private final Optional<String> principal;
    private final long maxBodyBytes;
    private Fields queryParameters;

    ApiRequest(Request request, Map<String, String> pathParameters, Optional<String> principal, long maxBodyBytes)
    {
        this.request = requireNonNull(request, "request is null");
        this.pathParameters = ImmutableMap.copyOf(requireNonNull(pathParameters, "pathParameters is null"));
        this.principal = requireNonNull(principal, "principal is null");
        this.maxBodyBytes = maxBodyBytes;
    }

    public String method()
    {
        return request.getMethod();
    }

    /**
     * A {@code {name}} segment of the route's path, percent-decoded.
     */
    public String pathParameter(String name)
    {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("The route has no path parameter " + name);
        }
        return value;
    }

    public Optional<String> queryParameter(String name)
    {
        if (queryParameters == null) {
            queryParameters = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        }
        return Optional.ofNullable(queryParameters.getValue(name));
    }

    public Optional<String> header(String name)
    {
        return Optional.ofNullable(request.getHeaders().get(name));
    }

    /**
     * Every value of a header, in order, each occurrence whole (values are not split at commas).
     */
    public List<String> headers(String name)
    {
        List<String> values = new ArrayList<>();
        for (HttpField field : request.getHeaders()) {
            if (field.is(name)) {
                values.add(field.getValue());
            }
        }
        return values;
    }

    /**
     * The name the bearer token was given in the token file; empty when the server takes no tokens.
     */
    public Optional<String> principal()
    {
        return principal;
    }

    /**
     * {@code http://host:port} as the client addressed the server, for links in responses.
     */
    public String baseUri()
    {
        HttpURI uri = request.getHttpURI();
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    /**
     * The body as a stream of at most {@code limit} bytes, for uploads larger than the server's limit of
     * JSON bodies; a declared or actual length beyond it fails with {@code REQUEST_TOO_LARGE} (413).
     */
    public InputStream body(long limit)
    {
        long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (declared > limit) {
            throw tooLarge(limit);
        }
        return new LimitedInputStream(Request.asInputStream(request), limit);
    }

    /**
     * The server's limit of request bodies read whole ({@link #bodyBytes()}, {@link #bodyJson()}).
     */
    public long maxBodyBytes()
    {
        return maxBodyBytes;
    }

    public byte[] bodyBytes()
    {
        return bodyBytes(maxBodyBytes);
    }

    private byte[] bodyBytes(long limit)
    {
        try (InputStream input = body(limit)) {
            return ByteStreams.toByteArray(input);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bodyText()
    {
        return new String(bodyBytes(), StandardCharsets.UTF_8);
    }

    /**
     * The body as JSON; malformed JSON is {@code MALFORMED_JSON} (400), an empty body is JSON {@code null}.
     */
    public JsonNode bodyJson()
    {
        return bodyJson(maxBodyBytes);
    }

    /**
     * The body as JSON, read up to a limit of its own (413 beyond), for a resource whose bodies have a
     * documented size such as PutAuditEvents' 1 MB.
     */
    public JsonNode bodyJson(long limit)
    {
        byte[] bytes = bodyBytes(limit);
        if (bytes.length == 0) {
            return LakeJson.MAPPER.nullNode();
        }
        try {
            JsonNode node = LakeJson.MAPPER.readTree(bytes);
            return node == null ? LakeJson.MAPPER.nullNode() : node;
        }
        catch (JsonParseException e) {
            throw new TarnException(MALFORMED_JSON, "The request body is not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        }
        catch (JsonProcessingException e) {
            throw new TarnException(MALFORMED_JSON, "The request body is not valid JSON: " + e.getOriginalMessage());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The body as a JSON object whose fields are among {@code allowed} (an empty body is an empty object);
     * anything else is {@code INVALID_REQUEST} (400).
     */
    public JsonFields bodyObject(String... allowed)
    {
        return JsonFields.of(bodyJson(), List.of(allowed));
    }

    Request jettyRequest()
    {
        return request;
    }

    static TarnException tooLarge(long limit)
    {
        return new TarnException(REQUEST_TOO_LARGE, "The request body is larger than " + limit + " bytes");
    }

    static TarnException notFound(String method, String path)
    {
        return new TarnException(RESOURCE_NOT_FOUND, "No resource at " + method + " " + path);
    }

    private static final class LimitedInputStream
            extends FilterInputStream
    {
        private final long limit;
        private long count;

        LimitedInputStream(InputStream input, long limit)
        {
            super(input);
            this.limit = limit;
        }

        @Override
        public int read()
                throws IOException
        {
            int value = super.read();
            if (value >= 0) {
                count(1);
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length)
                throws IOException
        {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        private void count(long bytes)
        {
            count += bytes;
            if (count > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
