package io.tarn.cli.results;

import io.tarn.cli.CommandGroup;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.LakeCommand;
import io.tarn.cli.OutputFormat;
import io.tarn.engine.service.ResultSigningKey;
import io.tarn.storage.Lake;
import picocli.CommandLine.Command;

/**
 * {@code tarn keys}: the lake's key pair for signing delivered query results.
 */
@Command(
        name = "keys",
        mixinStandardHelpOptions = true,
        description = "The lake's key pair for signing delivered query results (made when first needed; the private key never leaves the lake's metadata directory).",
        subcommands = KeysCommand.ExportCommand.class,
        footerHeading = "%nExamples:%n",
        footer = "  tarn keys export > tarn-results.pem")
public final class KeysCommand
        extends CommandGroup
{
    /**
     * {@code tarn keys export}: the public key in PEM, for checking results away from the lake.
     */
    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                    "Print the public key that checks delivered results, in PEM (X.509 SubjectPublicKeyInfo).",
                    "Its fingerprint (MD5 of the DER key, in hex) is the publicKeyFingerprint of result_sign.json."},
            footerHeading = "%nExamples:%n",
            footer = {
                    "  tarn keys export > tarn-results.pem",
                    "  tarn keys export --output json"})
    static final class ExportCommand
            extends LakeCommand
    {
        @Override
        protected void run(Lake lake)
        {
            ResultSigningKey key = ResultSigningKey.loadOrCreate(lake.metadataDirectory());
            if (outputFormat() == OutputFormat.JSON) {
                JsonOutput.print(out(), JsonOutput.object()
                        .put("PublicKey", key.publicKeyPem())
                        .put("Fingerprint", key.fingerprint())
                        .put("SignatureAlgorithm", ResultSigningKey.SIGNATURE_ALGORITHM));
                return;
            }
            out().print(key.publicKeyPem());
        }
    }
}
