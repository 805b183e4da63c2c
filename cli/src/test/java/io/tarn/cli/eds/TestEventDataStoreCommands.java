package io.tarn.cli.eds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarn.cli.ExitCodes;
import io.tarn.cli.TarnRunner;
import io.tarn.cli.TarnRunner.Result;
import io.tarn.storage.GuideSelectorExamples;
import io.tarn.storage.TestingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

public class TestEventDataStoreCommands
{
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2024-03-01T10:15:30.123Z");
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @TempDir
    private Path directory;
    private final TestingClock clock = new TestingClock(START);

    @Test
    public void testCreateWithDefaultsAsJson()
            throws IOException
    {
        JsonNode store = json(tarn("eds", "create", "audit", "--output", "json"));

        assertThat(store.get("EventDataStoreId").asText()).matches(UUID_PATTERN);
        assertThat(store.get("EventDataStoreArn").asText()).matches("arn:aws:cloudtrail:us-east-1:\\d{12}:eventdatastore/" + store.get("EventDataStoreId").asText());
        assertThat(store.get("Name").asText()).isEqualTo("audit");
        assertThat(store.get("Type").asText()).isEqualTo("CLOUDTRAIL");
        assertThat(store.get("Status").asText()).isEqualTo("CREATED");
        assertThat(store.get("AdvancedEventSelectors")).isEqualTo(JSON.readTree(
                "[{\"Name\": \"Default management events\", \"FieldSelectors\": [{\"Field\": \"eventCategory\", \"Equals\": [\"Management\"]}]}]"));
        assertThat(store.get("MultiRegionEnabled").asBoolean()).isTrue();
        assertThat(store.get("OrganizationEnabled").asBoolean()).isFalse();
        assertThat(store.get("BillingMode").asText()).isEqualTo("EXTENDABLE_RETENTION_PRICING");
        assertThat(store.get("RetentionPeriod").isInt()).isTrue();
        assertThat(store.get("RetentionPeriod").asInt()).isEqualTo(366);
        assertThat(store.get("TerminationProtectionEnabled").asBoolean()).isTrue();
        assertThat(store.get("CreatedTimestamp").asText()).isEqualTo("2024-03-01T10:15:30.123000+00:00");
        assertThat(store.get("UpdatedTimestamp").asText()).isEqualTo("2024-03-01T10:15:30.123000+00:00");
        assertThat(store.has("DeletionTimestamp")).isFalse();
        assertThat(store.get("Tags").isEmpty()).isTrue();

        assertThat(json(tarn("eds", "show", "audit", "-o", "json")).get("Status").asText()).isEqualTo("ENABLED");
    }

    @Test
    public void testCreateWithOptions()
            throws IOException
    {
        tarn("eds", "create", "config-items",
                "--category", "configurationitem",
                "--billing-mode", "fixed",
                "--retention-days", "2000",
                "--tag", "team=security",
                "--tag", "note=a=b",
                "--no-termination-protection",
                "--no-start-ingestion",
                "--single-region");

        JsonNode store = json(tarn("eds", "show", "config-items", "--output", "json"));
        assertThat(store.get("Type").asText()).isEqualTo("CONFIGURATION_ITEMS");
        assertThat(store.get("Status").asText()).isEqualTo("STOPPED_INGESTION");
        assertThat(store.get("AdvancedEventSelectors").get(0).get("FieldSelectors").get(0).get("Equals").get(0).asText()).isEqualTo("ConfigurationItem");
        assertThat(store.get("BillingMode").asText()).isEqualTo("FIXED_RETENTION_PRICING");
        assertThat(store.get("RetentionPeriod").asInt()).isEqualTo(2000);
        assertThat(store.get("TerminationProtectionEnabled").asBoolean()).isFalse();
        assertThat(store.get("MultiRegionEnabled").asBoolean()).isFalse();
        assertThat(JSON.convertValue(store.get("Tags"), Map.class)).isEqualTo(Map.of("team", "security", "note", "a=b"));
    }

