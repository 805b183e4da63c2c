package io.tarn.server.http;

/**
 * Answers the requests of one route. Failures a caller can cause are thrown as
 * {@link io.tarn.error.TarnException}s, which become JSON error responses (see {@link ErrorResponses}).
 */
@FunctionalInterface
public interface RouteHandler
{
    ApiResponse handle(ApiRequest request);
}
