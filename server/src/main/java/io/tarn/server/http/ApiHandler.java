package io.tarn.server.http;

import io.tarn.error.TarnException;
import io.tarn.server.ServerErrorCode;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import static io.tarn.server.ServerErrorCode.METHOD_NOT_ALLOWED;
import static io.tarn.server.ServerErrorCode.SERVER_SHUTTING_DOWN;
import static io.tarn.server.ServerErrorCode.UNAUTHENTICATED;
import static java.util.Objects.requireNonNull;

/**
 * Every request passes here: refused with 503 while the server stops, authenticated (401 without a valid
 * bearer token when the server has tokens), routed (404 for an unknown path, 405 with {@code Allow} for a
 * method the path does not take), answered by its route; a {@link TarnException} becomes its JSON error
 * response, and any other failure a 500 whose details go only to the log.
 */
public final class ApiHandler
        extends Handler.Abstract
{
    // A body the route did not read, up to this size, is read to its end (see discard)
    private static final long MAX_DISCARDED_BYTES = 64L << 20;

    private final Router router;
    private final Optional<AccessTokens> tokens;
    private final long maxBodyBytes;
    private final ServerLog log;
    private final BooleanSupplier stopping;

    public ApiHandler(Router router, Optional<AccessTokens> tokens, long maxBodyBytes, ServerLog log, BooleanSupplier stopping)
    {
        this.router = requireNonNull(router, "router is null");
        this.tokens = requireNonNull(tokens, "tokens is null");
        this.maxBodyBytes = maxBodyBytes;
        this.log = requireNonNull(log, "log is null");
        this.stopping = requireNonNull(stopping, "stopping is null");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback)
    {
        ApiResponse answer;
        try {
            answer = dispatch(request);
        }
        catch (TarnException e) {
            answer = ErrorResponses.of(e);
        }
        catch (RuntimeException | Error e) {
            log.error("Request " + request.getId() + " (" + request.getMethod() + " " + request.getHttpURI().getPath() + ") failed", e);
            answer = ErrorResponses.of(new TarnException(ServerErrorCode.SERVER_ERROR, "Internal server error; the server log has the details of request " + request.getId()));
        }
        // Read to the end, not Jetty's consumeAvailable(): that takes only what has arrived, and a body still on
        // its way then closes the connection under the client
        if (!discard(Request.asInputStream(request), MAX_DISCARDED_BYTES)) {
            // The route answered without reading the whole body (401, 404, 413, ...) and the rest is too large
            // to read through: the connection cannot carry another request, and the client must know before it tries
            answer = answer.withHeader("Connection", "close");
        }
        write(answer, response, callback);
        return true;
    }

    private ApiResponse dispatch(Request request)
    {
        if (stopping.getAsBoolean()) {
            throw new TarnException(SERVER_SHUTTING_DOWN, "The server is shutting down");
        }
        Optional<String> principal = authenticate(request);
        principal.ifPresent(name -> request.setAttribute(RequestLogger.PRINCIPAL_ATTRIBUTE, name));
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String path = request.getHttpURI().getPath();
        Router.Match match = router.match(method, PathSegments.split(path == null ? "/" : path));
        if (match.route().isEmpty()) {
            if (match.allowedMethods().isEmpty()) {
                throw ApiRequest.notFound(method, path);
            }
            String allowed = String.join(", ", match.allowedMethods());
            return ErrorResponses.of(new TarnException(METHOD_NOT_ALLOWED, "Method " + method + " is not allowed on " + path + "; allowed: " + allowed))
                    .withHeader("Allow", allowed);
        }
        return match.route().get().handler().handle(new ApiRequest(request, match.parameters(), principal, maxBodyBytes));
    }

    private Optional<String> authenticate(Request request)
    {
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<String> name = tokens.get().authenticate(authorization.substring(7).strip());
            if (name.isPresent()) {
                return name;
            }
        }
        throw new TarnException(UNAUTHENTICATED, "Authentication required: send a valid token as 'Authorization: Bearer <token>'");
    }

    /**
     * Reads what is left of a body the server does not want, up to {@code maxBytes}, and tells whether it
     * reached the end. A server that answers and closes while the client is still sending makes the
     * client's TCP stack reset the connection, and the client loses the answer (a 413 that says why, or
     * even the end of a large 200); for bodies too large to read through, only a client that waits for
     * {@code 100 Continue} gets the answer.
     */
    private static boolean discard(InputStream body, long maxBytes)
    {
        byte[] buffer = new byte[8192];
        long left = maxBytes;
        try {
            while (left > 0) {
                int read = body.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    return true;
                }
                left -= read;
            }
            return body.read() < 0;
        }
        catch (IOException e) {
            // the client went away: there is nobody left to answer
            return false;
        }
    }

    private static void write(ApiResponse answer, Response response, Callback callback)
    {
        response.setStatus(answer.status());
        for (Map.Entry<String, String> header : answer.headers()) {
            response.getHeaders().add(header.getKey(), header.getValue());
        }
        if (answer.status() == 401) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
        }
        if (answer.body().length == 0) {
            response.write(true, null, callback);
            return;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }
}
