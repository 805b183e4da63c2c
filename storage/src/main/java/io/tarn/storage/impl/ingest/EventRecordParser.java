package io.tarn.storage.impl.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.tarn.storage.EventCategory;
import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.impl.SelectableEvent;
import io.tarn.storage.impl.orc.OrcSchemas;
import io.tarn.storage.schema.ArrayType;
import io.tarn.storage.schema.DataType;
import io.tarn.storage.schema.EventSchema;
import io.tarn.storage.schema.StructType;
import org.apache.orc.TypeDescription;
import org.apache.orc.storage.ql.exec.vector.BytesColumnVector;
import org.apache.orc.storage.ql.exec.vector.ColumnVector;
import org.apache.orc.storage.ql.exec.vector.ListColumnVector;
import org.apache.orc.storage.ql.exec.vector.LongColumnVector;
import org.apache.orc.storage.ql.exec.vector.StructColumnVector;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

/**
 * Parses one event record (the exact bytes of one JSON object) into a row of an {@link EventBatch} of a
 * store's schema, checks that it can go into the store, and completes the row with {@code eventjson} and
 * {@code eventjsonchecksum}. One instance per parser thread.
 *
 * <p>Checks, in order: the bytes are one JSON object; every value has the type its column needs; there is
 * an {@code eventTime}; and the record's category belongs to the store's type. A record without
 * {@code eventCategory} (CloudTrail records before eventVersion 1.07) gets one inferred from
 * {@code eventType} ({@code AwsCloudTrailInsight} is {@code Insight}, {@code AwsConfigurationItem} is
 * {@code ConfigurationItem}, {@code AwsAuditManagerEvidence} is {@code Evidence}, {@code ActivityLog} is
 * {@code ActivityAuditLog}) and otherwise from {@code managementEvent} ({@code false} is {@code Data},
 * {@code true} is {@code Management}); when that is absent too, S3 object-level calls (a resource of type
 * {@code AWS::S3::Object}) and Lambda {@code Invoke} are {@code Data}, everything else {@code Management}.
 * The inferred category is stored in the {@code eventcategory} column. A category Tarn does not know
 * (such as {@code NetworkActivity}) is judged by {@code eventType} in the same way.
 *
 * <p>{@code eventjson} is the record's bytes exactly as read, as UTF-8 text; {@code eventjsonchecksum} is
 * the lower-case hex SHA-256 of those bytes, so {@code printf '%s' "$eventjson" | sha256sum} recomputes it.
 */