    @Test
    public void testCreateWithSelectors()
            throws IOException
    {
        String selectors = GuideSelectorExamples.S3_BUCKET;
        Path file = Files.writeString(directory.resolve("selectors.json"), selectors);

        JsonNode fromFile = json(tarn("eds", "create", "s3-data", "--selectors", file.toString(), "-o", "json"));
        JsonNode inline = json(tarn("eds", "create", "s3-data-2", "--selectors", selectors, "-o", "json"));

        assertThat(fromFile.get("AdvancedEventSelectors")).isEqualTo(JSON.readTree(selectors));
        assertThat(inline.get("AdvancedEventSelectors")).isEqualTo(JSON.readTree(selectors));
    }

    @Test
    public void testInvalidSelectors()
    {
        Result unknownOperator = tarnFailing(ExitCodes.USER_ERROR, "eds", "create", "audit", "--selectors",
                "[{\"Name\": \"s\", \"FieldSelectors\": [{\"Field\": \"eventCategory\", \"Equal\": [\"Management\"]}]}]");
        assertThat(unknownOperator.err()).isEqualTo("tarn: Advanced event selector 's', field selector #1 (eventCategory): unknown operator \"Equal\"; "
                + "operators are Equals, NotEquals, StartsWith, NotStartsWith, EndsWith, NotEndsWith [INVALID_EVENT_SELECTORS]\n");

        Result invalidField = tarnFailing(ExitCodes.USER_ERROR, "eds", "create", "audit", "--selectors",
                "[{\"FieldSelectors\": [{\"Field\": \"eventCategory\", \"Equals\": [\"Management\"]}, {\"Field\": \"readOnly\", \"Equals\": [\"maybe\"]}]}]");
        assertThat(invalidField.err()).isEqualTo("tarn: Advanced event selector #1: field 'readOnly' takes \"true\" or \"false\", not 'maybe' [INVALID_EVENT_SELECTORS]\n");

        Result missingFile = tarnFailing(ExitCodes.USAGE_ERROR, "eds", "create", "audit", "--selectors", directory.resolve("none.json").toString());
        assertThat(missingFile.err()).startsWith("tarn: Invalid value for option '--selectors': cannot read the selectors file '"
                + directory.resolve("none.json") + "' (NoSuchFileException)\n");
    }

    @Test
    public void testInvalidOptionValues()
    {
        Result category = tarnFailing(ExitCodes.USAGE_ERROR, "eds", "create", "audit", "--category", "Audit");
        assertThat(category.err()).startsWith("tarn: Invalid value for option '--category': 'Audit' is not an event category; "
                + "use one of Management, Data, Insight, ConfigurationItem, Evidence, ActivityAuditLog\n");
        Result billingMode = tarnFailing(ExitCodes.USAGE_ERROR, "eds", "create", "audit", "--billing-mode", "cheap");
        assertThat(billingMode.err()).startsWith("tarn: Invalid value for option '--billing-mode': 'cheap' is not a billing mode");
        Result retention = tarnFailing(ExitCodes.USAGE_ERROR, "eds", "create", "audit", "--retention-days", "year");
        assertThat(retention.err()).startsWith("tarn: Invalid value for option '--retention-days': 'year' is not an int");

        Result outOfRange = tarnFailing(ExitCodes.USER_ERROR, "eds", "create", "audit", "--retention-days", "5");
        assertThat(outOfRange.err()).isEqualTo("tarn: Retention period of 5 days is outside the 7 to 3653 days allowed with EXTENDABLE_RETENTION_PRICING [INVALID_PARAMETER]\n");
        Result name = tarnFailing(ExitCodes.USER_ERROR, "eds", "create", "192.168.5.4");
        assertThat(name.err()).isEqualTo("tarn: Event data store name '192.168.5.4' is not valid: it may not be formatted as an IP address [INVALID_PARAMETER]\n");
    }

    @Test
    public void testCreateRefusals()
    {
        tarn("eds", "create", "audit");
        assertThat(tarnFailing(ExitCodes.USER_ERROR, "eds", "create", "audit").err())
                .isEqualTo("tarn: Event data store 'audit' already exists [EVENT_DATA_STORE_ALREADY_EXISTS]\n");
        for (int index = 2; index <= 10; index++) {
            tarn("eds", "create", "store-" + index);
        }
        assertThat(tarnFailing(ExitCodes.USER_ERROR, "eds", "create", "eleventh").err())
                .endsWith("[EVENT_DATA_STORE_MAX_LIMIT_EXCEEDED]\n");
    }

