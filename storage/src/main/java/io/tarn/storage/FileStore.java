package io.tarn.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Plain file access at any location a lake can use (a local path or a Hadoop URI), for callers that need to
 * write or read files beside the lake, such as delivered query results. Locations are strings so that no
 * Hadoop type leaks out of storage.
 */
public interface FileStore
{
    OutputStream create(String location)
            throws IOException;

    InputStream open(String location)
            throws IOException;

    boolean exists(String location)
            throws IOException;

    /**
     * The files directly inside a directory, as full locations, sorted by name; empty when it does not exist.
     */
    List<String> list(String directory)
            throws IOException;

    void delete(String location, boolean recursive)
            throws IOException;

    /**
     * Joins a directory location and a relative path.
     */
    String resolve(String directory, String relativePath);
}