final class EventRecordParser
{
    private static final JsonFactory JSON_FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNestingDepth(1000)
                    .build())
            .build();
    private static final byte[] HEX = "0123456789abcdef".getBytes(UTF_8);

    private final EventDataStoreType storeType;
    private final TypeDescription orcSchema;
    private final ValueParser.StructParser rootParser;
    // null when every record goes through the value parsers
    private final DirectRecordParser directParser;
    private final ParseContext context = new ParseContext();
    private final MessageDigest sha256;
    private final byte[] hex = new byte[64];
    private final Map<String, int[]> selectorFieldPaths = new HashMap<>();

    private final int eventTimeColumn;
    private final int eventJsonColumn;
    private final int checksumColumn;
    private final int eventCategoryColumn;
    private final int eventTypeColumn;
    private final int managementEventColumn;
    private final int eventSourceColumn;
    private final int eventNameColumn;
    private final int resourcesColumn;
    private final int resourceTypeField;
    private final int resourceArnField;

    EventRecordParser(EventDataStoreType storeType)
    {
        this(storeType, true);
    }

    /**
     * @param directParsing whether records are first parsed by a {@link DirectRecordParser}; without it
     *         every record goes through Jackson and the value parsers (to compare the two in tests)
     */
    EventRecordParser(EventDataStoreType storeType, boolean directParsing)
    {
        this.storeType = requireNonNull(storeType, "storeType is null");
        EventSchema schema = storeType.schema();
        this.orcSchema = OrcSchemas.toOrcSchema(schema);
        Map<String, ValueParser.StructMember> specialMembers = new HashMap<>();
        // computed columns: a record carrying them (an export from Lake, say) does not set them
        specialMembers.put(EventSchema.EVENT_JSON, null);
        specialMembers.put(EventSchema.EVENT_JSON_CHECKSUM, null);
        if (storeType == EventDataStoreType.INSIGHTS) {
            specialMembers.put("insightdetails", new InsightDetailsMember(schema));
        }
        this.rootParser = new ValueParser.StructParser(schema.asStruct(), specialMembers);
        this.directParser = directParsing
                ? new DirectRecordParser(schema.asStruct(), specialMembers)
                : null;
        this.eventTimeColumn = column(schema, EventSchema.EVENT_TIME);
        this.eventJsonColumn = column(schema, EventSchema.EVENT_JSON);
        this.checksumColumn = column(schema, EventSchema.EVENT_JSON_CHECKSUM);
        this.eventCategoryColumn = column(schema, "eventcategory");
        this.eventTypeColumn = column(schema, "eventtype");
        this.managementEventColumn = schema.columnIndex("managementevent").orElse(-1);
        this.eventSourceColumn = schema.columnIndex("eventsource").orElse(-1);
        this.eventNameColumn = schema.columnIndex("eventname").orElse(-1);
        this.resourcesColumn = schema.columnIndex("resources").orElse(-1);
        StructType resourceType = resourcesColumn < 0 ? StructType.of() : (StructType) ((ArrayType) schema.columns().get(resourcesColumn).type()).elementType();
        this.resourceTypeField = resourceType.fieldIndex("type").orElse(-1);
        this.resourceArnField = resourceType.fieldIndex("arn").orElse(-1);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static int column(EventSchema schema, String name)
    {
        return schema.columnIndex(name).orElseThrow(() -> new IllegalArgumentException("schema has no column " + name));
    }

    TypeDescription orcSchema()
    {
        return orcSchema;
    }

    EventBatch newBatch(int capacity)
    {
        return new EventBatch(orcSchema, capacity, eventTimeColumn);
    }

    /**
     * Parses a record into row {@code batch.size()} of the batch. The caller keeps the row with
     * {@link #complete} and {@link EventBatch#commitRow}, or drops it with {@link EventBatch#rollback}.
     */
    void parse(byte[] data, int offset, int length, EventBatch batch)
            throws RecordRejectedException
    {
        int row = batch.size();
        batch.mark();
        StructColumnVector root = batch.root();
        if (directParser == null || !directParser.parse(data, offset, length, root, row)) {
            // the value parsers overwrite every value of the row the direct parser may have set, and
            // reject exactly the records they always did
            batch.rollback();
            parseWithValueParsers(data, offset, length, batch);
        }
        try {
            if (root.fields[eventTimeColumn].isNull[row]) {
                throw new RecordRejectedException("missing eventTime");
            }
            checkCategory(root, row);
        }
        catch (RecordRejectedException e) {
            batch.rollback();
            throw e;
        }
    }

    private void parseWithValueParsers(byte[] data, int offset, int length, EventBatch batch)
            throws RecordRejectedException
    {
        int row = batch.size();
        context.startRecord(data, offset, length);
        StructColumnVector root = batch.root();
        try (JsonParser parser = JSON_FACTORY.createParser(data, offset, length)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new RecordRejectedException("the record is not a JSON object");
            }
            rootParser.parseObject(parser, root, row, context);
            if (parser.nextToken() != null) {
                throw new RecordRejectedException("unexpected content after the record's object");
            }
        }
        catch (JsonProcessingException e) {
            batch.rollback();
            throw new RecordRejectedException("malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (record line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
        catch (IOException e) {
            batch.rollback();
            throw new RecordRejectedException("unreadable record: " + e.getMessage());
        }
        catch (RecordRejectedException e) {
            batch.rollback();
            throw e;
        }
    }

    /**
     * The direct parser, for its counters; empty when every record goes through the value parsers.
     */
    Optional<DirectRecordParser> directParser()
    {
        return Optional.ofNullable(directParser);
    }

    long eventTime(EventBatch batch)
    {
        return batch.eventTime(batch.size());
    }

    /**
     * Fills {@code eventjson} and {@code eventjsonchecksum} of the row just parsed, to keep it. The row refers
     * to {@code data} for {@code eventjson}: the caller must not change those bytes while the batch is in use.
     */
    void complete(byte[] data, int offset, int length, EventBatch batch)
    {
        int row = batch.size();
        StructColumnVector root = batch.root();
        BytesColumnVector eventJson = (BytesColumnVector) root.fields[eventJsonColumn];
        // the record's bytes stay unchanged while the batch lives (the reader hands each chunk of records
        // over in an array of its own), so the row refers to them rather than copying them
        eventJson.setRef(row, data, offset, length);
        eventJson.isNull[row] = false;
        sha256.update(data, offset, length);
        byte[] digest = sha256.digest();
        for (int index = 0; index < digest.length; index++) {
            hex[2 * index] = HEX[(digest[index] >> 4) & 0xF];
            hex[2 * index + 1] = HEX[digest[index] & 0xF];
        }
        BytesColumnVector checksum = (BytesColumnVector) root.fields[checksumColumn];
        checksum.setVal(row, hex, 0, hex.length);
        checksum.isNull[row] = false;
    }

    /**
     * The row just parsed as advanced event selectors see it.
     */
    SelectableEvent selectable(EventBatch batch)
    {
        return new RowEvent(batch.root(), batch.size());
    }

    private void checkCategory(StructColumnVector root, int row)
            throws RecordRejectedException
    {
        BytesColumnVector categories = (BytesColumnVector) root.fields[eventCategoryColumn];
        String categoryName;
        EventDataStoreType recordType;
        if (categories.isNull[row]) {
            EventCategory inferred = inferCategory(root, row);
            categoryName = inferred.apiName();
            byte[] name = categoryName.getBytes(UTF_8);
            categories.setVal(row, name, 0, name.length);
            categories.isNull[row] = false;
            recordType = inferred.storeType();
        }
        else {
            categoryName = text(categories, row);
            Optional<EventCategory> category = EventCategory.fromApiName(categoryName);
            recordType = category.isPresent() ? category.get().storeType() : storeTypeOfEventType(root, row);
        }
        if (recordType != storeType) {
            throw new RecordRejectedException("record of category " + categoryName + " cannot go into " + describe(storeType) + " event data store");
        }
    }

    private EventCategory inferCategory(StructColumnVector root, int row)
    {
        switch (storeTypeOfEventType(root, row)) {
            case INSIGHTS -> {
                return EventCategory.INSIGHT;
            }
            case CONFIGURATION_ITEMS -> {
                return EventCategory.CONFIGURATION_ITEM;
            }
            case AUDIT_MANAGER_EVIDENCE -> {
                return EventCategory.EVIDENCE;
            }
            case ACTIVITY_AUDIT_LOG -> {
                return EventCategory.ACTIVITY_AUDIT_LOG;
            }
            case CLOUDTRAIL -> {
                if (managementEventColumn >= 0 && !root.fields[managementEventColumn].isNull[row]) {
                    return ((LongColumnVector) root.fields[managementEventColumn]).vector[row] == 0 ? EventCategory.DATA : EventCategory.MANAGEMENT;
                }
                return isDataEvent(root, row) ? EventCategory.DATA : EventCategory.MANAGEMENT;
            }
        }
        throw new IllegalStateException("unknown store type");
    }

    private boolean isDataEvent(StructColumnVector root, int row)
    {
        if (eventSourceColumn >= 0 && eventNameColumn >= 0
                && equalsText(root.fields[eventSourceColumn], row, "lambda.amazonaws.com")
                && equalsText(root.fields[eventNameColumn], row, "Invoke")) {
            return true;
        }
        if (resourcesColumn >= 0 && !root.fields[resourcesColumn].isNull[row]) {
            ListColumnVector resources = (ListColumnVector) root.fields[resourcesColumn];
            StructColumnVector resource = (StructColumnVector) resources.child;
            int typeField = resourceTypeField;
            if (typeField >= 0) {
                for (long child = resources.offsets[row]; child < resources.offsets[row] + resources.lengths[row]; child++) {
                    if (!resource.isNull[(int) child] && equalsText(resource.fields[typeField], (int) child, "AWS::S3::Object")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private EventDataStoreType storeTypeOfEventType(StructColumnVector root, int row)
    {
        ColumnVector eventTypes = root.fields[eventTypeColumn];
        if (equalsText(eventTypes, row, EventDataStoreType.INSIGHTS.eventType())) {
            return EventDataStoreType.INSIGHTS;
        }
        if (equalsText(eventTypes, row, EventDataStoreType.CONFIGURATION_ITEMS.eventType())) {
            return EventDataStoreType.CONFIGURATION_ITEMS;
        }
        if (equalsText(eventTypes, row, EventDataStoreType.AUDIT_MANAGER_EVIDENCE.eventType())) {
            return EventDataStoreType.AUDIT_MANAGER_EVIDENCE;
        }
        if (equalsText(eventTypes, row, EventDataStoreType.ACTIVITY_AUDIT_LOG.eventType())) {
            return EventDataStoreType.ACTIVITY_AUDIT_LOG;
        }
        return EventDataStoreType.CLOUDTRAIL;
    }

    static String describe(EventDataStoreType type)
    {
        return switch (type) {
            case CLOUDTRAIL -> "a CloudTrail";
            case INSIGHTS -> "an Insights";
            case CONFIGURATION_ITEMS -> "a Config configuration item";
            case AUDIT_MANAGER_EVIDENCE -> "an Audit Manager evidence";
            case ACTIVITY_AUDIT_LOG -> "a non-AWS (ActivityAuditLog)";
        };
    }

    static boolean equalsText(ColumnVector vector, int row, String expected)
    {
        if (vector.isNull[row]) {
            return false;
        }
        BytesColumnVector strings = (BytesColumnVector) vector;
        int length = strings.length[row];
        if (length != expected.length()) {
            return false;
        }
        byte[] bytes = strings.vector[row];
        int start = strings.start[row];
        for (int index = 0; index < length; index++) {
            if (bytes[start + index] != expected.charAt(index)) {
                return false;
            }
        }
        return true;
    }

    static String text(BytesColumnVector vector, int row)
    {
        return new String(vector.vector[row], vector.start[row], vector.length[row], UTF_8);
    }

    /**
     * A parsed row seen through the selector field names ({@code eventSource}, {@code userIdentity.arn},
     * ...), which resolve case-insensitively to columns and struct fields of the schema.
     */
    private final class RowEvent
            implements SelectableEvent
    {
        private final StructColumnVector root;
        private final int row;

        RowEvent(StructColumnVector root, int row)
        {
            this.root = root;
            this.row = row;
        }

        @Override
        public String value(String field)
        {
            int[] path = selectorFieldPaths.computeIfAbsent(field, EventRecordParser.this::resolve);
            if (path.length == 0) {
                return null;
            }
            ColumnVector vector = root;
            for (int index : path) {
                if (vector.isNull[row]) {
                    return null;
                }
                vector = ((StructColumnVector) vector).fields[index];
            }
            if (vector.isNull[row]) {
                return null;
            }
            if (vector instanceof BytesColumnVector strings) {
                return text(strings, row);
            }
            if (vector instanceof LongColumnVector booleans) {
                return booleans.vector[row] != 0 ? "true" : "false";
            }
            return null;
        }

        @Override
        public int resourceCount()
        {
            if (resourcesColumn < 0 || root.fields[resourcesColumn].isNull[row]) {
                return 0;
            }
            return (int) ((ListColumnVector) root.fields[resourcesColumn]).lengths[row];
        }

        @Override
        public String resourceType(int index)
        {
            return resourceField(index, resourceTypeField);
        }

        @Override
        public String resourceArn(int index)
        {
            return resourceField(index, resourceArnField);
        }

        private String resourceField(int index, int field)
        {
            ListColumnVector resources = (ListColumnVector) root.fields[resourcesColumn];
            int child = (int) resources.offsets[row] + index;
            StructColumnVector resource = (StructColumnVector) resources.child;
            if (field < 0 || resource.isNull[child]) {
                return null;
            }
            ColumnVector vector = resource.fields[field];
            return vector.isNull[child] ? null : text((BytesColumnVector) vector, child);
        }
    }

    /**
     * The struct-field indexes leading from the root to a selector field, or an empty path when the schema
     * has no such field.
     */
    private int[] resolve(String field)
    {
        String[] names = field.toLowerCase(Locale.ROOT).split("\\.");
        int[] path = new int[names.length];
        DataType type = storeType.schema().asStruct();
        for (int index = 0; index < names.length; index++) {
            if (!(type instanceof StructType struct)) {
                return new int[0];
            }
            int fieldIndex = struct.fieldIndex(names[index]).orElse(-1);
            if (fieldIndex < 0) {
                return new int[0];
            }
            path[index] = fieldIndex;
            type = struct.fields().get(fieldIndex).type();
        }
        return path;
    }
}
