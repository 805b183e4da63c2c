package io.tarn.storage.schema;

import java.util.ArrayList;
import java.util.List;

import static io.tarn.storage.schema.MapType.STRING_MAP;
import static io.tarn.storage.schema.PrimitiveType.BOOLEAN;
import static io.tarn.storage.schema.PrimitiveType.DOUBLE;
import static io.tarn.storage.schema.PrimitiveType.INTEGER;
import static io.tarn.storage.schema.PrimitiveType.STRING;
import static io.tarn.storage.schema.PrimitiveType.TIMESTAMP;

/**
 * The schemas of spec section 5, one per event data store type. Names are lower case, as Lake's are.
 *
 * <p>Two deliberate readings of the spec: the non-AWS {@code eventdata} field the guide misspells
 * {@code errormssage} is {@code errormessage} (PutAuditEvents calls it {@code errorMessage}); and every
 * category, not only CloudTrail events, ends with {@code eventjson} and {@code eventjsonchecksum}, because
 * the flattened schemas of Insights, Config items and non-AWS events cannot hold everything their records
 * carry (lists of relationships and attributions, unknown fields), and nothing ingested may be lost.
 */
public final class EventSchemas
{
    public static final EventSchema CLOUDTRAIL = new EventSchema(List.of(
            field("eventversion", STRING),
            field("useridentity", struct(
                    field("type", STRING),
                    field("principalid", STRING),
                    field("arn", STRING),
                    field("accountid", STRING),
                    field("accesskeyid", STRING),
                    field("username", STRING),
                    field("sessioncontext", struct(
                            field("attributes", struct(
                                    field("creationdate", TIMESTAMP),
                                    field("mfaauthenticated", STRING))),
                            field("sessionissuer", struct(
                                    field("type", STRING),
                                    field("principalid", STRING),
                                    field("arn", STRING),
                                    field("accountid", STRING),
                                    field("username", STRING))),
                            field("webidfederationdata", struct(
                                    field("federatedprovider", STRING),
                                    field("attributes", STRING_MAP))),
                            field("sourceidentity", STRING),
                            field("ec2roledelivery", STRING),
                            field("ec2issuedinvpc", STRING))),
                    field("invokedby", STRING),
                    field("identityprovider", STRING))),
            field("eventtime", TIMESTAMP),
            field("eventsource", STRING),
            field("eventname", STRING),
            field("awsregion", STRING),
            field("sourceipaddress", STRING),
            field("useragent", STRING),
            field("errorcode", STRING),
            field("errormessage", STRING),
            field("requestparameters", STRING_MAP),
            field("responseelements", STRING_MAP),
            field("additionaleventdata", STRING_MAP),
            field("requestid", STRING),
            field("eventid", STRING),
            field("readonly", BOOLEAN),
            field("resources", new ArrayType(struct(
                    field("accountid", STRING),
                    field("type", STRING),
                    field("arn", STRING),
                    field("arnprefix", STRING)))),
            field("eventtype", STRING),
            field("apiversion", STRING),
            field("managementevent", BOOLEAN),
            field("recipientaccountid", STRING),
            field("sharedeventid", STRING),
            field("annotation", STRING),
            field("vpcendpointid", STRING),
            field("serviceeventdetails", STRING_MAP),
            field("addendum", STRING_MAP),
            field("edgedevicedetails", STRING_MAP),
            field("insightdetails", STRING_MAP),
            field("eventcategory", STRING),
            field("tlsdetails", struct(
                    field("tlsversion", STRING),
                    field("ciphersuite", STRING),
                    field("clientprovidedhostheader", STRING))),
            field("sessioncredentialfromconsole", STRING),
            field("eventjson", STRING),
            field("eventjsonchecksum", STRING)));

    public static final EventSchema INSIGHTS = withEventJson(
            field("eventversion", STRING),
            field("eventcategory", STRING),
            field("eventtype", STRING),
            field("eventid", STRING),
            field("eventtime", TIMESTAMP),
            field("awsregion", STRING),
            field("recipientaccountid", STRING),
            field("sharedeventid", STRING),
            field("addendum", STRING_MAP),
            field("insightsource", STRING),
            field("insightstate", STRING),
            field("insighteventsource", STRING),
            field("insighteventname", STRING),
            field("insighterrorcode", STRING),
            field("insighttype", STRING),
            field("insightcontext", struct(
                    field("baselineaverage", DOUBLE),
                    field("insightaverage", DOUBLE),
                    field("baselineduration", INTEGER),
                    field("insightduration", INTEGER),
                    field("attributions", struct(
                            field("attribute", STRING),
                            field("insightvalue", STRING),
                            field("insightaverage", DOUBLE),
                            field("baselinevalue", STRING),
                            field("baselineaverage", DOUBLE))))));

