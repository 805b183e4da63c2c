package io.tarn.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.engine.service.ListQueriesRequest;
import io.tarn.engine.service.QueryInfo;
import io.tarn.engine.service.QueryResultsPage;
import io.tarn.engine.service.QueryService;
import io.tarn.engine.service.QueryStatus;
import io.tarn.engine.service.ResultSigningKey;
import io.tarn.engine.service.StartQueryRequest;
import io.tarn.server.api.LakeJson;
import io.tarn.server.api.QueryJson;
import io.tarn.server.http.ApiRequest;
import io.tarn.server.http.ApiResponse;
import io.tarn.server.http.JsonFields;
import io.tarn.server.http.Router;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static io.tarn.server.http.JsonFields.invalid;
import static java.util.Objects.requireNonNull;

/**
 * Lake's query API (spec 4) over the query service, under {@code /api/v1/queries}.
 *
 * <pre>
 * POST /api/v1/queries                     StartQuery: {"QueryStatement", "DeliveryS3Uri", "QueryAlias", "QueryParameters"}; 201 {"QueryId"}
 * GET  /api/v1/queries?EventDataStore=     ListQueries, with QueryStatus, StartTime, EndTime, MaxResults, NextToken
 * GET  /api/v1/queries/{query}             DescribeQuery by id
 * GET  /api/v1/query-aliases/{alias}       DescribeQuery by alias: the latest query run with it
 * GET  /api/v1/queries/{query}/results     GetQueryResults, with MaxQueryResults and NextToken
 * POST /api/v1/queries/{query}/cancel      CancelQuery: {"QueryId", "QueryStatus"}
 * POST /api/v1/query-results/verify        verify-query-results of a delivered result set: {"Location"}
 * GET  /api/v1/public-keys                 ListPublicKeys: the key that signs delivered results
 * </pre>
 *
 * Times in parameters are epoch seconds or ISO-8601. A delivery location ({@code DeliveryS3Uri}) is a
 * directory or Hadoop URI as the server sees it.
 */
public final class QueryResource
        implements RestResource
{
    public static final String PATH = PREFIX + "/queries";

    private final QueryService service;

    public QueryResource(QueryService service)
    {
        this.service = requireNonNull(service, "service is null");
    }

    @Override
    public void register(Router router)
    {
        router.post(PATH, this::start)
                .get(PATH, this::list)
                .get(PATH + "/{query}", request -> ApiResponse.ok(QueryJson.info(service.describeQuery(request.pathParameter("query")))))
                .get(PREFIX + "/query-aliases/{alias}", request -> ApiResponse.ok(QueryJson.info(service.describeQueryByAlias(request.pathParameter("alias")))))
                .get(PATH + "/{query}/results", this::results)
                .post(PATH + "/{query}/cancel", this::cancel)
                .post(PREFIX + "/query-results/verify", this::verify)
                .get(PREFIX + "/public-keys", request -> publicKeys());
    }

    private ApiResponse start(ApiRequest request)
    {
        JsonFields body = request.bodyObject("QueryStatement", "DeliveryS3Uri", "QueryAlias", "QueryParameters");
        StartQueryRequest start = StartQueryRequest.of(body.requiredString("QueryStatement"));
        if (body.string("DeliveryS3Uri").isPresent()) {
            start = start.withDeliveryLocation(body.string("DeliveryS3Uri").get());
        }
        if (body.string("QueryAlias").isPresent()) {
            start = start.withAlias(body.string("QueryAlias").get());
        }
        Optional<JsonNode> parameters = body.array("QueryParameters");
        if (parameters.isPresent()) {
            List<Object> values = new ArrayList<>();
            for (JsonNode parameter : parameters.get()) {
                if (!parameter.isTextual()) {
                    throw invalid("Every element of 'QueryParameters' must be a string");
                }
                values.add(parameter.textValue());
            }
            start = start.withParameters(values);
        }
        return started(service.startQuery(start));
    }

    /**
     * The answer to a request that started a query: 201, {@code {"QueryId": ...}} and the query's location.
     */
    static ApiResponse started(String queryId)
    {
        return ApiResponse.json(201, LakeJson.MAPPER.createObjectNode().put("QueryId", queryId))
                .withHeader("Location", PATH + "/" + URLEncoder.encode(queryId, StandardCharsets.UTF_8));
    }

    private ApiResponse list(ApiRequest request)
    {
        ListQueriesRequest list = ListQueriesRequest.of(RequestParameters.required(request, "EventDataStore"))
                .withTimeRange(RequestParameters.instant(request, "StartTime"), RequestParameters.instant(request, "EndTime"))
                .withNextToken(request.queryParameter("NextToken"));
        Optional<QueryStatus> status = RequestParameters.enumValue(request, "QueryStatus", QueryStatus.class);
        if (status.isPresent()) {
            list = list.withStatus(status.get());
        }
        if (RequestParameters.integer(request, "MaxResults").isPresent()) {
            list = list.withMaxResults(RequestParameters.integer(request, "MaxResults").getAsInt());
        }
        return ApiResponse.ok(QueryJson.list(service.listQueries(list)));
    }

    private ApiResponse results(ApiRequest request)
    {
        QueryResultsPage page = service.getQueryResults(request.pathParameter("query"), request.queryParameter("NextToken"),
                RequestParameters.integer(request, "MaxQueryResults"));
        return ApiResponse.ok(QueryJson.results(page.queryId(), page.status().name(), page.columns(), page.lakeRows(), page.resultsCount(), page.totalResultsCount(),
                page.bytesScanned(), page.nextToken()));
    }

    private ApiResponse cancel(ApiRequest request)
    {
        request.bodyObject();
        QueryInfo info = service.cancelQuery(request.pathParameter("query"));
        return ApiResponse.ok(LakeJson.MAPPER.createObjectNode()
                .put("QueryId", info.queryId())
                .put("QueryStatus", info.status().name()));
    }

    private ApiResponse verify(ApiRequest request)
    {
        JsonFields body = request.bodyObject("Location");
        return ApiResponse.ok(QueryJson.verification(service.verifyResults(body.requiredString("Location"))));
    }

    private ApiResponse publicKeys()
    {
        ResultSigningKey key = service.signingKey();
        // Lake's ListPublicKeys: the DER key (base64, as a JSON blob), its fingerprint; Tarn's key has no end
        return ApiResponse.ok(LakeJson.MAPPER.createObjectNode().set("PublicKeyList", LakeJson.MAPPER.createArrayNode().add(LakeJson.MAPPER.createObjectNode()
                .put("Value", Base64.getEncoder().encodeToString(key.publicKey().getEncoded()))
                .put("Fingerprint", key.fingerprint())
                .put("Pem", key.publicKeyPem())
                .put("SignatureAlgorithm", ResultSigningKey.SIGNATURE_ALGORITHM))));
    }
}
