package io.tarn.server.http;

import com.google.common.collect.ImmutableMap;
import io.tarn.error.TarnException;
import io.tarn.server.ServerErrorCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The bearer tokens a server accepts, read from a token file: one token per line as {@code NAME TOKEN},
 * where {@code NAME} (letters, digits, {@code . _ @ -}) names who holds the token in the request log and
 * {@code TOKEN} is at least 16 characters without spaces; blank lines and lines starting with {@code #} are
 * ignored. Tokens are kept only as SHA-256 hashes and compared by hash. The file is read again when it
 * changes (checked at most once a second), so tokens can be added and revoked without a restart; a file
 * that becomes unreadable or malformed keeps the last good tokens, and a deleted file revokes all tokens.
 */
public final class AccessTokens
{
    public static final int MINIMUM_TOKEN_LENGTH = 16;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]+");
    private static final long RECHECK_NANOS = 1_000_000_000L;

    private final Path file;
    private final Consumer<String> log;
    private volatile Map<String, String> namesByHash;
    private volatile FileTime modified;
    private volatile long lastCheckNanos;

    private AccessTokens(Path file, Consumer<String> log, Map<String, String> namesByHash, FileTime modified)
    {
        this.file = requireNonNull(file, "file is null");
        this.log = requireNonNull(log, "log is null");
        this.namesByHash = ImmutableMap.copyOf(namesByHash);
        this.modified = modified;
        this.lastCheckNanos = System.nanoTime();
    }

    /**
     * Reads the token file; a missing or malformed file is {@code INVALID_REQUEST} naming the line.
     */
    public static AccessTokens load(Path file, Consumer<String> log)
    {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return new AccessTokens(file, log, parse(file, Files.readAllLines(file, StandardCharsets.UTF_8)), modified);
        }
        catch (NoSuchFileException e) {
            throw new TarnException(ServerErrorCode.INVALID_REQUEST, "Token file " + file + " does not exist");
        }
        catch (IOException e) {
            throw new TarnException(ServerErrorCode.INVALID_REQUEST, "Cannot read token file " + file + ": " + e.getMessage());
        }
    }

    public Path file()
    {
        return file;
    }

    /**
     * The name of the token's holder, or empty when the token is not known.
     */
    public Optional<String> authenticate(String token)
    {
        refresh();
        return Optional.ofNullable(namesByHash.get(hash(token)));
    }

    public int size()
    {
        return namesByHash.size();
    }

    private void refresh()
    {
        long now = System.nanoTime();
        if (now - lastCheckNanos < RECHECK_NANOS) {
            return;
        }
        synchronized (this) {
            if (now - lastCheckNanos < RECHECK_NANOS) {
                return;
            }
            lastCheckNanos = now;
            try {
                FileTime current = Files.getLastModifiedTime(file);
                if (current.equals(modified)) {
                    return;
                }
                namesByHash = ImmutableMap.copyOf(parse(file, Files.readAllLines(file, StandardCharsets.UTF_8)));
                modified = current;
                log.accept("Token file " + file + " changed: " + namesByHash.size() + " tokens");
            }
            catch (NoSuchFileException e) {
                if (!namesByHash.isEmpty()) {
                    log.accept("Token file " + file + " was deleted: every token is revoked");
                }
                namesByHash = Map.of();
                modified = null;
            }
            catch (IOException | TarnException e) {
                log.accept("Token file " + file + " not reloaded, keeping the previous tokens: " + e.getMessage());
            }
        }
    }

    private static Map<String, String> parse(Path file, List<String> lines)
    {
        ImmutableMap.Builder<String, String> tokens = ImmutableMap.builder();
        Set<String> hashes = new HashSet<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            String where = "Token file " + file + ", line " + (index + 1);
            if (parts.length != 2) {
                throw new TarnException(ServerErrorCode.INVALID_REQUEST, where + ": expected 'NAME TOKEN'");
            }
            if (!NAME.matcher(parts[0]).matches()) {
                throw new TarnException(ServerErrorCode.INVALID_REQUEST, where + ": a name has letters, digits, '.', '_', '@' or '-' only");
            }
            if (parts[1].length() < MINIMUM_TOKEN_LENGTH) {
                throw new TarnException(ServerErrorCode.INVALID_REQUEST, where + ": a token has at least " + MINIMUM_TOKEN_LENGTH + " characters");
            }
            String hash = hash(parts[1]);
            if (!hashes.add(hash)) {
                throw new TarnException(ServerErrorCode.INVALID_REQUEST, where + ": the token appears twice");
            }
            tokens.put(hash, parts[0]);
        }
        return tokens.buildOrThrow();
    }

    private static String hash(String token)
    {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
