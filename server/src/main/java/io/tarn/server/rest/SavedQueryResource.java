package io.tarn.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.engine.service.QueryService;
import io.tarn.engine.service.SampleQueries;
import io.tarn.engine.service.SavedQueries;
import io.tarn.engine.service.SavedQuery;
import io.tarn.engine.service.SavedQueryRequest;
import io.tarn.engine.service.StartQueryRequest;
import io.tarn.error.TarnException;
import io.tarn.server.api.SavedQueryJson;
import io.tarn.server.http.ApiRequest;
import io.tarn.server.http.ApiResponse;
import io.tarn.server.http.JsonFields;
import io.tarn.server.http.Router;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static io.tarn.server.ServerErrorCode.INVALID_REQUEST;
import static io.tarn.server.http.JsonFields.invalid;
import static java.util.Objects.requireNonNull;

/**
 * Saved queries and the sample library (spec 4.7), kept by the server for every client.
 *
 * <pre>
 * POST   /api/v1/saved-queries                      create: {"Name", "QueryString", "Description", "Defaults"}; 201
 * GET    /api/v1/saved-queries                      list: {"SavedQueries": [...]}
 * GET    /api/v1/saved-queries/{savedQuery}         get (by id or name)
 * PATCH  /api/v1/saved-queries/{savedQuery}         update: only the fields given change
 * DELETE /api/v1/saved-queries/{savedQuery}         delete: the query as it was
 * POST   /api/v1/saved-queries/{savedQuery}/run     run: {"Parameters": {"name": "value"}, "DeliveryS3Uri"}; 201 {"QueryId"}
 * GET    /api/v1/sample-queries                     samples: {"SampleQueries": [...]}
 * GET    /api/v1/sample-queries/{sample}            a sample (by id or name)
 * POST   /api/v1/sample-queries/{sample}/run        run a sample with parameter values
 * POST   /api/v1/sample-queries/{sample}/copy       save a sample as a new saved query: {"Name"}; 201
 * </pre>
 *
 * Parameter values are bound as typed values ({@code :start} in value position becomes a parameter of the
 * statement) or, in table position ({@code FROM :eds}), must name a store; they are never spliced into the
 * text. Values are JSON strings, numbers or booleans. A run's alias is {@code saved:<id>} or
 * {@code sample:<id>}, so {@code GET /api/v1/query-aliases/saved:<id>} finds its latest run.
 */
public final class SavedQueryResource
        implements RestResource
{
    public static final String PATH = PREFIX + "/saved-queries";
    public static final String SAMPLES_PATH = PREFIX + "/sample-queries";

    private final QueryService service;
    private final SavedQueries savedQueries;

    public SavedQueryResource(QueryService service)
    {
        this.service = requireNonNull(service, "service is null");
        this.savedQueries = service.savedQueries();
    }

    @Override
    public void register(Router router)
    {
        router.post(PATH, this::create)
                .get(PATH, request -> ApiResponse.ok(SavedQueryJson.savedList(savedQueries.list())))
                .get(PATH + "/{savedQuery}", request -> ApiResponse.ok(SavedQueryJson.saved(savedQueries.get(request.pathParameter("savedQuery")))))
                .patch(PATH + "/{savedQuery}", this::update)
                .delete(PATH + "/{savedQuery}", request -> ApiResponse.ok(SavedQueryJson.saved(savedQueries.delete(request.pathParameter("savedQuery")))))
                .post(PATH + "/{savedQuery}/run", request -> run(request, values -> savedQueries.prepare(request.pathParameter("savedQuery"), values)))
                .get(SAMPLES_PATH, request -> ApiResponse.ok(SavedQueryJson.sampleList(SampleQueries.all())))
                .get(SAMPLES_PATH + "/{sample}", request -> ApiResponse.ok(SavedQueryJson.sample(SampleQueries.get(request.pathParameter("sample")))))
                .post(SAMPLES_PATH + "/{sample}/run", request -> run(request, values -> savedQueries.prepareSample(request.pathParameter("sample"), values)))
                .post(SAMPLES_PATH + "/{sample}/copy", this::copySample);
    }

    private ApiResponse create(ApiRequest request)
    {
        JsonFields body = request.bodyObject("Name", "QueryString", "Description", "Defaults");
        SavedQueryRequest create = SavedQueryRequest.create(body.requiredString("Name"), body.requiredString("QueryString"));
        if (body.string("Description").isPresent()) {
            create = create.withDescription(body.string("Description").get());
        }
        Optional<Map<String, String>> defaults = values(body, "Defaults");
        if (defaults.isPresent()) {
            create = create.withDefaults(defaults.get());
        }
        return created(savedQueries.create(create));
    }

    private ApiResponse update(ApiRequest request)
    {
        String reference = request.pathParameter("savedQuery");
        JsonFields body = request.bodyObject("Name", "QueryString", "Description", "Defaults");
        SavedQueryRequest change = SavedQueryRequest.change();
        if (body.string("Name").isPresent()) {
            change = change.withName(body.string("Name").get());
        }
        if (body.string("QueryString").isPresent()) {
            change = change.withSql(body.string("QueryString").get());
        }
        if (body.string("Description").isPresent()) {
            change = change.withDescription(body.string("Description").get());
        }
        Optional<Map<String, String>> defaults = values(body, "Defaults");
        if (defaults.isPresent()) {
            change = change.withDefaults(defaults.get());
        }
        if (change.equals(SavedQueryRequest.change())) {
            savedQueries.get(reference);
            throw new TarnException(INVALID_REQUEST, "Nothing to update: give at least one of Name, QueryString, Description, Defaults");
        }
        return ApiResponse.ok(SavedQueryJson.saved(savedQueries.update(reference, change)));
    }

    private ApiResponse copySample(ApiRequest request)
    {
        JsonFields body = request.bodyObject("Name");
        return created(savedQueries.copySample(request.pathParameter("sample"), body.requiredString("Name")));
    }

    private ApiResponse run(ApiRequest request, Function<Map<String, String>, StartQueryRequest> prepare)
    {
        JsonFields body = request.bodyObject("Parameters", "DeliveryS3Uri");
        StartQueryRequest prepared = prepare.apply(values(body, "Parameters").orElse(Map.of()));
        Optional<String> delivery = body.string("DeliveryS3Uri");
        return QueryResource.started(service.startQuery(delivery.map(prepared::withDeliveryLocation).orElse(prepared)));
    }

    private static Optional<Map<String, String>> values(JsonFields body, String field)
    {
        return body.objectField(field).map(node -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                JsonNode value = entry.getValue();
                if (!value.isTextual() && !value.isNumber() && !value.isBoolean()) {
                    throw invalid("The value of '" + entry.getKey() + "' in '" + field + "' must be a string, a number or a boolean");
                }
                values.put(entry.getKey(), value.asText());
            }
            return values;
        });
    }

    private static ApiResponse created(SavedQuery query)
    {
        return ApiResponse.json(201, SavedQueryJson.saved(query))
                .withHeader("Location", PATH + "/" + URLEncoder.encode(query.id(), StandardCharsets.UTF_8));
    }
}
