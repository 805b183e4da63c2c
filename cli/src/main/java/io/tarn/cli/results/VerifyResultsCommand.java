package io.tarn.cli.results;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.cli.ExitCodes;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.OutputFormat;
import io.tarn.cli.OutputOptions;
import io.tarn.cli.TarnCli;
import io.tarn.cli.UserException;
import io.tarn.cli.remote.RestClient;
import io.tarn.cli.shell.TrinoShellClient;
import io.tarn.engine.service.ResultSigningKey;
import io.tarn.engine.service.ResultVerifier;
import io.tarn.server.api.QueryJson;
import io.tarn.error.TarnException;
import io.tarn.storage.Lake;
import io.tarn.storage.impl.HadoopFileStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import static io.tarn.engine.service.QueryErrorCode.RESULTS_NOT_VALID;

/**
 * {@code tarn verify-results}: checks delivered query results as {@code aws cloudtrail verify-query-results}
 * does (spec 4.9).
 */
@Command(
        name = "verify-results",
        mixinStandardHelpOptions = true,
        description = {
                "Check delivered query results: the signature of result_sign.json and the SHA-256 of every result file it lists.",
                "Says which file was altered, is missing or was added. Exit status 0 when all is valid, 1 when not. "
                        + "Without --public-key the lake's own key is used (the lake must exist); with --server the server checks "
                        + "with its key (verify-query-results)."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn verify-results /srv/results/AWSLogs/123456789012/CloudTrail-Lake/Query/2024/03/01/0b5b7c3e-9a51-4bd4-8b1e-2a3a27e3e8a2",
                "  tarn keys export > tarn-results.pem   # then, anywhere:",
                "  tarn verify-results hdfs://namenode/results/AWSLogs/.../0b5b7c3e-9a51-4bd4-8b1e-2a3a27e3e8a2 --public-key tarn-results.pem",
                "  tarn verify-results --server http://tarn.internal:8080 /srv/results/AWSLogs/.../0b5b7c3e-9a51-4bd4-8b1e-2a3a27e3e8a2"})
public final class VerifyResultsCommand
        implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    private static final String PATH = "/query-results/verify";

    @Parameters(index = "0", paramLabel = "LOCATION", description = "The directory holding result_sign.json and the result files: a local path or a Hadoop URI.")
    private String location;

    @Option(names = "--public-key", paramLabel = "FILE", description = "The PEM public key to check with, as 'tarn keys export' prints it.")
    private Path publicKey;

    @Option(names = "--server", paramLabel = "URL",
            description = "Have a running 'tarn serve' at this URL check results it can read, with its own key (LOCATION is then a path or URI "
                    + "on the server); a bearer token is taken from $" + TrinoShellClient.TOKEN_VARIABLE + ".")
    private String server;

    @Override
    public Integer call()
    {
        TarnCli tarn = (TarnCli) spec.root().userObject();
        JsonNode report;
        if (server != null) {
            if (publicKey != null) {
                throw new UserException("--public-key checks results readable here; with --server the server checks with its own key: drop one of them");
            }
            report = RestClient.connect(server, tarn).post(PATH, JsonOutput.object().put("Location", location));
        }
        else if (publicKey != null) {
            String pem;
            try {
                pem = Files.readString(publicKey, StandardCharsets.US_ASCII);
            }
            catch (IOException e) {
                throw new UserException("Cannot read the public key '" + publicKey + "': " + e.getMessage());
            }
            report = QueryJson.verification(ResultVerifier.verify(HadoopFileStore.local(), location, ResultSigningKey.parsePublicKey(pem)));
        }
        else {
            try (Lake lake = tarn.openLake(false)) {
                report = QueryJson.verification(ResultVerifier.verify(lake.files(), location, ResultSigningKey.loadOrCreate(lake.metadataDirectory()).publicKey()));
            }
        }
        print(spec.commandLine().getOut(), output.format(), report);
        if (!report.path("Valid").asBoolean()) {
            spec.commandLine().getOut().flush();
            int problems = report.path("Problems").size();
            throw new TarnException(RESULTS_NOT_VALID, "The query results at '" + location + "' are not valid: " + problems
                    + (problems == 1 ? " problem" : " problems"));
        }
        return ExitCodes.SUCCESS;
    }

    /**
     * Prints the report as verify-query-results answers it ({@code QueryJson.verification}), from this process or
     * from a server.
     */
    private static void print(PrintWriter out, OutputFormat format, JsonNode report)
    {
        switch (format) {
            case TEXT -> report.path("Messages").forEach(message -> out.println(message.asText()));
            case JSON -> JsonOutput.print(out, report);
        }
    }
}
