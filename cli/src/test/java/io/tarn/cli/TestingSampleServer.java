package io.tarn.cli;

import io.tarn.server.ServerOptions;
import io.tarn.server.TarnServer;
import io.tarn.server.http.ServerLog;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real {@code tarn serve} in the test's process over a lake that {@code tarn quickstart} filled with the
 * repository's sample events (store {@code cloudtrail}), for tests of the commands that talk to a server.
 */
public final class TestingSampleServer
        implements AutoCloseable
{
    private final Lake lake;
    private final TarnServer server;

    private TestingSampleServer(Lake lake, TarnServer server)
    {
        this.lake = requireNonNull(lake, "lake is null");
        this.server = requireNonNull(server, "server is null");
    }

    /**
     * Makes the lake {@link #lakeDirectory(Path) in the directory}, lets {@code prepare} run local commands
     * on it (given the lake's directory) before the server opens it, and serves it, requiring {@code token}
     * when there is one.
     */
    public static TestingSampleServer start(Path directory, Optional<String> token, Consumer<String> prepare)
    {
        String lakeDirectory = lakeDirectory(directory);
        TarnRunner.Result quickstart = new TarnRunner(Map.of(), Clock.systemUTC())
                .run("--lake", lakeDirectory, "quickstart", "--samples", "../samples/cloudtrail/invictus-ir-aws_dataset");
        assertThat(quickstart.status()).as(quickstart.err()).isZero();
        prepare.accept(lakeDirectory);
        ServerOptions options = ServerOptions.defaults().withPort(0).withWarmUp(false);
        if (token.isPresent()) {
            try {
                options = options.withTokenFile(Files.writeString(directory.resolve("tokens"), "tester " + token.get() + "\n"));
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Lake lake = Lake.open(LakeOptions.at(lakeDirectory));
        TarnServer server = TarnServer.start(lake, options, new ServerLog(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Clock.systemUTC()));
        return new TestingSampleServer(lake, server);
    }

    public static String lakeDirectory(Path directory)
    {
        return directory.resolve("lake").toString();
    }

    public URI uri()
    {
        return server.uri();
    }

    @Override
    public void close()
    {
        try (lake) {
            server.close();
        }
    }
}
