package io.tarn.benchmarks.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarn.engine.Engine;
import io.tarn.engine.QueryExecution;
import io.tarn.engine.Session;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one query in a fresh JVM, as {@code tarn query} would: open the lake, make an engine, plan, run,
 * read every row. Prints {@code RESULT {json}} with the milliseconds from JVM start and from {@code main}
 * to the last row.
 *
 * <pre>
 * java -cp benchmarks.jar io.tarn.benchmarks.compare.FirstQueryRun LAKE_DIR "SQL"
 * </pre>
 */
public final class FirstQueryRun
{
    private FirstQueryRun() {}

    public static void main(String[] args)
            throws Exception
    {
        long mainStart = System.currentTimeMillis();
        if (args.length != 2) {
            System.err.println("usage: FirstQueryRun LAKE_DIR SQL");
            System.exit(2);
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        List<List<Object>> rows;
        long lakeOpened;
        long engineMade;
        long planned;
        try (Lake lake = Lake.open(LakeOptions.at(args[0]))) {
            lakeOpened = System.currentTimeMillis();
            try (Engine engine = new Engine(lake)) {
                engineMade = System.currentTimeMillis();
                try (QueryExecution execution = engine.execute(Session.defaults(), args[1])) {
                    planned = System.currentTimeMillis();
                    rows = execution.remainingRows();
                }
            }
        }
        long end = System.currentTimeMillis();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("millisSinceJvmStart", end - jvmStart);
        result.put("millisSinceMain", end - mainStart);
        result.put("millisBeforeMain", mainStart - jvmStart);
        result.put("millisOpeningLake", lakeOpened - mainStart);
        result.put("millisMakingEngine", engineMade - lakeOpened);
        result.put("millisPlanning", planned - engineMade);
        result.put("millisRunning", end - planned);
        result.put("processCpuMillis", ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000);
        result.put("rows", rows.size());
        System.out.println("RESULT " + new ObjectMapper().writeValueAsString(result));
    }
}
