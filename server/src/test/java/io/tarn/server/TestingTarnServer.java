package io.tarn.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.server.api.LakeJson;
import io.tarn.server.http.ServerLog;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static java.util.Objects.requireNonNull;

/**
 * A real server on a free loopback port over a lake in a directory, with an HTTP client and the server's log
 * captured for assertions.
 */
public final class TestingTarnServer
        implements AutoCloseable
{
    private final Lake lake;
    private final TarnServer server;
    private final ByteArrayOutputStream log;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestingTarnServer(Lake lake, TarnServer server, ByteArrayOutputStream log)
    {
        this.lake = requireNonNull(lake, "lake is null");
        this.server = requireNonNull(server, "server is null");
        this.log = requireNonNull(log, "log is null");
    }

    public static TestingTarnServer start(Path lakeDirectory)
    {
        return start(lakeDirectory, ServerOptions.defaults().withWarmUp(false));
    }

    public static TestingTarnServer start(Path lakeDirectory, ServerOptions options)
    {
        Lake lake = Lake.open(LakeOptions.at(lakeDirectory.toString()));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try {
            TarnServer server = TarnServer.start(lake, options.withPort(0), new ServerLog(new PrintStream(log, true, StandardCharsets.UTF_8), Clock.systemUTC()));
            return new TestingTarnServer(lake, server, log);
        }
        catch (RuntimeException e) {
            lake.close();
            throw e;
        }
    }

    public Lake lake()
    {
        return lake;
    }

    public TarnServer server()
    {
        return server;
    }

    public URI uri()
    {
        return server.uri();
    }

    public String log()
    {
        return log.toString(StandardCharsets.UTF_8);
    }

    /**
     * Waits up to ten seconds for a log line to match.
     */
    public void awaitLog(Predicate<String> line)
    {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (log().lines().noneMatch(line)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no such line in the log:\n" + log());
            }
            try {
                Thread.sleep(10);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public HttpResponse<String> send(String method, String path, String body, String... headers)
    {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + ": " + e.getMessage(), e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String... headers)
    {
        return send("GET", path, null, headers);
    }

    public static JsonNode json(HttpResponse<String> response)
    {
        try {
            return LakeJson.MAPPER.readTree(response.body());
        }
        catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    public static List<String> headerValues(HttpResponse<String> response, String name)
    {
        return response.headers().allValues(name);
    }

    @Override
    public void close()
    {
        try {
            server.close();
        }
        finally {
            lake.close();
        }
    }
}
