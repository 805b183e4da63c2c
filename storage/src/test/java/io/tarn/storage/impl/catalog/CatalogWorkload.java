package io.tarn.storage.impl.catalog;

import io.tarn.error.TarnException;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventDataStoreCatalog;
import io.tarn.storage.StorageErrorCode;
import io.tarn.storage.UpdateEventDataStoreRequest;

import java.util.Map;

/**
 * Creates and changes stores named {@code <prefix>-<n>}, for the test that runs it in two processes at once.
 * Store n is updated {@code updates} times (tags and retention), then stopped when n is divisible by 3 and
 * deleted when n is divisible by 5, so its final state is known.
 */
final class CatalogWorkload
{
    private CatalogWorkload() {}

    /**
     * Returns how many stores were created and how many creations the store limit refused.
     */
    static Result run(EventDataStoreCatalog catalog, String prefix, int stores, int updates)
    {
        int created = 0;
        int limited = 0;
        for (int index = 0; index < stores; index++) {
            String name = name(prefix, index);
            try {
                catalog.create(CreateEventDataStoreRequest.withDefaults(name)
                        .withTerminationProtectionEnabled(false)
                        .withTags(Map.of("owner", prefix, "round", "0")));
                created++;
            }
            catch (TarnException e) {
                if (!e.getErrorCode().equals(StorageErrorCode.EVENT_DATA_STORE_MAX_LIMIT_EXCEEDED.toErrorCode())) {
                    throw e;
                }
                limited++;
                continue;
            }
            for (int round = 1; round <= updates; round++) {
                catalog.update(name, UpdateEventDataStoreRequest.none()
                        .withTags(Map.of("owner", prefix, "round", Integer.toString(round)))
                        .withRetentionPeriodDays(retentionAfter(round)));
            }
            if (index % 3 == 0) {
                catalog.stopIngestion(name);
            }
            if (index % 5 == 0) {
                catalog.delete(name);
            }
        }
        return new Result(created, limited);
    }

    static String name(String prefix, int index)
    {
        return prefix + "-" + index;
    }

    static int retentionAfter(int round)
    {
        return 30 + round;
    }

    record Result(int created, int limited)
    {
        @Override
        public String toString()
        {
            return "created=" + created + " limited=" + limited;
        }

        static Result parse(String line)
        {
            String[] parts = line.split(" ");
            return new Result(Integer.parseInt(parts[0].substring("created=".length())), Integer.parseInt(parts[1].substring("limited=".length())));
        }
    }
}
