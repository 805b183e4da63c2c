package io.tarn.storage.impl.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarn.storage.schema.DataType;
import io.tarn.storage.schema.EventSchema;
import io.tarn.storage.schema.StructType;
import org.apache.orc.storage.ql.exec.vector.ColumnVector;
import org.apache.orc.storage.ql.exec.vector.StructColumnVector;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Maps the {@code insightDetails} block of an Insights record as trails deliver it onto the flat columns
 * of an Insights store (spec 5.3, 13.5):
 *
 * <pre>
 * insightDetails.state                                 -> insightstate
 * insightDetails.eventSource                           -> insighteventsource
 * insightDetails.eventName                             -> insighteventname
 * insightDetails.insightType                           -> insighttype
 * insightDetails.errorCode                             -> insighterrorcode
 * insightDetails.insightContext.statistics.baseline.average -> insightcontext.baselineaverage
 * insightDetails.insightContext.statistics.insight.average  -> insightcontext.insightaverage
 * insightDetails.insightContext.statistics.baselineDuration -> insightcontext.baselineduration
 * insightDetails.insightContext.statistics.insightDuration  -> insightcontext.insightduration
 * insightDetails.insightContext.attributions[0].attribute   -> insightcontext.attributions.attribute
 *     .insight[0].value / .insight[0].average           -> .insightvalue / .insightaverage
 *     .baseline[0].value / .baseline[0].average         -> .baselinevalue / .baselineaverage
 * </pre>
 *
 * <p>The schema holds a single attribution, so only the first attribution and its first insight and
 * baseline values are columns: a lossy flattening, the whole block stays in {@code eventjson}. Records in
 * the flat form event data stores deliver ({@code insightState}, {@code insightContext.baselineAverage},
 * ...) map by name and need none of this. Insights events are a few per day, so the block is read as a
 * small tree.
 */
final class InsightDetailsMember
        implements ValueParser.StructMember
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final StructType rootType;

    InsightDetailsMember(EventSchema schema)
    {
        this.rootType = schema.asStruct();
    }

    @Override
    public void parse(JsonParser parser, StructColumnVector root, int row, ParseContext context)
            throws IOException, RecordRejectedException
    {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw ValueParser.typeError("an object", parser);
        }
        JsonNode details = MAPPER.readTree(parser);
        set(root, row, rootType, "insightstate", member(details, "state"), context);
        set(root, row, rootType, "insighteventsource", member(details, "eventSource"), context);
        set(root, row, rootType, "insighteventname", member(details, "eventName"), context);
        set(root, row, rootType, "insighttype", member(details, "insightType"), context);
        set(root, row, rootType, "insighterrorcode", member(details, "errorCode"), context);

        JsonNode insightContext = member(details, "insightContext");
        if (insightContext == null || !insightContext.isObject()) {
            return;
        }
        int contextIndex = rootType.fieldIndex("insightcontext").orElseThrow();
        StructType contextType = (StructType) rootType.fields().get(contextIndex).type();
        StructColumnVector contextVector = (StructColumnVector) root.fields[contextIndex];
        startStruct(contextVector, row);
        JsonNode statistics = member(insightContext, "statistics");
        if (statistics == null) {
            statistics = insightContext;
        }
        set(contextVector, row, contextType, "baselineaverage", member(member(statistics, "baseline"), "average"), context);
        set(contextVector, row, contextType, "insightaverage", member(member(statistics, "insight"), "average"), context);
        set(contextVector, row, contextType, "baselineduration", member(statistics, "baselineDuration"), context);
        set(contextVector, row, contextType, "insightduration", member(statistics, "insightDuration"), context);

        JsonNode attribution = first(member(insightContext, "attributions"));
        if (attribution == null || !attribution.isObject()) {
            return;
        }
        int attributionsIndex = contextType.fieldIndex("attributions").orElseThrow();
        StructType attributionType = (StructType) contextType.fields().get(attributionsIndex).type();
        StructColumnVector attributionVector = (StructColumnVector) contextVector.fields[attributionsIndex];
        startStruct(attributionVector, row);
        JsonNode insight = first(member(attribution, "insight"));
        JsonNode baseline = first(member(attribution, "baseline"));
        set(attributionVector, row, attributionType, "attribute", member(attribution, "attribute"), context);
        set(attributionVector, row, attributionType, "insightvalue", member(insight, "value"), context);
        set(attributionVector, row, attributionType, "insightaverage", member(insight, "average"), context);
        set(attributionVector, row, attributionType, "baselinevalue", member(baseline, "value"), context);
        set(attributionVector, row, attributionType, "baselineaverage", member(baseline, "average"), context);
    }

    private static void startStruct(StructColumnVector struct, int row)
    {
        struct.isNull[row] = false;
        for (ColumnVector field : struct.fields) {
            ValueParser.setNull(field, row);
        }
    }

    /**
     * Parses a value of the tree into a field with the field's own value parser, so the conversions are
     * those of every other column.
     */
    private static void set(StructColumnVector struct, int row, StructType type, String field, JsonNode value, ParseContext context)
            throws IOException, RecordRejectedException
    {
        if (value == null) {
            return;
        }
        int index = type.fieldIndex(field).orElseThrow();
        DataType fieldType = type.fields().get(index).type();
        try (JsonParser parser = value.traverse()) {
            parser.nextToken();
            ValueParser.create(fieldType).parse(parser, struct.fields[index], row, context);
        }
        catch (RecordRejectedException e) {
            throw e.inField(field);
        }
    }

    private static JsonNode first(JsonNode node)
    {
        if (node != null && node.isArray()) {
            return node.isEmpty() ? null : node.get(0);
        }
        return node;
    }

    /**
     * A member of an object by name, ignoring case as all field matching does.
     */
    private static JsonNode member(JsonNode node, String name)
    {
        if (node == null || !node.isObject()) {
            return null;
        }
        Iterator<Map.Entry<String, JsonNode>> members = node.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            if (member.getKey().equalsIgnoreCase(name)) {
                return member.getValue();
            }
        }
        return null;
    }
}
