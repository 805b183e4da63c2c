package io.tarn.engine.service;

import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventCategory;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static io.tarn.engine.service.QueryErrorCode.MISSING_QUERY_PARAMETER;
import static io.tarn.engine.service.QueryErrorCode.UNKNOWN_QUERY_PARAMETER;
import static io.tarn.engine.service.QueryErrorCode.WRONG_EVENT_DATA_STORE_TYPE;
import static io.tarn.error.TarnAssertions.assertTarnExceptionThrownBy;
import static io.tarn.storage.StorageErrorCode.EVENT_DATA_STORE_NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;

public class TestNamedParameters
{
    @TempDir
    private Path directory;

    @Test
    public void testFindsParametersOutsideLiteralsAndComments()
    {
        String sql = "SELECT ':skip', \"a:b\", x::varchar, eventName -- :comment\n"
                + "FROM :eds /* :block */ JOIN :other o ON o.id = :id WHERE eventTime > :start AND user = :id AND m[':k'] = :_v2";
        assertThat(NamedParameters.uses(sql)).extracting(NamedParameters.Use::name, NamedParameters.Use::table).containsExactly(
                org.assertj.core.groups.Tuple.tuple("eds", true),
                org.assertj.core.groups.Tuple.tuple("other", true),
                org.assertj.core.groups.Tuple.tuple("id", false),
                org.assertj.core.groups.Tuple.tuple("start", false),
                org.assertj.core.groups.Tuple.tuple("id", false),
                org.assertj.core.groups.Tuple.tuple("_v2", false));
        assertThat(NamedParameters.names(sql)).containsExactly("eds", "other", "id", "start", "_v2");
        assertThat(NamedParameters.names("SELECT : x, :1, a:b")).containsExactly("b");
    }

    @Test
    public void testBindsValuesAsParametersAndStoresAsIdentifiers()
    {
        try (Lake lake = Lake.open(LakeOptions.at(directory.toString()))) {
            EventDataStore audit = lake.catalog().create(CreateEventDataStoreRequest.withDefaults("audit"));
            lake.catalog().create(CreateEventDataStoreRequest.withDefaults("config").withCategory(EventCategory.CONFIGURATION_ITEM));

            NamedParameters.Bound bound = NamedParameters.bind("SELECT * FROM :eds WHERE userIdentity.username = :user OR eventName = ':user' OR sourceIPAddress = :user",
                    Map.of("eds", "audit", "user", "x' OR '1'='1"), Map.of(), Map.of("eds", EventDataStoreType.CLOUDTRAIL), lake.catalog()::find);
            assertThat(bound.sql()).isEqualTo("SELECT * FROM \"" + audit.id() + "\" WHERE userIdentity.username = ? OR eventName = ':user' OR sourceIPAddress = ?");
            assertThat(bound.parameters()).containsExactly("x' OR '1'='1", "x' OR '1'='1");
            assertThat(bound.storeIds()).containsExactly(audit.id());

            // By ARN, and a default
            NamedParameters.Bound byArn = NamedParameters.bind("SELECT count(*) FROM :eds WHERE eventTime > :start", Map.of("eds", audit.arn()),
                    Map.of("start", "2024-01-01 00:00:00"), Map.of(), lake.catalog()::find);
            assertThat(byArn.sql()).isEqualTo("SELECT count(*) FROM \"" + audit.id() + "\" WHERE eventTime > ?");
            assertThat(byArn.parameters()).containsExactly("2024-01-01 00:00:00");

            // A table parameter must name a store: nothing else reaches the SQL
            assertTarnExceptionThrownBy(() -> NamedParameters.bind("SELECT * FROM :eds", Map.of("eds", "audit\" WHERE 1=1 --"), Map.of(), Map.of(), lake.catalog()::find),
                    EVENT_DATA_STORE_NOT_FOUND)
                    .hasMessage("Parameter eds must name an event data store (its id, name or ARN); event data store 'audit\" WHERE 1=1 --' not found");
            assertTarnExceptionThrownBy(() -> NamedParameters.bind("SELECT * FROM :eds", Map.of("eds", "config"), Map.of(), Map.of("eds", EventDataStoreType.CLOUDTRAIL),
                    lake.catalog()::find), WRONG_EVENT_DATA_STORE_TYPE)
                    .hasMessage("Parameter eds needs a CLOUDTRAIL event data store, but 'config' is a CONFIGURATION_ITEMS store");
            assertTarnExceptionThrownBy(() -> NamedParameters.bind("SELECT * FROM :eds WHERE a = :a AND b = :b", Map.of("eds", "audit"), Map.of(), Map.of(), lake.catalog()::find),
                    MISSING_QUERY_PARAMETER)
                    .hasMessage("Give a value for parameter a, b");
            assertTarnExceptionThrownBy(() -> NamedParameters.bind("SELECT :a", Map.of("a", "1", "z", "2"), Map.of(), Map.of(), lake.catalog()::find), UNKNOWN_QUERY_PARAMETER)
                    .hasMessage("The query has no parameter z; its parameters are a");
        }
    }
}