    @Test
    public void testShowAsText()
    {
        tarn("eds", "create", "audit", "--tag", "team=security", "--tag", "env=prod", "--selectors", """
                [{"Name": "Management events selector", "FieldSelectors": [
                   {"Field": "eventCategory","Equals": ["Management"]},
                   {"Field": "eventSource","NotEquals": ["kms.amazonaws.com", "rdsdata.amazonaws.com"]} ]},
                 {"FieldSelectors": [{"Field": "eventCategory", "Equals": ["Data"]}, {"Field": "resources.type", "Equals": ["AWS::Lambda::Function"]}]}]
                """);
        JsonNode store = json(tarn("eds", "show", "audit", "-o", "json"));
        String id = store.get("EventDataStoreId").asText();

        assertThat(tarn("eds", "show", id).out()).isEqualTo("""
                Name:                    audit
                Id:                      %s
                ARN:                     %s
                Type:                    CLOUDTRAIL (Management, Data)
                Status:                  ENABLED
                Billing mode:            EXTENDABLE_RETENTION_PRICING
                Retention:               366 days
                Multi-Region:            yes
                Organization:            no
                Termination protection:  enabled
                Created:                 2024-03-01 10:15:30 UTC
                Updated:                 2024-03-01 10:15:30 UTC
                Tags:                    team=security, env=prod
                Advanced event selectors:
                  Management events selector
                    eventCategory Equals Management
                    eventSource NotEquals kms.amazonaws.com, rdsdata.amazonaws.com
                  Selector 2
                    eventCategory Equals Data
                    resources.type Equals AWS::Lambda::Function
                """.formatted(id, store.get("EventDataStoreArn").asText()));
        assertThat(tarn("eds", "show", store.get("EventDataStoreArn").asText()).out()).contains("Id:                      " + id);
        assertThat(tarnFailing(ExitCodes.USER_ERROR, "eds", "show", "Audit").err()).isEqualTo("tarn: Event data store 'Audit' not found [EVENT_DATA_STORE_NOT_FOUND]\n");
    }

    @Test
    public void testList()
            throws IOException
    {
        tarn("eds", "create", "audit");
        assertThat(tarn("eds", "list").out()).contains("audit");
        clock.advance(Duration.ofDays(1));
        tarn("eds", "create", "insights-destination", "--category", "Insight", "--retention-days", "30");

        List<String> lines = Arrays.asList(tarn("eds", "list").out().split("\n"));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("NAME {18}TYPE {8}STATUS {3}RETENTION {2}CREATED {18}ID");
        assertThat(lines.get(1)).matches("audit {17}CLOUDTRAIL {2}ENABLED {2}366 days {3}2024-03-01 10:15:30 UTC {2}" + UUID_PATTERN);
        assertThat(lines.get(2)).matches("insights-destination {2}INSIGHTS {4}ENABLED {2}30 days {4}2024-03-02 10:15:30 UTC {2}" + UUID_PATTERN);

        JsonNode list = json(tarn("eds", "list", "--output", "json"));
        assertThat(list.get("EventDataStores")).hasSize(2);
        assertThat(list.get("EventDataStores").get(1).get("Name").asText()).isEqualTo("insights-destination");
        assertThat(list.get("EventDataStores").get(1).get("Type").asText()).isEqualTo("INSIGHTS");
    }

    @Test
    public void testListEmptyLake()
            throws IOException
    {
        tarn("eds", "create", "audit", "--no-termination-protection");
        tarn("eds", "delete", "audit");
        clock.advance(Duration.ofDays(8));
        purge();

        assertThat(tarn("eds", "list").out()).isEqualTo("No event data stores.\n");
        assertThat(json(tarn("eds", "list", "-o", "json")).get("EventDataStores")).isEmpty();
    }

