package io.tarn.storage.impl.catalog;

import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The second process of {@link TestCatalogConcurrency}: opens the lake, says "ready", waits for the go file,
 * runs {@link CatalogWorkload} and prints its account id and result.
 *
 * <p>Arguments: lake directory, go file, prefix, stores, updates, maximum stores.
 */
public final class TestingCatalogWorker
{
    private TestingCatalogWorker() {}

    public static void main(String[] args)
            throws InterruptedException
    {
        Path lakeDirectory = Path.of(args[0]);
        Path goFile = Path.of(args[1]);
        try (Lake lake = Lake.open(LakeOptions.at(lakeDirectory.toString()).withMaxEventDataStores(Integer.parseInt(args[5])))) {
            // Load the catalog's classes before the race starts
            lake.catalog().list();
            System.out.println("ready");
            System.out.flush();
            while (!Files.exists(goFile)) {
                Thread.sleep(5);
            }
            CatalogWorkload.Result result = CatalogWorkload.run(lake.catalog(), args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            System.out.println("account=" + lake.accountId());
            System.out.println(result);
        }
    }
}
