package io.tarn.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.error.TarnException;
import io.tarn.server.api.ChannelJson;
import io.tarn.server.api.LakeJson;
import io.tarn.server.http.ApiRequest;
import io.tarn.server.http.ApiResponse;
import io.tarn.server.http.JsonFields;
import io.tarn.server.http.Router;
import io.tarn.storage.Channel;
import io.tarn.storage.ChannelCatalog;
import io.tarn.storage.CreateChannelRequest;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.IngestReport;
import io.tarn.storage.IngestRequest;
import io.tarn.storage.IngestSource;
import io.tarn.storage.Lake;
import io.tarn.storage.UpdateChannelRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static io.tarn.engine.service.QueryErrorCode.INVALID_MAX_RESULTS;
import static io.tarn.engine.service.QueryErrorCode.INVALID_NEXT_TOKEN;
import static io.tarn.server.ServerErrorCode.INVALID_REQUEST;
import static io.tarn.server.http.JsonFields.invalid;
import static java.util.Objects.requireNonNull;

/**
 * Channels and PutAuditEvents (spec 7). {@code {channel}} is a channel's id, name or percent-encoded ARN.
 *
 * <pre>
 * POST   /api/v1/channels                          CreateChannel: {"Name", "Source", "Destinations", "Tags"}; 201
 * GET    /api/v1/channels                          ListChannels: {"Channels": [...], "NextToken"}, with MaxResults and NextToken
 * GET    /api/v1/channels/{channel}                GetChannel
 * PATCH  /api/v1/channels/{channel}                UpdateChannel: {"Name", "Destinations"}; the source never changes
 * DELETE /api/v1/channels/{channel}                DeleteChannel: the channel as it was
 * POST   /api/v1/channels/{channel}/audit-events   PutAuditEvents: {"auditEvents": [...]}
 * POST   /PutAuditEvents?channelArn=...            PutAuditEvents at Lake's own data-plane path
 * </pre>
 *
 * {@code Destinations} are {@code [{"Type": "EVENT_DATA_STORE", "Location": <store id, ARN or name>}]};
 * {@code Tags} are Lake's {@code [{"Key": ..., "Value": ...}]}.
 *
 * <p>PutAuditEvents takes 1 to {@value #MAX_EVENTS} events and at most {@value #MAX_BODY_BYTES} bytes (413
 * beyond); each event is {@code {"id", "eventData", "eventDataChecksum"}} with an {@code id} of 1 to 128
 * letters, digits, {@code -} or {@code _}, unique in the call. A request that breaks these rules is refused as
 * a whole (400). Otherwise each event is checked ({@link AuditEventValidator}); the good ones become
 * {@code ActivityAuditLog} records ({@code eventCategory}, {@code eventType} {@code ActivityLog}, a new
 * {@code eventID}, {@code eventTime} from the payload, the lake's region and account, {@code metadata} with
 * {@code ingestionTime} and {@code channelARN}, the payload as {@code eventData}), are stored in every
 * destination in one ingestion each, and the answer lists each event once, as Lake's API does:
 * {@code {"successful": [{"id", "eventID"}], "failed": [{"id", "errorCode", "errorMessage"}]}}.
 */
