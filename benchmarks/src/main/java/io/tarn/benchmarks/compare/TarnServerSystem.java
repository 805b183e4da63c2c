package io.tarn.benchmarks.compare;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static java.util.Objects.requireNonNull;

/**
 * Tarn through {@code tarn serve} and the Trino JDBC driver: the repository's {@code ./tarn} launcher starts
 * the server on a free loopback port over the lake; queries go through {@link TrinoSystem}. Until the
 * command exists, {@link #unavailableReason} says so and the comparison skips this system.
 */
public final class TarnServerSystem
        implements QuerySystem
{
    private final Process server;
    private final TrinoSystem client;

    private TarnServerSystem(Process server, TrinoSystem client)
    {
        this.server = requireNonNull(server, "server is null");
        this.client = requireNonNull(client, "client is null");
    }

    /**
     * Why {@code tarn serve} cannot be used from this repository, or empty when it can.
     */
    public static Optional<String> unavailableReason(Path repository)
            throws IOException, InterruptedException
    {
        Path launcher = repository.resolve("tarn");
        if (!Files.isExecutable(launcher)) {
            return Optional.of("no ./tarn launcher in " + repository);
        }
        // look before running ./tarn, which builds the command line first when a source is newer than its jar
        Path commands = repository.resolve("cli/src/main/java");
        boolean declared = false;
        if (Files.isDirectory(commands)) {
            try (java.util.stream.Stream<Path> sources = Files.walk(commands)) {
                declared = sources.filter(path -> path.toString().endsWith(".java")).anyMatch(TarnServerSystem::declaresServe);
            }
        }
        if (!declared) {
            return Optional.of("`tarn serve` does not exist yet (no command named serve in cli/src/main/java)");
        }
        Process help = new ProcessBuilder(launcher.toString(), "serve", "--help").redirectErrorStream(true).start();
        String output = new String(help.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (help.waitFor() != 0) {
            return Optional.of("`tarn serve` does not exist yet (`./tarn serve --help` said: " + output.strip().lines().findFirst().orElse("") + ")");
        }
        return Optional.empty();
    }

    private static boolean declaresServe(Path source)
    {
        try {
            return Files.readString(source).matches("(?s).*name\\s*=\\s*\"serve\".*");
        }
        catch (IOException e) {
            return false;
        }
    }

    public static TarnServerSystem start(Path repository, Path lake, String table)
            throws IOException, InterruptedException, SQLException
    {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process server = new ProcessBuilder(List.of(repository.resolve("tarn").toString(), "--lake", lake.toString(), "serve", "--port", Integer.toString(port)))
                .redirectErrorStream(true)
                .redirectOutput(lake.resolveSibling("tarn-serve-" + port + ".log").toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!answers(port)) {
            if (!server.isAlive() || System.nanoTime() > deadline) {
                server.destroyForcibly();
                throw new IllegalStateException("tarn serve did not start; see " + lake.resolveSibling("tarn-serve-" + port + ".log"));
            }
            Thread.sleep(200);
        }
        return new TarnServerSystem(server, TrinoSystem.connect("tarn-server", "jdbc:trino://127.0.0.1:" + port + "/tarn/default", table));
    }

    private static boolean answers(int port)
    {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/v1/info").toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        }
        catch (IOException e) {
            return false;
        }
    }

    @Override
    public String name()
    {
        return client.name();
    }

    @Override
    public String description()
    {
        return "Tarn through `tarn serve` and the Trino JDBC driver (" + client.description() + ")";
    }

    @Override
    public Dialect dialect()
    {
        return Dialect.TRINO;
    }

    @Override
    public QueryResult runSql(String sql)
            throws SQLException
    {
        return client.runSql(sql);
    }

    @Override
    public void close()
            throws Exception
    {
        client.close();
        server.destroy();
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }
}
