package io.tarn.engine.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarn.error.TarnException;
import io.tarn.storage.FileStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.tarn.engine.service.QueryErrorCode.INVALID_SIGN_FILE;
import static io.tarn.engine.service.QueryErrorCode.RESULT_STORAGE_ERROR;
import static io.tarn.engine.service.QueryErrorCode.SIGN_FILE_NOT_FOUND;
import static io.tarn.engine.service.VerificationReport.ProblemKind.ADDED_FILE;
import static io.tarn.engine.service.VerificationReport.ProblemKind.ALTERED_FILE;
import static io.tarn.engine.service.VerificationReport.ProblemKind.INVALID_SIGNATURE;
import static io.tarn.engine.service.VerificationReport.ProblemKind.MISSING_FILE;
import static io.tarn.engine.service.VerificationReport.ProblemKind.UNKNOWN_KEY;

/**
 * Checks a delivered result set as {@code aws cloudtrail verify-query-results} does (spec 4.9): the sign
 * file's signature over its hashes, with the public key, then the SHA-256 of every listed file; and, going
 * further than Lake, that no unlisted file was added beside them. The location is the directory holding
 * {@value ResultDelivery#SIGN_FILE}.
 */
public final class ResultVerifier
{
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultVerifier() {}

    public static VerificationReport verify(FileStore files, String location, PublicKey publicKey)
    {
        String signLocation = files.resolve(location, ResultDelivery.SIGN_FILE);
        JsonNode sign;
        Map<String, String> present = new LinkedHashMap<>();
        try {
            if (!files.exists(signLocation)) {
                throw new TarnException(SIGN_FILE_NOT_FOUND, "No sign file " + ResultDelivery.SIGN_FILE + " at '" + location + "'");
            }
            try (InputStream input = files.open(signLocation)) {
                sign = JSON.readTree(input);
            }
            for (String file : files.list(location)) {
                present.put(file.substring(file.lastIndexOf('/') + 1), file);
            }
        }
        catch (IOException e) {
            throw new TarnException(RESULT_STORAGE_ERROR, "Cannot read the result set at '" + location + "': " + e.getMessage(), e);
        }
        Map<String, String> recorded = recordedHashes(sign);

        List<VerificationReport.Problem> problems = new ArrayList<>();
        String fingerprint = text(sign, "publicKeyFingerprint");
        String keyFingerprint = ResultSigningKey.fingerprint(publicKey);
        if (!fingerprint.equals(keyFingerprint)) {
            problems.add(new VerificationReport.Problem(UNKNOWN_KEY, Optional.empty(),
                    "ValidationError: The sign file was signed with the key of fingerprint " + fingerprint + ", not with the given key of fingerprint " + keyFingerprint));
        }
        else if (!ResultSigningKey.verify(publicKey, ResultDelivery.signingString(List.copyOf(recorded.values())), text(sign, "hashSignature"))) {
            problems.add(new VerificationReport.Problem(INVALID_SIGNATURE, Optional.empty(), "ValidationError: Invalid signature in sign file"));
        }
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, String> entry : recorded.entrySet()) {
            String fileName = entry.getKey();
            String fileLocation = present.get(fileName);
            if (fileLocation == null) {
                problems.add(new VerificationReport.Problem(MISSING_FILE, Optional.of(fileName),
                        "ValidationError: File " + fileName + " is recorded in sign file but is missing"));
                continue;
            }
            String computed = hash(files, fileLocation);
            checked.add(fileName);
            if (!computed.equals(entry.getValue())) {
                problems.add(new VerificationReport.Problem(ALTERED_FILE, Optional.of(fileName),
                        "ValidationError: \"File " + fileName + " has inconsistent hash value with hash value recorded in sign file, hash value in sign file is "
                                + entry.getValue() + ", but get " + computed));
            }
        }
        for (String fileName : present.keySet()) {
            if (!fileName.equals(ResultDelivery.SIGN_FILE) && !recorded.containsKey(fileName)) {
                problems.add(new VerificationReport.Problem(ADDED_FILE, Optional.of(fileName),
                        "ValidationError: File " + fileName + " is not recorded in sign file"));
            }
        }
        List<String> messages = problems.isEmpty()
                ? List.of(VerificationReport.SUCCESS_MESSAGE)
                : problems.stream().map(VerificationReport.Problem::message).toList();
        return new VerificationReport(location, problems, checked, messages);
    }

    private static Map<String, String> recordedHashes(JsonNode sign)
    {
        JsonNode fileNodes = sign.get("files");
        if (fileNodes == null || !fileNodes.isArray()) {
            throw new TarnException(INVALID_SIGN_FILE, "The sign file has no 'files' list");
        }
        Map<String, String> recorded = new LinkedHashMap<>();
        for (JsonNode file : fileNodes) {
            recorded.put(text(file, "fileName"), text(file, "fileHashValue"));
        }
        return recorded;
    }

    private static String text(JsonNode node, String field)
    {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new TarnException(INVALID_SIGN_FILE, "The sign file has no '" + field + "'");
        }
        return value.textValue();
    }

    private static String hash(FileStore files, String location)
    {
        try (InputStream input = new DigestInputStream(files.open(location), MessageDigest.getInstance(ResultDelivery.HASH_ALGORITHM))) {
            input.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) input).getMessageDigest().digest());
        }
        catch (IOException e) {
            throw new TarnException(RESULT_STORAGE_ERROR, "Cannot read '" + location + "': " + e.getMessage(), e);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
