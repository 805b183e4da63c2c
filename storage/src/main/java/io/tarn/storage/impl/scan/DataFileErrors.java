package io.tarn.storage.impl.scan;

import io.tarn.error.TarnException;

import java.io.EOFException;
import java.io.FileNotFoundException;

import static io.tarn.storage.StorageErrorCode.CORRUPT_DATA_FILE;
import static io.tarn.storage.StorageErrorCode.STORAGE_IO_ERROR;

/**
 * Turns a failure to read a data file into a {@link TarnException} naming the file: missing or unreadable
 * ({@code STORAGE_IO_ERROR}) or not valid ORC of the store's schema ({@code CORRUPT_DATA_FILE}).
 */
final class DataFileErrors
{
    private DataFileErrors() {}

    static TarnException missing(String file, String storeId, Throwable cause)
    {
        return new TarnException(STORAGE_IO_ERROR, "Data file '" + file + "' of event data store '" + storeId + "' is missing", cause);
    }

    static TarnException translate(String file, Throwable failure)
    {
        if (failure instanceof TarnException tarn) {
            return tarn;
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof FileNotFoundException) {
                break;
            }
            root = root.getCause();
        }
        if (root instanceof FileNotFoundException) {
            return new TarnException(STORAGE_IO_ERROR, "Data file '" + file + "' is missing", failure);
        }
        if (isCorruption(root)) {
            return new TarnException(CORRUPT_DATA_FILE, "Data file '" + file + "' is corrupt: " + root.getMessage(), failure);
        }
        return new TarnException(STORAGE_IO_ERROR, "Cannot read data file '" + file + "': " + root.getMessage(), failure);
    }

    /**
     * Whether the file's content is at fault rather than the file system: the file ends before ORC's
     * metadata says it does, or ORC itself (or a decoder it calls) rejected what it read. Failures raised
     * by the file system come from Hadoop or the JDK and are I/O errors.
     */
    private static boolean isCorruption(Throwable root)
    {
        if (root instanceof EOFException || root instanceof RuntimeException) {
            return true;
        }
        StackTraceElement[] stack = root.getStackTrace();
        if (stack.length == 0) {
            return false;
        }
        String thrower = stack[0].getClassName();
        return thrower.startsWith("org.apache.orc.") || thrower.startsWith("com.github.luben.zstd.");
    }
}
