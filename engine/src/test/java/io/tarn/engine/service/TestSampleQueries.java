package io.tarn.engine.service;

import io.tarn.engine.Engine;
import io.tarn.engine.QueryExecution;
import io.tarn.engine.Session;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventCategory;
import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

public class TestSampleQueries
{
    @TempDir
    private Path directory;

    /**
     * Every sample binds against stores of its types and plans against their schemas.
     */
    @Test
    public void testEverySamplePlans()
    {
        try (Lake lake = Lake.open(LakeOptions.at(directory.toString()));
                Engine engine = new Engine(lake);
                QueryService service = QueryService.open(engine, lake, QueryServiceOptions.defaults())) {
            Map<EventDataStoreType, List<String>> stores = Map.of(
                    EventDataStoreType.CLOUDTRAIL, List.of("trail-1", "trail-2", "trail-3"),
                    EventDataStoreType.CONFIGURATION_ITEMS, List.of("config-1"));
            stores.get(EventDataStoreType.CLOUDTRAIL).forEach(name -> lake.catalog().create(CreateEventDataStoreRequest.withDefaults(name)));
            lake.catalog().create(CreateEventDataStoreRequest.withDefaults("config-1").withCategory(EventCategory.CONFIGURATION_ITEM));

            for (SampleQuery sample : SampleQueries.all()) {
                Map<String, String> values = new HashMap<>();
                Map<EventDataStoreType, Integer> used = new HashMap<>();
                for (String parameter : sample.parameters()) {
                    EventDataStoreType type = sample.storeTypes().get(parameter);
                    if (type != null) {
                        int index = used.merge(type, 1, Integer::sum) - 1;
                        values.put(parameter, stores.get(type).get(index));
                    }
                    else {
                        values.put(parameter, switch (parameter) {
                            case "start" -> "2023-07-10 00:00:00";
                            case "end" -> "2023-07-11 00:00:00";
                            default -> "alice";
                        });
                    }
                }
                StartQueryRequest request = service.savedQueries().prepareSample(sample.id(), values);
                try (QueryExecution execution = engine.execute(Session.defaults(), "EXPLAIN " + request.statement(), request.parameters())) {
                    assertThat(execution.remainingRows()).as(sample.id()).hasSize(1);
                }
                catch (RuntimeException e) {
                    throw new AssertionError("sample " + sample.id() + " does not plan: " + e.getMessage(), e);
                }
            }
        }
    }
}
