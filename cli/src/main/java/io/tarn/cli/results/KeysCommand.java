package io.tarn.cli.results;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.cli.CommandGroup;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.LakeCommand;
import io.tarn.cli.OutputFormat;
import io.tarn.cli.remote.RestClient;
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
        footer = {
                "  tarn keys export > tarn-results.pem",
                "  tarn keys export --server http://tarn.internal:8080 > tarn-results.pem"})
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
            print(key.publicKeyPem(), key.fingerprint(), ResultSigningKey.SIGNATURE_ALGORITHM);
        }

        /**
         * The server's key from ListPublicKeys, printed as the local key is.
         */
        @Override
        protected void run(RestClient server)
        {
            JsonNode key = server.get("/public-keys").path("PublicKeyList").path(0);
            print(key.path("Pem").asText(), key.path("Fingerprint").asText(), key.path("SignatureAlgorithm").asText());
        }

        private void print(String pem, String fingerprint, String algorithm)
        {
            if (outputFormat() == OutputFormat.JSON) {
                JsonOutput.print(out(), JsonOutput.object()
                        .put("PublicKey", pem)
                        .put("Fingerprint", fingerprint)
                        .put("SignatureAlgorithm", algorithm));
                return;
            }
            out().print(pem);
        }
    }
}
