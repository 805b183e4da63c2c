package io.tarn.server.http;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;

import java.util.concurrent.TimeUnit;

import static java.util.Objects.requireNonNull;

/**
 * Logs one line per request once its response is complete:
 * {@code <time> <client address> <token name or -> "<method> <path>" <status> <response bytes> <milliseconds>ms}.
 * The query string and headers are left out, so no secret reaches the log.
 */
public final class RequestLogger
        implements RequestLog
{
    static final String PRINCIPAL_ATTRIBUTE = "io.tarn.server.principal";

    private final ServerLog log;

    public RequestLogger(ServerLog log)
    {
        this.log = requireNonNull(log, "log is null");
    }

    @Override
    public void log(Request request, Response response)
    {
        Object principal = request.getAttribute(PRINCIPAL_ATTRIBUTE);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - request.getBeginNanoTime());
        log.info(Request.getRemoteAddr(request) + " " + (principal == null ? "-" : principal)
                + " \"" + request.getMethod() + " " + request.getHttpURI().getPath() + "\" "
                + response.getStatus() + " " + Response.getContentBytesWritten(response) + " " + millis + "ms");
    }
}
