package io.tarn.cli.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.TarnCli;
import io.tarn.cli.UserException;
import io.tarn.cli.shell.TrinoShellClient;
import io.tarn.error.ErrorCode;
import io.tarn.error.ErrorType;
import io.tarn.error.TarnException;

import java.io.FileNotFoundException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static io.tarn.cli.ClientErrorCode.SERVER_PROTOCOL_ERROR;
import static io.tarn.cli.ClientErrorCode.SERVER_UNREACHABLE;
import static java.util.Objects.requireNonNull;

/**
 * A client of the REST API of a running {@code tarn serve} ({@code /api/v1/...}), authenticated with the bearer
 * token in {@value TrinoShellClient#TOKEN_VARIABLE} when it is set. Answers are the server's JSON; an error
 * answer becomes a {@link TarnException} with the server's error code, message and type, so the command line
 * reports it as {@code tarn: <message> [<ERROR_CODE>]} with the exit status of a local failure.
 */
public final class RestClient
{
    public static final String API = "/api/v1";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final URI server;
    private final Optional<String> token;
    private final HttpClient http;

    public RestClient(URI server, Optional<String> token)
    {
        this.server = requireNonNull(server, "server is null");
        this.token = requireNonNull(token, "token is null");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * A client of the server at the URL a user gave with {@code --server}.
     */
    public static RestClient connect(String server, TarnCli tarn)
    {
        URI uri;
        try {
            uri = new URI(server);
        }
        catch (URISyntaxException e) {
            throw new UserException("--server must be a URL such as http://localhost:8080: " + e.getMessage());
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new UserException("--server must be an http or https URL such as http://localhost:8080, not '" + server + "'");
        }
        return new RestClient(uri, tarn.environmentVariable(TrinoShellClient.TOKEN_VARIABLE).filter(value -> !value.isBlank()));
    }

    /**
     * A path segment percent-encoded, for a store's id, name or ARN or a query's id in a path.
     */
    public static String segment(String value)
    {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public JsonNode get(String path)
    {
        return send("GET", path, BodyPublishers.noBody());
    }

    public JsonNode post(String path, JsonNode body)
    {
        return send("POST", path, BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    }

    public JsonNode post(String path)
    {
        return send("POST", path, BodyPublishers.noBody());
    }

    public JsonNode patch(String path, JsonNode body)
    {
        return send("PATCH", path, BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    }

    public JsonNode delete(String path)
    {
        return send("DELETE", path, BodyPublishers.noBody());
    }

    /**
     * Posts a file's bytes as the body.
     */
    public JsonNode postFile(String path, Path file)
    {
        BodyPublisher body;
        try {
            body = BodyPublishers.ofFile(file);
        }
        catch (FileNotFoundException e) {
            throw new UserException("No file '" + file + "'");
        }
        return send("POST", path, body);
    }

    /**
     * Posts a stream's bytes as the body as they are read (chunked), such as standard input; the stream is not
     * closed.
     */
    public JsonNode postStream(String path, InputStream stream)
    {
        return send("POST", path, BodyPublishers.ofInputStream(() -> new FilterInputStream(stream)
        {
            @Override
            public void close() {}
        }));
    }

    private JsonNode send(String method, String path, BodyPublisher body)
    {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(API + path))
                .method(method, body)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("Interrupted while waiting for the server at " + server);
        }
        catch (IOException e) {
            if (e.getCause() instanceof NoSuchFileException || e instanceof NoSuchFileException) {
                throw new UserException("Cannot read a file to send: " + e.getMessage());
            }
            String reason = e instanceof ConnectException ? "connection refused" : String.valueOf(e.getMessage() == null ? e : e.getMessage());
            throw new TarnException(SERVER_UNREACHABLE, "Cannot reach the server at " + server + ": " + reason, e);
        }
        JsonNode answer = parse(response);
        if (response.statusCode() / 100 != 2) {
            throw failure(response, answer);
        }
        return answer;
    }

    private JsonNode parse(HttpResponse<String> response)
    {
        String text = response.body() == null ? "" : response.body().strip();
        if (text.isEmpty()) {
            return JsonOutput.object();
        }
        try {
            return JsonOutput.MAPPER.readTree(text);
        }
        catch (JsonProcessingException e) {
            if (response.statusCode() / 100 != 2) {
                return JsonOutput.object().put("Message", text);
            }
            throw new TarnException(SERVER_PROTOCOL_ERROR, "The server at " + server + " answered " + response.statusCode() + " with a body that is not JSON", e);
        }
    }

    private TarnException failure(HttpResponse<String> response, JsonNode answer)
    {
        String message = answer.path("Message").asText("The server answered HTTP " + response.statusCode());
        if (!answer.path("ErrorCode").isTextual()) {
            // Not Tarn's error body: a proxy, or not a Tarn server at all
            return new TarnException(SERVER_PROTOCOL_ERROR, "The server at " + server + " answered HTTP " + response.statusCode() + ": " + message);
        }
        ErrorType type;
        try {
            type = ErrorType.valueOf(answer.path("ErrorType").asText());
        }
        catch (IllegalArgumentException e) {
            type = response.statusCode() / 100 == 4 ? ErrorType.USER_ERROR : ErrorType.INTERNAL_ERROR;
        }
        ErrorCode code = new ErrorCode(answer.path("ErrorCode").textValue(), answer.path("ErrorNumber").asInt(), type);
        return new TarnException(() -> code, message);
    }
}
