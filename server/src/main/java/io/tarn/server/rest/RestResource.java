package io.tarn.server.rest;

import io.tarn.server.http.Router;

/**
 * A resource of the REST API: registers its routes under {@link #PREFIX}. To add one, write a class that
 * implements this interface (see {@link EventDataStoreResource}), give it what it needs through its
 * constructor, and list it in {@code TarnServer.restResources}. Routes read requests through
 * {@link io.tarn.server.http.ApiRequest} (strict JSON bodies with {@code bodyObject(fields...)}), answer with
 * {@link io.tarn.server.http.ApiResponse}, and report failures by throwing a
 * {@link io.tarn.error.TarnException} whose error code maps to a status in
 * {@link io.tarn.server.http.HttpStatuses}.
 */
public interface RestResource
{
    String PREFIX = "/api/v1";

    void register(Router router);
}
