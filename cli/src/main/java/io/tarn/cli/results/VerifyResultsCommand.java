package io.tarn.cli.results;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.cli.ExitCodes;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.OutputFormat;
import io.tarn.cli.OutputOptions;
import io.tarn.cli.TarnCli;
import io.tarn.cli.UserException;
import io.tarn.engine.service.ResultSigningKey;
import io.tarn.engine.service.ResultVerifier;
import io.tarn.engine.service.VerificationReport;
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
                        + "Without --public-key the lake's own key is used (the lake must exist)."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn verify-results /srv/results/AWSLogs/123456789012/CloudTrail-Lake/Query/2024/03/01/0b5b7c3e-9a51-4bd4-8b1e-2a3a27e3e8a2",
                "  tarn keys export > tarn-results.pem   # then, anywhere:",
                "  tarn verify-results hdfs://namenode/results/AWSLogs/.../0b5b7c3e-9a51-4bd4-8b1e-2a3a27e3e8a2 --public-key tarn-results.pem"})
public final class VerifyResultsCommand
        implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Parameters(index = "0", paramLabel = "LOCATION", description = "The directory holding result_sign.json and the result files: a local path or a Hadoop URI.")
    private String location;

    @Option(names = "--public-key", paramLabel = "FILE", description = "The PEM public key to check with, as 'tarn keys export' prints it.")
    private Path publicKey;

    @Override
    public Integer call()
    {
        VerificationReport report;
        if (publicKey != null) {
            String pem;
            try {
                pem = Files.readString(publicKey, StandardCharsets.US_ASCII);
            }
            catch (IOException e) {
                throw new UserException("Cannot read the public key '" + publicKey + "': " + e.getMessage());
            }
            report = ResultVerifier.verify(HadoopFileStore.local(), location, ResultSigningKey.parsePublicKey(pem));
        }
        else {
            TarnCli tarn = (TarnCli) spec.root().userObject();
            try (Lake lake = tarn.openLake(false)) {
                report = ResultVerifier.verify(lake.files(), location, ResultSigningKey.loadOrCreate(lake.metadataDirectory()).publicKey());
            }
        }
        print(spec.commandLine().getOut(), output.format(), report);
        if (!report.valid()) {
            spec.commandLine().getOut().flush();
            throw new TarnException(RESULTS_NOT_VALID, "The query results at '" + location + "' are not valid: " + report.problems().size()
                    + (report.problems().size() == 1 ? " problem" : " problems"));
        }
        return ExitCodes.SUCCESS;
    }

    private static void print(PrintWriter out, OutputFormat format, VerificationReport report)
    {
        switch (format) {
            case TEXT -> report.messages().forEach(out::println);
            case JSON -> {
                ObjectNode node = JsonOutput.object();
                node.put("Location", report.location());
                node.put("Valid", report.valid());
                ArrayNode messages = node.putArray("Messages");
                report.messages().forEach(messages::add);
                ArrayNode problems = node.putArray("Problems");
                for (VerificationReport.Problem problem : report.problems()) {
                    ObjectNode entry = problems.addObject();
                    entry.put("Kind", problem.kind().name());
                    problem.fileName().ifPresent(name -> entry.put("FileName", name));
                    entry.put("Message", problem.message());
                }
                ArrayNode checked = node.putArray("CheckedFiles");
                report.checkedFiles().forEach(checked::add);
                JsonOutput.print(out, node);
            }
        }
    }
}