    public static final EventSchema CONFIGURATION_ITEMS = withEventJson(
            field("eventversion", STRING),
            field("eventcategory", STRING),
            field("eventtype", STRING),
            field("eventid", STRING),
            field("eventtime", TIMESTAMP),
            field("awsregion", STRING),
            field("recipientaccountid", STRING),
            field("addendum", STRING_MAP),
            field("eventdata", struct(
                    field("configurationitemversion", STRING),
                    field("configurationitemcapturetime", STRING),
                    field("configurationitemstatus", STRING),
                    field("configurationitemstateid", STRING),
                    field("accountid", STRING),
                    field("resourcetype", STRING),
                    field("resourceid", STRING),
                    field("resourcename", STRING),
                    field("arn", STRING),
                    field("awsregion", STRING),
                    field("availabilityzone", STRING),
                    field("resourcecreationtime", STRING),
                    field("configuration", STRING_MAP),
                    field("supplementaryconfiguration", STRING_MAP),
                    field("relatedevents", STRING),
                    field("relationships", struct(
                            field("name", STRING),
                            field("resourcetype", STRING),
                            field("resourceid", STRING),
                            field("resourcename", STRING))),
                    field("tags", STRING_MAP))));

    public static final EventSchema AUDIT_MANAGER_EVIDENCE = withEventJson(
            field("eventversion", STRING),
            field("eventcategory", STRING),
            field("eventtype", STRING),
            field("eventid", STRING),
            field("eventtime", TIMESTAMP),
            field("awsregion", STRING),
            field("recipientaccountid", STRING),
            field("addendum", STRING_MAP),
            field("eventdata", struct(
                    field("attributes", STRING_MAP),
                    field("awsaccountid", STRING),
                    field("awsorganization", STRING),
                    field("compliancecheck", STRING),
                    field("datasource", STRING),
                    field("eventname", STRING),
                    field("eventsource", STRING),
                    field("evidenceawsaccountid", STRING),
                    field("evidencebytype", STRING),
                    field("iamid", STRING),
                    field("evidenceid", STRING),
                    field("time", TIMESTAMP),
                    field("assessmentid", STRING),
                    field("controlsetid", STRING),
                    field("controlid", STRING),
                    field("controlname", STRING),
                    field("controldomainname", STRING),
                    field("frameworkname", STRING),
                    field("frameworkid", STRING),
                    field("service", STRING),
                    field("servicecategory", STRING),
                    field("resourcearn", STRING),
                    field("resourcetype", STRING),
                    field("evidencefolderid", STRING),
                    field("description", STRING),
                    field("manualevidences3resourcepath", STRING),
                    field("evidencefoldername", STRING),
                    field("resourcecompliancecheck", STRING))));

    public static final EventSchema ACTIVITY_AUDIT_LOG = withEventJson(
            field("eventversion", STRING),
            field("eventcategory", STRING),
            field("eventtype", STRING),
            field("eventid", STRING),
            field("eventtime", TIMESTAMP),
            field("awsregion", STRING),
            field("recipientaccountid", STRING),
            field("addendum", struct(
                    field("reason", STRING),
                    field("updatedfields", STRING),
                    field("originaluid", STRING),
                    field("originaleventid", STRING))),
            field("metadata", struct(
                    field("ingestiontime", STRING),
                    field("channelarn", STRING))),
            field("eventdata", struct(
                    field("version", STRING),
                    field("useridentity", struct(
                            field("type", STRING),
                            field("principalid", STRING),
                            field("details", STRING_MAP))),
                    field("useragent", STRING),
                    field("eventsource", STRING),
                    field("eventname", STRING),
                    field("eventtime", STRING),
                    field("uid", STRING),
                    field("requestparameters", STRING_MAP),
                    field("responseelements", STRING_MAP),
                    field("errorcode", STRING),
                    field("errormessage", STRING),
                    field("sourceipaddress", STRING),
                    field("recipientaccountid", STRING),
                    field("additionaleventdata", STRING_MAP))));

    private EventSchemas() {}

    private static EventSchema withEventJson(Field... fields)
    {
        List<Field> columns = new ArrayList<>(List.of(fields));
        columns.add(field(EventSchema.EVENT_JSON, STRING));
        columns.add(field(EventSchema.EVENT_JSON_CHECKSUM, STRING));
        return new EventSchema(columns);
    }

    private static Field field(String name, DataType type)
    {
        return new Field(name, type);
    }

    private static StructType struct(Field... fields)
    {
        return StructType.of(fields);
    }
}
