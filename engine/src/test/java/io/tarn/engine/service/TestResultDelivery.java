package io.tarn.engine.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.tarn.engine.Engine;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import io.tarn.storage.TestingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static io.tarn.engine.service.QueryErrorCode.SIGN_FILE_NOT_FOUND;
import static io.tarn.error.TarnAssertions.assertTarnExceptionThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

public class TestResultDelivery
{
    private static final Instant START = Instant.parse("2024-03-01T23:59:59.900Z");
    private static final Duration WAIT = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String sharedKey;

    @TempDir
    private Path directory;
    private final TestingClock clock = new TestingClock(START);
    private Lake lake;
    private Engine engine;
    private QueryService service;

    /**
     * One key for all tests (making an RSA key takes a while); each lake gets a copy.
     */
    @BeforeAll
    public static void makeKey(@TempDir Path keyDirectory)
            throws IOException
    {
        ResultSigningKey.loadOrCreate(keyDirectory);
        sharedKey = Files.readString(keyDirectory.resolve(ResultSigningKey.FILE_NAME));
    }

    @BeforeEach
    public void setUp()
            throws IOException
    {
        lake = Lake.open(LakeOptions.at(directory.resolve("lake").toString()).withClock(clock).withRegion("eu-west-3").withAccountId("123456789012"));
        Files.writeString(lake.metadataDirectory().resolve(ResultSigningKey.FILE_NAME), sharedKey);
        engine = TestingTables.engine();
        service = QueryService.open(engine, lake, QueryServiceOptions.defaults().withClock(clock).withMaxDeliveryFileBytes(1024));
    }

    @AfterEach
    public void tearDown()
    {
        service.close();
        engine.close();
        lake.close();
    }

    @Test
    public void testDeliveredFilesAndSignFile()
            throws Exception
    {
        Path location = directory.resolve("bucket/prefix");
        String queryId = service.startQuery(StartQueryRequest.of("SELECT n, label, CAST(NULL AS varchar) AS nothing, 'a,\"b\"' AS quoted FROM numbers WHERE n <= 3 ORDER BY n")
                .withDeliveryLocation(location.toString()));
        QueryInfo info = service.awaitQuery(queryId, WAIT);

        assertThat(info.status()).isEqualTo(QueryStatus.FINISHED);
        assertThat(info.deliveryLocation()).contains(location.toString());
        assertThat(info.deliveryStatus()).contains(DeliveryStatus.SUCCESS);
        // The day the query completed, in UTC
        Path delivered = location.resolve("AWSLogs/123456789012/CloudTrail-Lake/Query/2024/03/01").resolve(queryId);
        assertThat(Path.of(info.deliveryDirectory().orElseThrow())).isEqualTo(delivered);
        assertThat(fileNames(delivered)).containsExactly("result_1.csv.gz", "result_sign.json");
        assertThat(gunzip(delivered.resolve("result_1.csv.gz"))).isEqualTo(
                "n,label,nothing,quoted\r\n1,name-1,,\"a,\"\"b\"\"\"\r\n2,name-2,,\"a,\"\"b\"\"\"\r\n3,name-3,,\"a,\"\"b\"\"\"\r\n");

        JsonNode sign = JSON.readTree(delivered.resolve("result_sign.json").toFile());
        assertThat(ImmutableList.copyOf(sign.fieldNames())).containsExactly(
                "version", "region", "files", "hashAlgorithm", "signatureAlgorithm", "queryCompleteTime", "hashSignature", "publicKeyFingerprint");
        assertThat(sign.get("version").asText()).isEqualTo("1.0");
        assertThat(sign.get("region").asText()).isEqualTo("eu-west-3");
        assertThat(sign.get("hashAlgorithm").asText()).isEqualTo("SHA-256");
        assertThat(sign.get("signatureAlgorithm").asText()).isEqualTo("SHA256withRSA");
        assertThat(sign.get("queryCompleteTime").asText()).isEqualTo("2024-03-01T23:59:59Z");
        assertThat(sign.get("files")).hasSize(1);
        assertThat(ImmutableList.copyOf(sign.get("files").get(0).fieldNames())).containsExactly("fileHashValue", "fileName");
        assertThat(sign.get("files").get(0).get("fileName").asText()).isEqualTo("result_1.csv.gz");
        String hash = sha256(delivered.resolve("result_1.csv.gz"));
        assertThat(sign.get("files").get(0).get("fileHashValue").asText()).isEqualTo(hash);

        // Checked with the exported public key alone, as an auditor would
        PublicKey publicKey = ResultSigningKey.parsePublicKey(service.signingKey().publicKeyPem());
        assertThat(sign.get("publicKeyFingerprint").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(publicKey.getEncoded())))
                .hasSize(32);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(publicKey);
        signature.update(hash.getBytes(StandardCharsets.UTF_8));
        assertThat(signature.verify(HexFormat.of().parseHex(sign.get("hashSignature").asText()))).isTrue();

