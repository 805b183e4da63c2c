package io.tarn.storage.impl;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Points the SQLite driver at a copy of its native library kept in a directory across processes, when the
 * system property {@value #DIRECTORY_PROPERTY} names one (the {@code tarn} launchers do). Without it the
 * driver writes its 1 MB library to a new temporary file on every start and compares it with the jar's
 * byte by byte, which took a sixth of the main thread's CPU in the first query of a new {@code tarn query}
 * process. The copy is extracted once per driver version, operating system and architecture, written to a
 * private file and renamed, so that concurrent processes never load a half-written library. When anything
 * fails here, or the driver cannot load the copy, the driver extracts its library as it always does.
 */
public final class SqliteNativeLibrary
{
    public static final String DIRECTORY_PROPERTY = "tarn.native.dir";
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private static boolean prepared;

    private SqliteNativeLibrary() {}

    /**
     * Sets the driver's library path and name to the kept copy, extracting it first if it is missing; does
     * nothing without {@value #DIRECTORY_PROPERTY} or when the driver's path is already set. Must run before
     * the first SQLite connection of the process.
     */
    public static synchronized void useKeptCopy()
    {
        if (prepared) {
            return;
        }
        prepared = true;
        String directory = System.getProperty(DIRECTORY_PROPERTY);
        if (directory == null || directory.isBlank() || System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        try {
            // Not named "sqlite-<version>...": the driver deletes such files from its temporary directory
            String folderName = ("sqlitejdbc-" + SQLiteJDBCLoader.getVersion() + "-" + System.getProperty("os.name") + "-" + System.getProperty("os.arch"))
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9._-]", "_");
            Path folder = Path.of(directory).resolve(folderName);
            String libraryName = LibraryLoaderUtil.getNativeLibName();
            Path library = folder.resolve(libraryName);
            if (!Files.isRegularFile(library) && !extract(folder, library)) {
                return;
            }
            System.setProperty(PATH_PROPERTY, folder.toString());
            System.setProperty(NAME_PROPERTY, libraryName);
        }
        catch (IOException | UncheckedIOException | SecurityException | IllegalArgumentException e) {
            // The driver extracts its library itself
        }
    }

    /**
     * Copies the driver's library for this platform from its jar; false when the jar has none.
     */
    private static boolean extract(Path folder, Path library)
            throws IOException
    {
        // Finding the platform's folder in the jar may start a process (uname), so it is done only here
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + library.getFileName();
        try (InputStream input = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (input == null) {
                return false;
            }
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, library.getFileName().toString(), ".partial");
            try {
                Files.copy(input, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            finally {
                Files.deleteIfExists(partial);
            }
        }
        return true;
    }
}
