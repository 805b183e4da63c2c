package io.tarn.server;

import io.tarn.engine.service.QueryServiceOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How to run a {@link TarnServer}.
 *
 * @param bindAddress the address to listen on; a loopback address unless the server has a token file
 * @param port the port, or 0 for any free port
 * @param tokenFile the bearer tokens the server accepts ({@link io.tarn.server.http.AccessTokens}); without
 *         one every request is accepted, which is allowed only on a loopback address
 * @param maxRequestBytes the largest request body read whole (JSON bodies, SQL text); larger ones get 413
 * @param stopTimeout how long a stopping server waits for requests in flight
 * @param warmUp whether to run a few statements before listening, so that the first client's query does not
 *         pay for loading and compiling the planner and the scan path
 * @param queryService the query service's limits (Lake's by default)
 */
public record ServerOptions(
        String bindAddress,
        int port,
        Optional<Path> tokenFile,
        long maxRequestBytes,
        Duration stopTimeout,
        boolean warmUp,
        QueryServiceOptions queryService)
{
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;

    public ServerOptions
    {
        requireNonNull(bindAddress, "bindAddress is null");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        requireNonNull(tokenFile, "tokenFile is null");
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be positive");
        }
        requireNonNull(stopTimeout, "stopTimeout is null");
        requireNonNull(queryService, "queryService is null");
    }

    public static ServerOptions defaults()
    {
        return new ServerOptions(DEFAULT_BIND_ADDRESS, DEFAULT_PORT, Optional.empty(), DEFAULT_MAX_REQUEST_BYTES, Duration.ofSeconds(5), true,
                QueryServiceOptions.defaults());
    }

    public ServerOptions withBindAddress(String value)
    {
        return new ServerOptions(value, port, tokenFile, maxRequestBytes, stopTimeout, warmUp, queryService);
    }

    public ServerOptions withPort(int value)
    {
        return new ServerOptions(bindAddress, value, tokenFile, maxRequestBytes, stopTimeout, warmUp, queryService);
    }

    public ServerOptions withTokenFile(Path value)
    {
        return new ServerOptions(bindAddress, port, Optional.of(value), maxRequestBytes, stopTimeout, warmUp, queryService);
    }

    public ServerOptions withMaxRequestBytes(long value)
    {
        return new ServerOptions(bindAddress, port, tokenFile, value, stopTimeout, warmUp, queryService);
    }

    public ServerOptions withStopTimeout(Duration value)
    {
        return new ServerOptions(bindAddress, port, tokenFile, maxRequestBytes, value, warmUp, queryService);
    }

    public ServerOptions withWarmUp(boolean value)
    {
        return new ServerOptions(bindAddress, port, tokenFile, maxRequestBytes, stopTimeout, value, queryService);
    }

    public ServerOptions withQueryService(QueryServiceOptions value)
    {
        return new ServerOptions(bindAddress, port, tokenFile, maxRequestBytes, stopTimeout, warmUp, value);
    }
}
