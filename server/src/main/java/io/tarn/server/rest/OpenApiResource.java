package io.tarn.server.rest;

import io.tarn.server.http.ApiResponse;
import io.tarn.server.http.Router;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI 3 description of the whole HTTP API, REST and Trino protocol, at
 * {@code GET /api/v1/openapi.json}. The document is kept in the repository as {@value #RESOURCE} and served as
 * it is; {@code TestOpenApiDocument} checks that it names exactly the routes the server registers.
 */
public final class OpenApiResource
        implements RestResource
{
    public static final String PATH = PREFIX + "/openapi.json";
    public static final String RESOURCE = "/io/tarn/server/openapi.json";

    private final String document;

    public OpenApiResource()
    {
        this.document = load();
    }

    @Override
    public void register(Router router)
    {
        router.get(PATH, request -> ApiResponse.text(200, ApiResponse.JSON, document));
    }

    /**
     * The document as it is kept in the repository.
     */
    public static String load()
    {
        try (InputStream input = OpenApiResource.class.getResourceAsStream(RESOURCE)) {
            if (input == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
