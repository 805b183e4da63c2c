package io.tarn.engine.service;

import io.tarn.engine.Engine;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;

import java.time.Duration;

/**
 * A process that starts a slow query on a lake, prints its id once it runs, and waits to be killed, for the
 * test of a query left running by a dead process.
 */
public final class TestingQueryWorker
{
    private TestingQueryWorker() {}

    public static void main(String[] args)
            throws InterruptedException
    {
        Lake lake = Lake.open(LakeOptions.at(args[0]));
        Engine engine = TestingTables.engine();
        QueryService service = QueryService.open(engine, lake, QueryServiceOptions.defaults().withProgressInterval(Duration.ofMillis(100)));
        String queryId = service.startQuery(StartQueryRequest.of(TestingQueries.SLOW));
        while (service.describeQuery(queryId).status() != QueryStatus.RUNNING) {
            Thread.sleep(10);
        }
        System.out.println(queryId);
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(5).toMillis());
    }
}
