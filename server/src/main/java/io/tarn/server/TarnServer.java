package io.tarn.server;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.Engine;
import io.tarn.engine.service.QueryService;
import io.tarn.error.TarnException;
import io.tarn.server.http.AccessTokens;
import io.tarn.server.http.ApiHandler;
import io.tarn.server.http.RequestLogger;
import io.tarn.server.http.Router;
import io.tarn.server.http.ServerLog;
import io.tarn.server.rest.ChannelResource;
import io.tarn.server.rest.EventDataStoreResource;
import io.tarn.server.rest.IngestResource;
import io.tarn.server.rest.MaintenanceResource;
import io.tarn.server.rest.OpenApiResource;
import io.tarn.server.rest.QueryResource;
import io.tarn.server.rest.RestResource;
import io.tarn.server.rest.SavedQueryResource;
import io.tarn.server.trino.TrinoProtocol;
import io.tarn.storage.Lake;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static io.tarn.server.ServerErrorCode.INVALID_CONFIGURATION;
import static java.util.Objects.requireNonNull;

/**
 * Tarn's HTTP server: the REST API under {@code /api/v1} and the Trino client protocol under {@code /v1}, on
 * one port. It owns the engine and the query service it opens over the caller's lake, and closes them when
 * it stops. {@link #close()} stops gracefully: new requests get 503, running queries are cancelled and
 * recorded as such, requests in flight get up to {@link ServerOptions#stopTimeout()} to finish.
 */
public final class TarnServer
        implements AutoCloseable
{
    private final ServerOptions options;
    private final ServerLog log;
    private final Engine engine;
    private final QueryService queryService;
    private final TrinoProtocol trinoProtocol;
    private final Router router;
    private final Server server;
    private final ServerConnector connector;
    private volatile boolean stopping;
    private boolean closed;

    private TarnServer(Lake lake, ServerOptions options, ServerLog log, Engine engine, QueryService queryService)
    {
        this.options = requireNonNull(options, "options is null");
        this.log = requireNonNull(log, "log is null");
        this.engine = requireNonNull(engine, "engine is null");
        this.queryService = requireNonNull(queryService, "queryService is null");

        Optional<AccessTokens> tokens = options.tokenFile().map(file -> AccessTokens.load(file, log::info));
        this.router = new Router();
        restResources(lake, queryService).forEach(resource -> resource.register(router));
        this.trinoProtocol = new TrinoProtocol(engine, queryService, log);
        trinoProtocol.register(router);

        QueuedThreadPool threads = new QueuedThreadPool(200, 4);
        threads.setName("tarn-http");
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // An ARN in a path carries its '/' as %2F, which Jetty refuses by default as ambiguous
        http.setUriCompliance(UriCompliance.DEFAULT.with("tarn", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR));
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(options.bindAddress());
        connector.setPort(options.port());
        server.addConnector(connector);
        server.setHandler(new GracefulHandler(new ApiHandler(router, tokens, options.maxRequestBytes(), log, () -> stopping)));
        server.setRequestLog(new RequestLogger(log));
        server.setStopTimeout(options.stopTimeout().toMillis());
        server.setStopAtShutdown(false);
    }

    /**
     * The resources of the REST API; a new resource is added here.
     */
    private static List<RestResource> restResources(Lake lake, QueryService queryService)
    {
        return ImmutableList.of(
                new EventDataStoreResource(lake.catalog()),
                new IngestResource(lake, IngestResource.DEFAULT_MAX_UPLOAD_BYTES),
                new QueryResource(queryService),
                new SavedQueryResource(queryService),
                new ChannelResource(lake),
                new MaintenanceResource(lake),
                new OpenApiResource());
    }

    /**
     * Opens the engine and the query service over the lake, warms them up if asked, and starts listening.
     * The lake stays the caller's to close, after the server.
     */
    public static TarnServer start(Lake lake, ServerOptions options, ServerLog log)
    {
        checkBindAddress(options);
        long startNanos = System.nanoTime();
        Engine engine = new Engine(lake);
        QueryService queryService = null;
        TarnServer server = null;
        try {
            queryService = QueryService.open(engine, lake, options.queryService());
            server = new TarnServer(lake, options, log, engine, queryService);
            if (options.warmUp()) {
                long warmNanos = System.nanoTime();
                WarmUp.run(engine);
                log.info("Warmed up in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - warmNanos) + " ms");
            }
            server.server.start();
            log.info("Tarn server listening on " + server.uri() + " (" + (options.tokenFile().isPresent() ? "bearer tokens from " + options.tokenFile().get()
                    : "no authentication") + "), started in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos) + " ms");
            return server;
        }
        catch (Exception e) {
            if (server != null) {
                server.close();
            }
            else {
                if (queryService != null) {
                    queryService.close();
                }
                engine.close();
            }
            if (e instanceof TarnException tarnException) {
                throw tarnException;
            }
            if (e.getCause() instanceof java.net.BindException || e instanceof java.io.IOException) {
                throw new TarnException(INVALID_CONFIGURATION, "Cannot listen on " + options.bindAddress() + ":" + options.port() + ": " + e.getMessage(), e);
            }
            throw new IllegalStateException("The server did not start", e);
        }
    }

    private static void checkBindAddress(ServerOptions options)
    {
        if (options.tokenFile().isPresent()) {
            return;
        }
        boolean loopback;
        try {
            loopback = InetAddress.getByName(options.bindAddress()).isLoopbackAddress();
        }
        catch (UnknownHostException e) {
            throw new TarnException(INVALID_CONFIGURATION, "Unknown bind address '" + options.bindAddress() + "'");
        }
        if (!loopback) {
            throw new TarnException(INVALID_CONFIGURATION, "Listening on " + options.bindAddress() + ", which is not a loopback address, needs a token file: "
                    + "without one anybody who reaches the port could read and change the lake");
        }
    }

    public int port()
    {
        return connector.getLocalPort();
    }

    /**
     * {@code http://<address>:<port>}, with the address the server listens on.
     */
    public URI uri()
    {
        String host = options.bindAddress().contains(":") ? "[" + options.bindAddress() + "]" : options.bindAddress();
        return URI.create("http://" + host + ":" + port());
    }

    /**
     * The routes the server answers, REST and Trino protocol, for checking the API description against them.
     */
    public List<Router.Route> routes()
    {
        return router.routes();
    }

    public Engine engine()
    {
        return engine;
    }

    public QueryService queryService()
    {
        return queryService;
    }

    /**
     * Blocks until the server has stopped.
     */
    public void join()
            throws InterruptedException
    {
        server.join();
    }

    /**
     * Stops the server: refuses new requests (503), cancels running queries (the query service records
     * them), gives requests in flight the stop timeout to finish, and closes the engine. The lake stays open.
     */
    @Override
    public synchronized void close()
    {
        if (closed) {
            return;
        }
        closed = true;
        stopping = true;
        log.info("Stopping the server");
        trinoProtocol.close();
        try {
            queryService.close();
        }
        catch (RuntimeException e) {
            log.error("Closing the query service failed", e);
        }
        try {
            server.stop();
        }
        catch (Exception e) {
            log.error("Stopping the HTTP server failed", e);
        }
        engine.close();
        log.info("Server stopped");
    }
}
