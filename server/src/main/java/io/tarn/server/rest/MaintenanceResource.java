package io.tarn.server.rest;

import io.tarn.server.api.MaintenanceJson;
import io.tarn.server.http.ApiResponse;
import io.tarn.server.http.Router;
import io.tarn.storage.Lake;

import static java.util.Objects.requireNonNull;

/**
 * The lake's housekeeping, as {@code tarn compact} and {@code tarn maintain} do it on a local lake:
 *
 * <pre>
 * POST /api/v1/event-data-stores/{store}/compact   merges the store's small files; the compaction report
 * POST /api/v1/maintenance                         expired files, stores pending deletion past their wait,
 *                                                  leftovers of interrupted writes, compaction where needed
 * </pre>
 *
 * Both run while the request waits and are safe beside queries and ingestion, which see a consistent set of
 * files throughout (the same holds for a {@code tarn maintain} run from cron beside the server).
 */
public final class MaintenanceResource
        implements RestResource
{
    public static final String PATH = PREFIX + "/maintenance";

    private final Lake lake;

    public MaintenanceResource(Lake lake)
    {
        this.lake = requireNonNull(lake, "lake is null");
    }

    @Override
    public void register(Router router)
    {
        router.post(EventDataStoreResource.PATH + "/{store}/compact", request -> ApiResponse.ok(MaintenanceJson.compaction(lake.compact(request.pathParameter("store")))))
                .post(PATH, request -> ApiResponse.ok(MaintenanceJson.maintenance(lake.maintain())));
    }
}
