package io.tarn.server.rest;

import io.tarn.error.TarnException;
import io.tarn.server.api.EventDataStoreJson;
import io.tarn.server.http.ApiRequest;
import io.tarn.server.http.ApiResponse;
import io.tarn.server.http.JsonFields;
import io.tarn.server.http.Router;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreCatalog;
import io.tarn.storage.UpdateEventDataStoreRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static io.tarn.server.ServerErrorCode.INVALID_REQUEST;
import static java.util.Objects.requireNonNull;

/**
 * Event data stores (spec 2), under {@code /api/v1/event-data-stores}. {@code {store}} is a store's id, its
 * ARN (percent-encoded, its {@code /} as {@code %2F}) or its name.
 *
 * <pre>
 * POST   /api/v1/event-data-stores                          CreateEventDataStore: 201 and the store
 * GET    /api/v1/event-data-stores                          ListEventDataStores: {"EventDataStores": [...]}
 * GET    /api/v1/event-data-stores/{store}                  GetEventDataStore
 * PATCH  /api/v1/event-data-stores/{store}                  UpdateEventDataStore: only the fields given change
 * DELETE /api/v1/event-data-stores/{store}                  DeleteEventDataStore: the store, PENDING_DELETION
 * POST   /api/v1/event-data-stores/{store}/stop-ingestion   StopEventDataStoreIngestion
 * POST   /api/v1/event-data-stores/{store}/start-ingestion  StartEventDataStoreIngestion
 * POST   /api/v1/event-data-stores/{store}/restore          RestoreEventDataStore
 * </pre>
 *
 * Bodies and responses use the fields of {@link EventDataStoreJson}; every answer but the list is the store as
 * it is afterwards.
 */
public final class EventDataStoreResource
        implements RestResource
{
    public static final String PATH = PREFIX + "/event-data-stores";

    private final EventDataStoreCatalog catalog;

    public EventDataStoreResource(EventDataStoreCatalog catalog)
    {
        this.catalog = requireNonNull(catalog, "catalog is null");
    }

    @Override
    public void register(Router router)
    {
        router.post(PATH, this::create)
                .get(PATH, request -> ApiResponse.ok(EventDataStoreJson.listJson(catalog.list())))
                .get(PATH + "/{store}", request -> store(catalog.get(reference(request))))
                .patch(PATH + "/{store}", this::update)
                .delete(PATH + "/{store}", request -> store(catalog.delete(reference(request))))
                .post(PATH + "/{store}/stop-ingestion", request -> store(catalog.stopIngestion(reference(request))))
                .post(PATH + "/{store}/start-ingestion", request -> store(catalog.startIngestion(reference(request))))
                .post(PATH + "/{store}/restore", request -> store(catalog.restore(reference(request))));
    }

    private ApiResponse create(ApiRequest request)
    {
        JsonFields body = request.bodyObject(EventDataStoreJson.CREATE_FIELDS.toArray(String[]::new));
        EventDataStore store = catalog.create(EventDataStoreJson.createRequest(body));
        return ApiResponse.json(201, EventDataStoreJson.toJson(store))
                .withHeader("Location", PATH + "/" + URLEncoder.encode(store.id(), StandardCharsets.UTF_8));
    }

    private ApiResponse update(ApiRequest request)
    {
        String reference = reference(request);
        JsonFields body = request.bodyObject(EventDataStoreJson.UPDATE_FIELDS.toArray(String[]::new));
        UpdateEventDataStoreRequest update = EventDataStoreJson.updateRequest(body);
        if (update.equals(UpdateEventDataStoreRequest.none())) {
            // The store must exist before the request is judged, so an unknown store is 404 either way
            catalog.get(reference);
            throw new TarnException(INVALID_REQUEST, "Nothing to update: give at least one of " + String.join(", ", EventDataStoreJson.UPDATE_FIELDS));
        }
        return store(catalog.update(reference, update));
    }

    private static String reference(ApiRequest request)
    {
        return request.pathParameter("store");
    }

    private static ApiResponse store(EventDataStore store)
    {
        return ApiResponse.ok(EventDataStoreJson.toJson(store));
    }
}
