package io.tarn.engine.service;

import io.tarn.error.TarnException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.tarn.engine.service.QueryErrorCode.INVALID_PUBLIC_KEY;
import static io.tarn.engine.service.QueryErrorCode.SIGNING_KEY_ERROR;
import static java.util.Objects.requireNonNull;

/**
 * The lake's key pair for signing delivered query results (spec 4.9): RSA 2048, made the first time it is
 * needed and kept in the metadata directory as {@value #FILE_NAME} (a PKCS #8 PEM private key readable by
 * its owner only; the public key is derived from it). Several processes may ask at once: each writes a
 * candidate to a temporary file and links it into place only if no key exists, so all end up with one key.
 *
 * <p>The fingerprint in {@code result_sign.json} is the MD5 of the public key's DER encoding (X.509
 * SubjectPublicKeyInfo, as {@link #publicKeyPem()} exports it), in lower-case hex: 32 characters, like the
 * spec's example. Signatures are SHA256withRSA, hex-encoded.
 */
public final class ResultSigningKey
{
    public static final String FILE_NAME = "query-results-signing-key.pem";
    public static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private ResultSigningKey(PrivateKey privateKey, PublicKey publicKey)
    {
        this.privateKey = requireNonNull(privateKey, "privateKey is null");
        this.publicKey = requireNonNull(publicKey, "publicKey is null");
    }

    public static ResultSigningKey loadOrCreate(Path metadataDirectory)
    {
        Path file = metadataDirectory.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return load(file);
        }
        catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new TarnException(SIGNING_KEY_ERROR, "Cannot load the result signing key " + file + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path file)
            throws IOException, GeneralSecurityException
    {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        String pem = toPem("PRIVATE KEY", pair.getPrivate().getEncoded());
        Path temporary = Files.createTempFile(file.getParent(), ".signing-key-", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the directory's permissions protect the key
            }
            Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
            try {
                Files.createLink(file, temporary);
            }
            catch (FileAlreadyExistsException e) {
                // Another process made the key first; use its key
            }
            catch (UnsupportedOperationException e) {
                moveIfAbsent(temporary, file);
            }
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void moveIfAbsent(Path temporary, Path file)
            throws IOException
    {
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file);
        }
    }

    private static ResultSigningKey load(Path file)
            throws IOException, GeneralSecurityException
    {
        byte[] der = fromPem(Files.readString(file, StandardCharsets.US_ASCII), "PRIVATE KEY");
        KeyFactory factory = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(der));
        PublicKey publicKey = factory.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        return new ResultSigningKey(privateKey, publicKey);
    }

    public PublicKey publicKey()
    {
        return publicKey;
    }

    public String fingerprint()
    {
        return fingerprint(publicKey);
    }

    public String publicKeyPem()
    {
        return toPem("PUBLIC KEY", publicKey.getEncoded());
    }

    /**
     * The hex SHA256withRSA signature of the text's UTF-8 bytes.
     */
    public String sign(String text)
    {
        try {
            Signature signature = Signature.getInstance(SIGNATURE_ALGORITHM);
            signature.initSign(privateKey);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(signature.sign());
        }
        catch (GeneralSecurityException e) {
            throw new TarnException(SIGNING_KEY_ERROR, "Cannot sign query results: " + e.getMessage(), e);
        }
    }

    public static boolean verify(PublicKey publicKey, String text, String hexSignature)
    {
        try {
            Signature signature = Signature.getInstance(SIGNATURE_ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(HexFormat.of().parseHex(hexSignature));
        }
        catch (IllegalArgumentException | GeneralSecurityException e) {
            // Not hex, or not a signature of this key's size
            return false;
        }
    }

    public static String fingerprint(PublicKey publicKey)
    {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(publicKey.getEncoded()));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
    }

    /**
     * Reads a PEM public key ({@code -----BEGIN PUBLIC KEY-----}), as {@link #publicKeyPem()} writes it.
     */
    public static PublicKey parsePublicKey(String pem)
    {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(fromPem(pem, "PUBLIC KEY")));
        }
        catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new TarnException(INVALID_PUBLIC_KEY, "Not an RSA public key in PEM form (-----BEGIN PUBLIC KEY-----): " + e.getMessage(), e);
        }
    }

    private static String toPem(String type, byte[] der)
    {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] fromPem(String pem, String type)
    {
        Matcher matcher = PEM.matcher(pem);
        if (!matcher.find() || !matcher.group(1).equals(type)) {
            throw new IllegalArgumentException("no " + type + " block");
        }
        return Base64.getMimeDecoder().decode(matcher.group(2));
    }
}