    @Test
    public void testUpdate()
            throws IOException
    {
        tarn("eds", "create", "audit", "--billing-mode", "FIXED_RETENTION_PRICING", "--tag", "team=security");
        clock.advance(Duration.ofHours(2));

        JsonNode updated = json(tarn("eds", "update", "audit",
                "--name", "audit-2024",
                "--retention-days", "90",
                "--billing-mode", "extendable",
                "--no-termination-protection",
                "--single-region",
                "--tag", "env=prod",
                "-o", "json"));

        assertThat(updated.get("Name").asText()).isEqualTo("audit-2024");
        assertThat(updated.get("Status").asText()).isEqualTo("ENABLED");
        assertThat(updated.get("RetentionPeriod").asInt()).isEqualTo(90);
        assertThat(updated.get("BillingMode").asText()).isEqualTo("EXTENDABLE_RETENTION_PRICING");
        assertThat(updated.get("TerminationProtectionEnabled").asBoolean()).isFalse();
        assertThat(updated.get("MultiRegionEnabled").asBoolean()).isFalse();
        assertThat(JSON.convertValue(updated.get("Tags"), Map.class)).isEqualTo(Map.of("env", "prod"));
        assertThat(updated.get("CreatedTimestamp").asText()).isEqualTo("2024-03-01T10:15:30.123000+00:00");
        assertThat(updated.get("UpdatedTimestamp").asText()).isEqualTo("2024-03-01T12:15:30.123000+00:00");

        JsonNode again = json(tarn("eds", "update", "audit-2024", "--termination-protection", "--multi-region", "--clear-tags", "-o", "json"));
        assertThat(again.get("TerminationProtectionEnabled").asBoolean()).isTrue();
        assertThat(again.get("MultiRegionEnabled").asBoolean()).isTrue();
        assertThat(again.get("Tags").isEmpty()).isTrue();
        assertThat(again.get("RetentionPeriod").asInt()).isEqualTo(90);

        assertThat(tarn("eds", "update", "audit-2024", "--retention-days", "120").out()).contains("Retention:               120 days");
    }

    @Test
    public void testUpdateRefusals()
    {
        tarn("eds", "create", "audit");

        assertThat(tarnFailing(ExitCodes.USAGE_ERROR, "eds", "update", "audit").err())
                .isEqualTo("tarn: Nothing to update: give at least one option, such as --retention-days\nTry 'tarn eds update --help' for more information.\n");
        assertThat(tarnFailing(ExitCodes.USAGE_ERROR, "eds", "update", "audit", "--single-region", "--multi-region").err())
                .startsWith("tarn: Error: --multi-region, --single-region are mutually exclusive");
        assertThat(tarnFailing(ExitCodes.USER_ERROR, "eds", "update", "audit", "--billing-mode", "fixed").err())
                .endsWith("[INVALID_PARAMETER]\n");
        assertThat(tarnFailing(ExitCodes.USER_ERROR, "eds", "update", "audit", "--selectors",
                "[{\"FieldSelectors\": [{\"Field\": \"eventCategory\", \"Equals\": [\"Insight\"]}]}]").err())
                .endsWith("the type of a store cannot change [INVALID_EVENT_SELECTORS]\n");
    }

    @Test
    public void testStopAndStartIngestion()
            throws IOException
    {
        tarn("eds", "create", "audit");

        assertThat(tarn("eds", "stop-ingestion", "audit").out()).isEqualTo("Stopped ingestion into event data store 'audit'; its status is STOPPED_INGESTION.\n");
        assertThat(tarnFailing(ExitCodes.USER_ERROR, "eds", "stop-ingestion", "audit").err())
                .isEqualTo("tarn: Ingestion of event data store 'audit' cannot be stopped: its status is STOPPED_INGESTION, not ENABLED [INVALID_EVENT_DATA_STORE_STATUS]\n");
        assertThat(json(tarn("eds", "start-ingestion", "audit", "-o", "json")).get("Status").asText()).isEqualTo("ENABLED");

        tarn("eds", "create", "insights", "--category", "Insight");
        assertThat(tarnFailing(ExitCodes.USER_ERROR, "eds", "stop-ingestion", "insights").err()).endsWith("[INVALID_EVENT_DATA_STORE_CATEGORY]\n");
    }

