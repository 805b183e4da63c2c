package io.tarn.cli;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The workload the {@code tarn} launcher records a class-data-sharing archive from, once per build. A query
 * loads about ten thousand classes (Calcite, ORC, Hadoop, SQLite); mapping them from an archive instead of
 * reading and verifying them from jars halves the time from {@code tarn query} to the first row. The
 * workload runs the commands a session uses, on a throwaway lake, so that their classes are in the archive.
 */
public final class ClassArchiveTraining
{
    private static final String[] QUERIES = {
            "SELECT eventSource, count(*) AS events FROM training GROUP BY eventSource ORDER BY events DESC LIMIT 5",
            "SELECT eventTime, eventName, userIdentity.arn, element_at(requestParameters, 'bucketName') FROM training "
                    + "WHERE eventTime > '2023-01-01 00:00:00' AND errorCode IS NOT NULL ORDER BY eventTime LIMIT 5",
            "SELECT json_extract_scalar(eventJson, '$.userIdentity.type') AS identity, count(DISTINCT sourceIPAddress) "
                    + "FROM training WHERE eventTime BETWEEN timestamp '2023-07-10 00:00:00' AND now() GROUP BY 1",
            "SHOW TABLES",
    };

    private ClassArchiveTraining() {}

    public static void main(String[] args)
            throws IOException
    {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ClassArchiveTraining SAMPLES_DIRECTORY");
        }
        Path lake = Files.createTempDirectory("tarn-training");
        try {
            run("--lake", lake.toString(), "eds", "create", "training", "--retention-days", "3653", "--no-termination-protection");
            run("--lake", lake.toString(), "ingest", "--eds", "training", args[0]);
            for (String format : new String[] {"table", "json"}) {
                run("--lake", lake.toString(), "query", "--format", format, String.join(";\n", QUERIES));
            }
            run("--lake", lake.toString(), "eds", "list");
        }
        finally {
            MoreFiles.deleteRecursively(lake, RecursiveDeleteOption.ALLOW_INSECURE);
        }
    }

    private static void run(String... args)
    {
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        PrintWriter errors = new PrintWriter(System.err, true);
        int status = new TarnCli(Map.of(), Clock.systemUTC()).execute(args, discard, errors);
        if (status != ExitCodes.SUCCESS) {
            throw new IllegalStateException("training command failed with status " + status + ": " + String.join(" ", args));
        }
    }
}
