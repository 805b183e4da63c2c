package io.tarn.cli.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.cli.ExitCodes;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.OutputFormat;
import io.tarn.cli.OutputOptions;
import io.tarn.cli.TarnCli;
import io.tarn.server.ServerOptions;
import io.tarn.server.TarnServer;
import io.tarn.server.http.ServerLog;
import io.tarn.storage.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code tarn serve}: runs the HTTP server (REST API and Trino protocol) until SIGTERM or Ctrl-C, which stop it
 * gracefully. The log (one line per request) goes to standard error.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
                "Serve the lake over HTTP: the REST API under /api/v1 and the Trino client protocol, so that the Trino "
                        + "JDBC driver (jdbc:trino://localhost:8080/tarn/default) and the Trino CLI work unchanged.",
                "Clients authenticate with bearer tokens listed in the token file, one 'NAME TOKEN' per line "
                        + "(tokens of at least 16 characters; the file is re-read when it changes). Without a token "
                        + "file, the server accepts anyone and so only listens on a loopback address.",
                "SIGTERM or Ctrl-C stops the server: running queries are cancelled and recorded as such."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn serve",
                "  tarn serve --port 0 --output json     prints {\"Uri\": ..., \"JdbcUrl\": ...} once listening on a free port",
                "  tarn --lake /var/lib/tarn serve --port 8443 --bind 0.0.0.0 --token-file /etc/tarn/tokens",
                "  echo \"alice $(openssl rand -hex 24)\" >> lake/tokens && chmod 600 lake/tokens"})
public final class ServeCommand
        implements Callable<Integer>
{
    static final String DEFAULT_TOKEN_FILE = "tokens";

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerOptions.DEFAULT_PORT,
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerOptions.DEFAULT_BIND_ADDRESS,
            description = "The address to listen on (default: ${DEFAULT-VALUE}). Any other than a loopback address needs a token file.")
    private String bindAddress;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "The bearer tokens clients must send (default: the file 'tokens' in the lake's metadata directory, when it exists).")
    private Path tokenFile;

    @Mixin
    private OutputOptions output;

    @Option(names = "--no-warm-up", negatable = true, defaultValue = "true",
            description = "Skip running a few statements at start, which makes the first client's query fast.")
    private boolean warmUp;

    @Override
    public Integer call()
    {
        TarnCli tarn = (TarnCli) spec.root().userObject();
        // An empty lake is worth serving: clients create stores through the API
        Lake lake = tarn.openLake(true);
        CountDownLatch closed = new CountDownLatch(1);
        try {
            ServerOptions options = ServerOptions.defaults()
                    .withPort(port)
                    .withBindAddress(bindAddress)
                    .withWarmUp(warmUp);
            Path tokens = tokenFile != null ? tokenFile : lake.metadataDirectory().resolve(DEFAULT_TOKEN_FILE);
            if (tokenFile != null || Files.exists(tokens)) {
                options = options.withTokenFile(tokens);
            }
            ServerLog log = new ServerLog(System.err, tarn.clock());
            log.info("Serving the lake at " + tarn.lakeDisplayName());
            TarnServer server = TarnServer.start(lake, options, log);
            printAddresses(spec.commandLine().getOut(), output.format(), server);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                // Let the command close the lake before the virtual machine halts
                try {
                    closed.await(10, TimeUnit.SECONDS);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "tarn-shutdown"));
            try {
                server.join();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finally {
                server.close();
            }
        }
        finally {
            lake.close();
            closed.countDown();
        }
        return ExitCodes.SUCCESS;
    }

    /**
     * Where clients connect, on standard output (the log goes to standard error), so that a script starting the
     * server on a free port learns which.
     */
    private static void printAddresses(PrintWriter out, OutputFormat format, TarnServer server)
    {
        String jdbcUrl = "jdbc:trino://" + server.uri().getAuthority() + "/tarn/default";
        switch (format) {
            case TEXT -> {
                out.println("REST API:   " + server.uri() + "/api/v1 (described at " + server.uri() + "/api/v1/openapi.json)");
                out.println("Trino JDBC: " + jdbcUrl);
            }
            case JSON -> {
                ObjectNode node = JsonOutput.object();
                node.put("Uri", server.uri().toString());
                node.put("RestApi", server.uri() + "/api/v1");
                node.put("JdbcUrl", jdbcUrl);
                JsonOutput.print(out, node);
            }
        }
        out.flush();
    }
}