        assertThat(service.verifyResults(delivered.toString()).messages()).containsExactly("Successfully validated sign and query result files");
    }

    @Test
    public void testLargeResultsAreSplit()
            throws Exception
    {
        Path location = directory.resolve("bucket");
        String queryId = service.startQuery(StartQueryRequest.of("SELECT n, label FROM numbers WHERE n <= 3000 ORDER BY n").withDeliveryLocation(location.toString()));
        QueryInfo info = service.awaitQuery(queryId, WAIT);
        Path delivered = Path.of(info.deliveryDirectory().orElseThrow());

        JsonNode sign = JSON.readTree(delivered.resolve("result_sign.json").toFile());
        List<String> names = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        sign.get("files").forEach(file -> {
            names.add(file.get("fileName").asText());
            hashes.add(file.get("fileHashValue").asText());
        });
        assertThat(names).hasSizeGreaterThan(3);
        assertThat(names).isEqualTo(IntStream.rangeClosed(1, names.size()).mapToObj(number -> "result_" + number + ".csv.gz").toList());

        List<String> rows = new ArrayList<>();
        for (int index = 0; index < names.size(); index++) {
            Path file = delivered.resolve(names.get(index));
            assertThat(Files.size(file)).isLessThanOrEqualTo(1024);
            assertThat(sha256(file)).isEqualTo(hashes.get(index));
            List<String> lines = List.of(gunzip(file).split("\r\n"));
            assertThat(lines.get(0)).isEqualTo("n,label");
            rows.addAll(lines.subList(1, lines.size()));
        }
        assertThat(rows).isEqualTo(IntStream.rangeClosed(1, 3000).mapToObj(value -> value + ",name-" + value).toList());

        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(service.signingKey().publicKey());
        signature.update(String.join(" ", hashes).getBytes(StandardCharsets.UTF_8));
        assertThat(signature.verify(HexFormat.of().parseHex(sign.get("hashSignature").asText()))).isTrue();
    }

    @Test
    public void testVerificationFindsChanges()
            throws Exception
    {
        String queryId = service.startQuery(StartQueryRequest.of("SELECT n, label FROM numbers WHERE n <= 600 ORDER BY n")
                .withDeliveryLocation(directory.resolve("bucket").toString()));
        Path delivered = Path.of(service.awaitQuery(queryId, WAIT).deliveryDirectory().orElseThrow());
        String location = delivered.toString();
        assertThat(fileNames(delivered)).contains("result_1.csv.gz", "result_2.csv.gz", "result_3.csv.gz");
        VerificationReport valid = service.verifyResults(location);
        assertThat(valid.valid()).isTrue();
        assertThat(valid.checkedFiles()).contains("result_1.csv.gz", "result_2.csv.gz");

        // One byte of a file changed
        Path second = delivered.resolve("result_2.csv.gz");
        byte[] original = Files.readAllBytes(second);
        String recorded = sha256(second);
        byte[] tampered = original.clone();
        tampered[tampered.length / 2] ^= 1;
        Files.write(second, tampered);
        VerificationReport altered = service.verifyResults(location);
        assertThat(altered.valid()).isFalse();
        assertThat(altered.problems()).extracting(VerificationReport.Problem::kind).containsExactly(VerificationReport.ProblemKind.ALTERED_FILE);
        assertThat(altered.problems().get(0).fileName()).contains("result_2.csv.gz");
        assertThat(altered.messages()).containsExactly("ValidationError: \"File result_2.csv.gz has inconsistent hash value with hash value recorded in sign file, "
                + "hash value in sign file is " + recorded + ", but get " + sha256(second));
        Files.write(second, original);
        assertThat(service.verifyResults(location).valid()).isTrue();

        // A file deleted
        Path first = delivered.resolve("result_1.csv.gz");
        byte[] firstBytes = Files.readAllBytes(first);
        Files.delete(first);
        assertThat(service.verifyResults(location).messages()).containsExactly("ValidationError: File result_1.csv.gz is recorded in sign file but is missing");
        Files.write(first, firstBytes);

        // A file added
        Files.write(delivered.resolve("result_99.csv.gz"), firstBytes);
        VerificationReport added = service.verifyResults(location);
        assertThat(added.problems()).extracting(VerificationReport.Problem::kind).containsExactly(VerificationReport.ProblemKind.ADDED_FILE);
        assertThat(added.messages()).containsExactly("ValidationError: File result_99.csv.gz is not recorded in sign file");
        Files.delete(delivered.resolve("result_99.csv.gz"));

        // The sign file changed to match a tampered file: the signature no longer holds
        Path signFile = delivered.resolve("result_sign.json");
        String sign = Files.readString(signFile);
        Files.write(second, tampered);
        Files.writeString(signFile, sign.replace(recorded, sha256(second)));
        VerificationReport forged = service.verifyResults(location);
        assertThat(forged.problems()).extracting(VerificationReport.Problem::kind).containsExactly(VerificationReport.ProblemKind.INVALID_SIGNATURE);
        assertThat(forged.messages()).containsExactly("ValidationError: Invalid signature in sign file");
        Files.writeString(signFile, sign);
        Files.write(second, original);

        // Another key
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        VerificationReport otherKey = service.verifyResults(location, generator.generateKeyPair().getPublic());
        assertThat(otherKey.problems()).extracting(VerificationReport.Problem::kind).containsExactly(VerificationReport.ProblemKind.UNKNOWN_KEY);

        assertTarnExceptionThrownBy(() -> service.verifyResults(directory.toString()), SIGN_FILE_NOT_FOUND);
    }

    @Test
    public void testUnfinishedQueriesAreNotDelivered()
    {
        Path location = directory.resolve("bucket");
        String failed = service.startQuery(StartQueryRequest.of("SELECT missing FROM numbers").withDeliveryLocation(location.toString()));
        assertThat(service.awaitQuery(failed, WAIT).deliveryStatus()).contains(DeliveryStatus.FAILED);

        String cancelled = service.startQuery(StartQueryRequest.of(TestingQueries.SLOW).withDeliveryLocation(location.toString()));
        assertThat(service.describeQuery(cancelled).deliveryStatus()).contains(DeliveryStatus.PENDING);
        service.cancelQuery(cancelled);
        QueryInfo info = service.awaitQuery(cancelled, WAIT);
        assertThat(info.deliveryStatus()).contains(DeliveryStatus.CANCELLED);
        assertThat(info.deliveryDirectory()).isEmpty();
        assertThat(location).doesNotExist();
    }

    @Test
    public void testSigningKeyIsKeptPerLake()
            throws Exception
    {
        Files.delete(lake.metadataDirectory().resolve(ResultSigningKey.FILE_NAME));
        ResultSigningKey key = service.signingKey();
        Path file = lake.metadataDirectory().resolve(ResultSigningKey.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(key.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");

        service.close();
        service = QueryService.open(engine, lake, QueryServiceOptions.defaults());
        assertThat(service.signingKey().fingerprint()).isEqualTo(key.fingerprint());
        assertThat(ResultSigningKey.loadOrCreate(lake.metadataDirectory()).publicKeyPem()).isEqualTo(key.publicKeyPem());
    }

    private static List<String> fileNames(Path directory)
            throws IOException
    {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static String gunzip(Path file)
            throws IOException
    {
        try (InputStream input = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String sha256(Path file)
            throws Exception
    {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
