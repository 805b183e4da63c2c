package io.tarn.cli.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarn.cli.CliTesting;
import io.tarn.cli.ExitCodes;
import io.tarn.cli.TarnRunner;
import io.tarn.cli.TarnRunner.Result;
import io.tarn.engine.service.ResultSigningKey;
import io.tarn.storage.TestingClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

public class TestResultCommands
{
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2024-03-01T10:15:30.123Z");

    private static String sharedKey;

    @TempDir
    private Path directory;
    private final TestingClock clock = new TestingClock(START);

    @BeforeAll
    public static void makeKey(@TempDir Path keyDirectory)
            throws IOException
    {
        ResultSigningKey.loadOrCreate(keyDirectory);
        sharedKey = Files.readString(keyDirectory.resolve(ResultSigningKey.FILE_NAME));
    }

    @Test
    public void testDeliverVerifyAndExportKey()
            throws IOException
    {
        CliTesting cli = new CliTesting(directory.resolve("lake"), clock);
        cli.tarn("eds", "create", "audit");
        // A key made once for the test class saves making one per run (the lake directory holds its metadata)
        Files.writeString(directory.resolve("lake").resolve(ResultSigningKey.FILE_NAME), sharedKey);
        Path bucket = directory.resolve("bucket");
        String queryId = cli.tarn("queries", "start", "SELECT n FROM (VALUES 1, 2, 3) AS t(n)", "--delivery-location", bucket.toString()).strip();

        JsonNode info = JSON.readTree(cli.tarn("queries", "describe", queryId, "-o", "json"));
        assertThat(info.get("DeliveryS3Uri").asText()).isEqualTo(bucket.toString());
        assertThat(info.get("DeliveryStatus").asText()).isEqualTo("SUCCESS");
        String delivered = info.get("DeliveryDirectory").asText();
        assertThat(delivered).matches(bucket + "/AWSLogs/\\d{12}/CloudTrail-Lake/Query/2024/03/01/" + queryId);
        assertThat(cli.tarn("queries", "describe", queryId)).contains("Delivery:        SUCCESS: " + delivered + "\n");

        assertThat(cli.tarn("verify-results", delivered)).isEqualTo("Successfully validated sign and query result files\n");

        String pem = cli.tarn("keys", "export");
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        JsonNode key = JSON.readTree(cli.tarn("keys", "export", "-o", "json"));
        assertThat(key.get("PublicKey").asText()).isEqualTo(pem);
        JsonNode sign = JSON.readTree(Path.of(delivered, "result_sign.json").toFile());
        assertThat(key.get("Fingerprint").asText()).isEqualTo(sign.get("publicKeyFingerprint").asText());

        // Away from the lake, with the exported key
        Path keyFile = directory.resolve("tarn-results.pem");
        Files.writeString(keyFile, pem);
        Result elsewhere = new TarnRunner(Map.of(), clock).run("--lake", directory.resolve("no-lake").toString(), "verify-results", delivered, "--public-key", keyFile.toString());
        assertThat(elsewhere.status()).as(elsewhere.err()).isZero();
        assertThat(elsewhere.out()).isEqualTo("Successfully validated sign and query result files\n");

        Path file = Path.of(delivered, "result_1.csv.gz");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 9] ^= 1;
        Files.write(file, bytes);
        Result tampered = cli.run("verify-results", delivered);
        assertThat(tampered.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(tampered.out()).startsWith("ValidationError: \"File result_1.csv.gz has inconsistent hash value with hash value recorded in sign file, hash value in sign file is "
                + sign.get("files").get(0).get("fileHashValue").asText() + ", but get ");
        assertThat(tampered.err()).isEqualTo("tarn: The query results at '" + delivered + "' are not valid: 1 problem [RESULTS_NOT_VALID]\n");
        JsonNode report = JSON.readTree(cli.run("verify-results", delivered, "-o", "json").out());
        assertThat(report.get("Valid").asBoolean()).isFalse();
        assertThat(report.get("Problems").get(0).get("Kind").asText()).isEqualTo("ALTERED_FILE");
        assertThat(report.get("Problems").get(0).get("FileName").asText()).isEqualTo("result_1.csv.gz");

        Result noSignFile = cli.run("verify-results", bucket.toString());
        assertThat(noSignFile.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(noSignFile.err()).isEqualTo("tarn: No sign file result_sign.json at '" + bucket + "' [SIGN_FILE_NOT_FOUND]\n");
        assertThat(cli.run("verify-results", "--help").out()).contains("Usage: tarn verify-results", "Examples:");
        assertThat(cli.run("keys", "export", "--help").out()).contains("Usage: tarn keys export", "Examples:");
    }
}
