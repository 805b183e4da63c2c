package io.tarn.server.http;

import io.tarn.error.TarnException;
import io.tarn.server.ServerErrorCode;
import io.tarn.server.ServerOptions;
import io.tarn.server.TestingTarnServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static io.tarn.server.TestingTarnServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestAuthentication
{
    private static final String ALICE_TOKEN = "alice-0123456789abcdef";
    private static final String BOB_TOKEN = "bob-fedcba9876543210";
    private static final String STORES = "/api/v1/event-data-stores";

    @TempDir
    Path directory;

    @Test
    void testTokensRequired()
            throws IOException
    {
        Path tokens = Files.writeString(directory.resolve("tokens"), "# who  token\nalice " + ALICE_TOKEN + "\n\n");
        try (TestingTarnServer server = TestingTarnServer.start(directory.resolve("lake"), ServerOptions.defaults().withWarmUp(false).withTokenFile(tokens))) {
            assertThat(server.send("POST", STORES, "{\"Name\": \"secret-store\"}", "Authorization", "Bearer " + ALICE_TOKEN).statusCode()).isEqualTo(201);

            for (String[] headers : new String[][] {{}, {"Authorization", "Bearer wrong-token-0123456789"}, {"Authorization", "Basic " + ALICE_TOKEN},
                    {"Authorization", "Bearer " + ALICE_TOKEN.substring(1)}}) {
                for (String path : new String[] {STORES, STORES + "/secret-store", "/no/such/path", "/v1/info"}) {
                    HttpResponse<String> refused = server.send("GET", path, null, headers);
                    assertThat(refused.statusCode()).as(path).isEqualTo(401);
                    assertThat(refused.headers().firstValue("WWW-Authenticate")).contains("Bearer");
                    assertThat(json(refused).get("ErrorCode").textValue()).isEqualTo("UNAUTHENTICATED");
                    assertThat(refused.body()).doesNotContain("secret-store");
                }
            }
            HttpResponse<String> accepted = server.get(STORES, "Authorization", "Bearer " + ALICE_TOKEN);
            assertThat(accepted.statusCode()).isEqualTo(200);
            assertThat(accepted.body()).contains("secret-store");

            server.awaitLog(line -> line.contains(" alice \"GET " + STORES + "\" 200 "));
            assertThat(server.log()).doesNotContain(ALICE_TOKEN);
            assertThat(server.log().lines().filter(line -> line.contains(" - \"GET " + STORES + "\" 401 ")).count()).isEqualTo(4);
        }
    }

    @Test
    void testTokenFileReloaded()
            throws Exception
    {
        Path tokens = Files.writeString(directory.resolve("tokens"), "alice " + ALICE_TOKEN + "\n");
        try (TestingTarnServer server = TestingTarnServer.start(directory.resolve("lake"), ServerOptions.defaults().withWarmUp(false).withTokenFile(tokens))) {
            assertThat(server.get(STORES, "Authorization", "Bearer " + BOB_TOKEN).statusCode()).isEqualTo(401);

            // Bob replaces Alice; the server checks the file at most once a second
            Files.writeString(tokens, "bob " + BOB_TOKEN + "\n");
            Files.setLastModifiedTime(tokens, FileTime.from(Instant.now().plusSeconds(5)));
            Thread.sleep(1100);
            assertThat(server.get(STORES, "Authorization", "Bearer " + BOB_TOKEN).statusCode()).isEqualTo(200);
            assertThat(server.get(STORES, "Authorization", "Bearer " + ALICE_TOKEN).statusCode()).isEqualTo(401);

            // A malformed file keeps the last good tokens
            Files.writeString(tokens, "bob short\n");
            Files.setLastModifiedTime(tokens, FileTime.from(Instant.now().plusSeconds(10)));
            Thread.sleep(1100);
            assertThat(server.get(STORES, "Authorization", "Bearer " + BOB_TOKEN).statusCode()).isEqualTo(200);
            assertThat(server.log()).contains("not reloaded, keeping the previous tokens");

            // A deleted file revokes every token
            Files.delete(tokens);
            Thread.sleep(1100);
            assertThat(server.get(STORES, "Authorization", "Bearer " + BOB_TOKEN).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void testMalformedTokenFile()
            throws IOException
    {
        assertMalformed("alice\n", "line 1: expected 'NAME TOKEN'");
        assertMalformed("# tokens\nalice short\n", "line 2: a token has at least 16 characters");
        assertMalformed("al/ice " + ALICE_TOKEN + "\n", "line 1: a name has letters");
        assertMalformed("alice " + ALICE_TOKEN + "\nbob " + ALICE_TOKEN + "\n", "line 2: the token appears twice");
        assertThatThrownBy(() -> AccessTokens.load(directory.resolve("missing"), message -> {}))
                .hasMessageContaining("does not exist");
    }

    @Test
    void testPublicAddressNeedsTokens()
    {
        assertThatThrownBy(() -> TestingTarnServer.start(directory.resolve("lake"), ServerOptions.defaults().withWarmUp(false).withBindAddress("0.0.0.0")))
                .isInstanceOfSatisfying(TarnException.class, e -> assertThat(e.getErrorCode()).isEqualTo(ServerErrorCode.INVALID_CONFIGURATION.toErrorCode()))
                .hasMessageContaining("needs a token file");
    }

    private void assertMalformed(String contents, String message)
            throws IOException
    {
        Path file = Files.writeString(directory.resolve("tokens-" + Math.abs(contents.hashCode())), contents);
        assertThatThrownBy(() -> AccessTokens.load(file, ignored -> {}))
                .isInstanceOf(TarnException.class)
                .hasMessageContaining(message);
    }
}