    @Test
    public void testDeleteAndRestore()
            throws IOException
    {
        JsonNode created = json(tarn("eds", "create", "audit", "-o", "json"));
        String id = created.get("EventDataStoreId").asText();

        assertThat(tarnFailing(ExitCodes.USER_ERROR, "eds", "delete", "audit").err())
                .isEqualTo("tarn: Event data store 'audit' has termination protection enabled; disable it before deleting the store [EVENT_DATA_STORE_TERMINATION_PROTECTED]\n");
        tarn("eds", "update", "audit", "--no-termination-protection");
        clock.advance(Duration.ofMinutes(1));

        assertThat(tarn("eds", "delete", "audit").out()).isEqualTo("Deleted event data store 'audit'; it is pending deletion and can be restored until "
                + "2024-03-08 10:16:30 UTC with: tarn eds restore " + id + "\n");
        JsonNode deleted = json(tarn("eds", "show", id, "-o", "json"));
        assertThat(deleted.get("Status").asText()).isEqualTo("PENDING_DELETION");
        assertThat(deleted.get("DeletionTimestamp").asText()).isEqualTo("2024-03-01T10:16:30.123000+00:00");
        assertThat(tarn("eds", "show", "audit").out()).contains("Deleted:                 2024-03-01 10:16:30 UTC (restorable until 2024-03-08 10:16:30 UTC)");
        assertThat(tarnFailing(ExitCodes.USER_ERROR, "eds", "update", "audit", "--retention-days", "30").err())
                .isEqualTo("tarn: Event data store 'audit' is pending deletion; restore it first [INACTIVE_EVENT_DATA_STORE]\n");

        assertThat(tarn("eds", "restore", id).out()).isEqualTo("Restored event data store 'audit'; its status is ENABLED.\n");
        JsonNode deletedAgain = json(tarn("eds", "delete", "audit", "-o", "json"));
        assertThat(deletedAgain.get("Status").asText()).isEqualTo("PENDING_DELETION");
        clock.advance(Duration.ofDays(7));
        assertThat(tarnFailing(ExitCodes.USER_ERROR, "eds", "restore", "audit").err()).endsWith("can no longer be restored: the 7-day waiting period ended at "
                + "2024-03-08T10:16:30.123Z [INVALID_EVENT_DATA_STORE_STATUS]\n");
    }

    @Test
    public void testEveryCommandHasExamplesAndOutputOption()
    {
        for (String command : List.of("create", "list", "show", "update", "stop-ingestion", "start-ingestion", "delete", "restore")) {
            Result help = new TarnRunner(Map.of(), clock).run("eds", command, "--help");
            assertThat(help.status()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: tarn eds " + command, "--output=FORMAT", "Examples:", "  tarn eds " + command);
        }
    }

    private void purge()
    {
        try (io.tarn.storage.Lake lake = io.tarn.storage.Lake.open(io.tarn.storage.LakeOptions.at(directory.toString()).withClock(clock))) {
            assertThat(lake.maintain().storesPurged()).hasSize(1);
        }
    }

    private Result tarn(String... args)
    {
        Result result = run(args);
        assertThat(result.status()).as("exit status of %s; stderr: %s", Arrays.toString(args), result.err()).isZero();
        assertThat(result.err()).isEmpty();
        return result;
    }

    private Result tarnFailing(int status, String... args)
    {
        Result result = run(args);
        assertThat(result.status()).as("exit status of %s; stderr: %s", Arrays.toString(args), result.err()).isEqualTo(status);
        assertThat(result.out()).isEmpty();
        return result;
    }

    private Result run(String... args)
    {
        List<String> arguments = new ArrayList<>(List.of("--lake", directory.toString()));
        arguments.addAll(Arrays.asList(args));
        return new TarnRunner(Map.of(), clock).run(arguments.toArray(String[]::new));
    }

    private static JsonNode json(Result result)
    {
        try {
            return JSON.readTree(result.out());
        }
        catch (IOException e) {
            throw new AssertionError("not JSON: " + result.out(), e);
        }
    }
}
