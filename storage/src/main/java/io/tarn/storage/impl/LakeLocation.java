package io.tarn.storage.impl;

import io.tarn.error.TarnException;
import io.tarn.storage.LakeOptions;
import org.apache.hadoop.fs.Path;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.tarn.storage.StorageErrorCode.INVALID_PARAMETER;
import static java.util.Objects.requireNonNull;

/**
 * Where a lake lives: its root as a Hadoop path and the local directory of its catalog database.
 *
 * <p>A location without a URI scheme is a local path, relative to the working directory or absolute; a
 * {@code file:} URI must be absolute. Any other scheme ({@code hdfs:}, {@code s3a:}, ...) is handed to Hadoop.
 * The catalog is a SQLite file and needs a local disk, so a lake that is not local must be given a metadata
 * directory; a local lake keeps its catalog in its own directory unless told otherwise.
 *
 * @param root the absolute root, e.g. {@code file:/var/lib/tarn/lake} or {@code hdfs://namenode/lake}
 */
public record LakeLocation(Path root, boolean local, java.nio.file.Path metadataDirectory)
{
    // A scheme has at least two characters, so that a Windows drive ("C:\lake") reads as a local path.
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):");

    public LakeLocation
    {
        requireNonNull(root, "root is null");
        requireNonNull(metadataDirectory, "metadataDirectory is null");
    }

    public static LakeLocation resolve(LakeOptions options)
    {
        String location = options.location();
        if (location.isBlank()) {
            throw new TarnException(INVALID_PARAMETER, "The lake location is empty");
        }
        Path root = toHadoopPath(location);
        boolean local = isLocal(root);
        java.nio.file.Path metadataDirectory = options.metadataDirectory()
                .or(() -> local ? Optional.of(java.nio.file.Path.of(root.toUri())) : Optional.empty())
                .orElseThrow(() -> new TarnException(INVALID_PARAMETER, "The lake at '" + location + "' is not on the local file system, so it needs a metadata "
                        + "directory: a local directory for its catalog database"));
        return new LakeLocation(root, local, metadataDirectory.toAbsolutePath().normalize());
    }

    /**
     * A location as an absolute Hadoop path: a location without a scheme is a local path.
     */
    public static Path toHadoopPath(String location)
    {
        Matcher scheme = SCHEME.matcher(location);
        if (!scheme.find()) {
            return new Path(java.nio.file.Path.of(location).toAbsolutePath().normalize().toUri());
        }
        if (scheme.group(1).equalsIgnoreCase("file")) {
            // file:/path or file:///path; Hadoop keeps local paths unencoded, as they are typed
            String path = location.substring(scheme.end());
            if (path.startsWith("///")) {
                path = path.substring(2);
            }
            if (!path.startsWith("/") || path.startsWith("//")) {
                throw new TarnException(INVALID_PARAMETER, "Location '" + location + "' must be an absolute local path such as file:/var/lib/tarn/lake");
            }
            return new Path("file", null, java.nio.file.Path.of(path).normalize().toString());
        }
        URI uri;
        try {
            uri = new Path(location).toUri();
        }
        catch (IllegalArgumentException e) {
            throw new TarnException(INVALID_PARAMETER, "Location '" + location + "' is not a valid URI: " + e.getMessage());
        }
        if (uri.getPath() == null || uri.getPath().isEmpty()) {
            return new Path(uri.getScheme(), uri.getAuthority(), "/");
        }
        return new Path(uri);
    }

    public static boolean isLocal(Path path)
    {
        return "file".equalsIgnoreCase(path.toUri().getScheme());
    }
}
