package io.tarn.engine.service;

import io.tarn.engine.Engine;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import static io.tarn.engine.service.QueryErrorCode.QUERY_ABANDONED;
import static org.assertj.core.api.Assertions.assertThat;

public class TestQueryServiceRestart
{
    @TempDir
    private Path directory;

    @Test
    public void testQueryOfDeadProcessBecomesFailed()
            throws IOException, InterruptedException
    {
        Path lakeDirectory = directory.resolve("lake");
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path errors = directory.resolve("worker-stderr.txt");
        Process worker = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                TestingQueryWorker.class.getName(), lakeDirectory.toString())
                .redirectError(errors.toFile())
                .start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
            String queryId = output.readLine();
            assertThat(queryId).as("worker errors: %s", Files.exists(errors) ? Files.readString(errors) : "").hasSize(36);

            try (Lake lake = Lake.open(LakeOptions.at(lakeDirectory.toString()));
                    Engine engine = TestingTables.engine()) {
                // While the worker lives, its query stays running for a second service too
                try (QueryService service = QueryService.open(engine, lake, QueryServiceOptions.defaults())) {
                    assertThat(service.describeQuery(queryId).status()).isEqualTo(QueryStatus.RUNNING);
                }

                worker.destroyForcibly();
                assertThat(worker.waitFor(1, TimeUnit.MINUTES)).isTrue();

                try (QueryService service = QueryService.open(engine, lake, QueryServiceOptions.defaults())) {
                    QueryInfo info = service.describeQuery(queryId);
                    assertThat(info.status()).isEqualTo(QueryStatus.FAILED);
                    assertThat(info.error().orElseThrow().errorCode()).isEqualTo(QUERY_ABANDONED.toErrorCode());
                    assertThat(info.error().orElseThrow().message()).isEqualTo("The process running the query (pid " + worker.pid() + ") ended before the query finished");
                    assertThat(info.endTime()).isPresent();
                    assertThat(service.getQueryResults(queryId, Optional.empty(), OptionalInt.empty()).nextToken()).isEmpty();
                    // Its slot is free again
                    assertThat(service.awaitQuery(service.startQuery(StartQueryRequest.of("SELECT 1")), Duration.ofMinutes(1)).status())
                            .isEqualTo(QueryStatus.FINISHED);
                }
            }
        }
        finally {
            worker.destroyForcibly();
        }
    }
}