public final class ChannelResource
        implements RestResource
{
    public static final String PATH = PREFIX + "/channels";
    public static final String LAKE_PATH = "/PutAuditEvents";
    public static final int MAX_EVENTS = 100;
    public static final long MAX_BODY_BYTES = 1L << 20;
    public static final String EVENT_VERSION = "1.0";
    public static final int MAX_LIST_RESULTS = 1000;

    private static final Pattern EVENT_ID = Pattern.compile("[-_A-Za-z0-9]{1,128}");
    private static final DateTimeFormatter INGESTION_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Lake lake;
    private final ChannelCatalog channels;
    private final AuditEventValidator validator;
    private final Clock clock;

    public ChannelResource(Lake lake)
    {
        this.lake = requireNonNull(lake, "lake is null");
        this.channels = lake.channels();
        this.validator = new AuditEventValidator(lake.accountId());
        this.clock = lake.options().clock();
    }

    @Override
    public void register(Router router)
    {
        router.post(PATH, this::create)
                .get(PATH, this::list)
                .get(PATH + "/{channel}", request -> channel(channels.get(request.pathParameter("channel"))))
                .patch(PATH + "/{channel}", this::update)
                .delete(PATH + "/{channel}", request -> channel(channels.delete(request.pathParameter("channel"))))
                .post(PATH + "/{channel}/audit-events", request -> putAuditEvents(request, request.pathParameter("channel")))
                .post(LAKE_PATH, request -> putAuditEvents(request, RequestParameters.required(request, "channelArn")));
    }

    private ApiResponse create(ApiRequest request)
    {
        JsonFields body = request.bodyObject("Name", "Source", "Destinations", "Tags");
        Channel channel = channels.create(new CreateChannelRequest(
                body.requiredString("Name"),
                body.requiredString("Source"),
                destinations(body).orElseThrow(() -> invalid("Missing field 'Destinations'")),
                tags(body)));
        return ApiResponse.json(201, toJson(channel))
                .withHeader("Location", PATH + "/" + URLEncoder.encode(channel.id(), StandardCharsets.UTF_8));
    }

    /**
     * ListChannels, oldest first, {@code MaxResults} (1 to 1000) at a time; a page token names the last channel
     * of its page by creation time and id, so channels deleted in between do not shift the pages.
     */
    private ApiResponse list(ApiRequest request)
    {
        int maxResults = RequestParameters.integer(request, "MaxResults").orElse(MAX_LIST_RESULTS);
        if (maxResults < 1 || maxResults > MAX_LIST_RESULTS) {
            throw new TarnException(INVALID_MAX_RESULTS, "MaxResults must be between 1 and " + MAX_LIST_RESULTS + ", not " + maxResults);
        }
        List<Channel> all = channels.list();
        List<Channel> after = all;
        Optional<String> token = request.queryParameter("NextToken");
        if (token.isPresent()) {
            String position = decodeToken(token.get());
            after = all.stream().filter(channel -> position(channel).compareTo(position) > 0).toList();
        }
        List<Channel> page = after.subList(0, Math.min(maxResults, after.size()));
        ObjectNode answer = ChannelJson.listJson(page);
        if (after.size() > page.size()) {
            answer.put("NextToken", Base64.getUrlEncoder().withoutPadding().encodeToString(position(page.get(page.size() - 1)).getBytes(StandardCharsets.UTF_8)));
        }
        return ApiResponse.ok(answer);
    }

    private static String position(Channel channel)
    {
        // Creation times as fixed-width numbers compare as text in the catalog's order
        return String.format(Locale.ROOT, "%020d:%s", channel.createdTimestamp().toEpochMilli(), channel.id());
    }

    private static String decodeToken(String token)
    {
        try {
            String position = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (position.matches("\\d{20}:.+")) {
                return position;
            }
        }
        catch (IllegalArgumentException e) {
            // reported below
        }
        throw new TarnException(INVALID_NEXT_TOKEN, "Invalid NextToken '" + token + "'");
    }

    private ApiResponse update(ApiRequest request)
    {
        String reference = request.pathParameter("channel");
        JsonFields body = request.bodyObject("Name", "Destinations", "Source");
        if (body.has("Source")) {
            channels.get(reference);
            throw invalid("The source of a channel cannot be changed; create another channel instead");
        }
        UpdateChannelRequest update = new UpdateChannelRequest(body.string("Name"), destinations(body));
        if (update.isEmpty()) {
            channels.get(reference);
            throw new TarnException(INVALID_REQUEST, "Nothing to update: give Name, Destinations or both");
        }
        return channel(channels.update(reference, update));
    }

    private static Optional<List<String>> destinations(JsonFields body)
    {
        return body.array("Destinations").map(array -> {
            List<String> locations = new ArrayList<>();
            for (JsonNode element : array) {
                JsonFields destination = JsonFields.of(element, List.of("Type", "Location"));
                String type = destination.requiredString("Type");
                if (!type.equals(ChannelJson.DESTINATION_TYPE)) {
                    throw invalid("Unknown destination Type '" + type + "'; a channel delivers to " + ChannelJson.DESTINATION_TYPE);
                }
                locations.add(destination.requiredString("Location"));
            }
            return locations;
        });
    }

    private static Map<String, String> tags(JsonFields body)
    {
        Map<String, String> tags = new LinkedHashMap<>();
        for (JsonNode element : body.array("Tags").orElse(LakeJson.MAPPER.createArrayNode())) {
            JsonFields tag = JsonFields.of(element, List.of("Key", "Value"));
            String key = tag.requiredString("Key");
            if (tags.put(key, tag.string("Value").orElse("")) != null) {
                throw invalid("Tag key '" + key + "' appears twice in Tags");
            }
        }
        return tags;
    }

    private ApiResponse channel(Channel channel)
    {
        return ApiResponse.ok(toJson(channel));
    }

    private ObjectNode toJson(Channel channel)
    {
        Map<String, String> arns = new HashMap<>();
        for (EventDataStore store : lake.catalog().list()) {
            arns.put(store.id(), store.arn());
        }
        return ChannelJson.toJson(channel, storeId -> arns.getOrDefault(storeId, storeId));
    }

    private ApiResponse putAuditEvents(ApiRequest request, String reference)
    {
        Channel channel = channels.get(reference);
        request.queryParameter("externalId").ifPresent(externalId -> {
            // Tarn's channels have no resource policy, so an external id is accepted and not required (spec 7.4)
            if (externalId.length() < 2 || externalId.length() > 1224) {
                throw invalid("externalId must be 2 to 1224 characters long");
            }
        });
        JsonFields body = JsonFields.of(request.bodyJson(Math.min(MAX_BODY_BYTES, request.maxBodyBytes())), List.of("auditEvents"));
        JsonNode events = body.array("auditEvents").orElseThrow(() -> invalid("Missing field 'auditEvents'"));
        if (events.isEmpty() || events.size() > MAX_EVENTS) {
            throw invalid("A PutAuditEvents call takes 1 to " + MAX_EVENTS + " events, not " + events.size());
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode event : events) {
            String id = JsonFields.of(event, List.of("id", "eventData", "eventDataChecksum")).requiredString("id");
            if (!EVENT_ID.matcher(id).matches()) {
                throw invalid("Event id '" + id + "' is not 1 to 128 letters, digits, '-' or '_'");
            }
            if (!ids.add(id)) {
                throw invalid("Event id '" + id + "' appears twice in the call");
            }
        }

        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ArrayNode successful = LakeJson.MAPPER.createArrayNode();
        ArrayNode failed = LakeJson.MAPPER.createArrayNode();
        List<String> acceptedIds = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        List<byte[]> records = new ArrayList<>();
        for (JsonNode event : events) {
            String id = event.get("id").textValue();
            try {
                ObjectNode data = validator.validate(event);
                String eventId = UUID.randomUUID().toString();
                records.add(record(channel, eventId, data, now));
                acceptedIds.add(id);
                eventIds.add(eventId);
            }
            catch (AuditEventValidator.InvalidAuditEventException e) {
                failed.addObject()
                        .put("id", id)
                        .put("errorCode", e.errorCode())
                        .put("errorMessage", e.getMessage());
            }
        }

        // What storage refuses (a value it cannot take) fails the event in every destination
        Map<Integer, String> rejected = new LinkedHashMap<>();
        if (!records.isEmpty()) {
            for (String storeId : channel.destinationStoreIds()) {
                IngestReport report = lake.ingest(IngestRequest.live(storeId, List.of(new IngestSource.RecordsSource("channel " + channel.name(), records))));
                for (IngestReport.Rejection rejection : report.rejections()) {
                    rejected.putIfAbsent((int) rejection.recordNumber() - 1, rejection.reason());
                }
            }
        }
        for (int index = 0; index < acceptedIds.size(); index++) {
            String reason = rejected.get(index);
            if (reason != null) {
                failed.addObject()
                        .put("id", acceptedIds.get(index))
                        .put("errorCode", AuditEventValidator.INVALID_DATA)
                        .put("errorMessage", reason);
            }
            else {
                successful.addObject()
                        .put("id", acceptedIds.get(index))
                        .put("eventID", eventIds.get(index));
            }
        }
        if (!successful.isEmpty()) {
            channels.recordEventsReceived(channel.id(), now);
        }
        ObjectNode answer = LakeJson.MAPPER.createObjectNode();
        answer.set("failed", failed);
        answer.set("successful", successful);
        return ApiResponse.ok(answer);
    }

    private byte[] record(Channel channel, String eventId, ObjectNode data, Instant now)
    {
        String eventTime = data.get("eventTime").textValue();
        ObjectNode record = LakeJson.MAPPER.createObjectNode();
        record.put("eventVersion", EVENT_VERSION);
        record.put("eventCategory", "ActivityAuditLog");
        record.put("eventType", "ActivityLog");
        record.put("eventID", eventId);
        record.put("eventTime", eventTime.endsWith("Z") ? eventTime : eventTime + "Z");
        record.put("awsRegion", lake.region());
        record.put("recipientAccountId", lake.accountId());
        record.putObject("metadata")
                .put("ingestionTime", INGESTION_TIME.format(now))
                .put("channelARN", channel.arn());
        record.set("eventData", data);
        return record.toString().getBytes(StandardCharsets.UTF_8);
    }
}
