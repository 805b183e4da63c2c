/**
 * The HTTP plumbing every resource shares, on Jetty 12's core handlers (no servlets): routing by method and
 * path template ({@link io.tarn.server.http.Router}), bearer-token authentication
 * ({@link io.tarn.server.http.AccessTokens}), request bodies with size limits and strict JSON
 * ({@link io.tarn.server.http.ApiRequest}, {@link io.tarn.server.http.JsonFields}), JSON error responses with
 * stable codes ({@link io.tarn.server.http.ErrorResponses}, {@link io.tarn.server.http.HttpStatuses}) and one
 * log line per request ({@link io.tarn.server.http.RequestLogger}).
 */
package io.tarn.server.http;
