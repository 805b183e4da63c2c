package io.tarn.cli.saved;

import io.tarn.cli.UserException;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The SQL of a saved query, given inline or in a file.
 */
final class SqlOptions
{
    @Option(names = "--sql", paramLabel = "SQL", description = "The statement; :name marks a parameter (FROM :eds, eventTime > :start).")
    private String sql;

    @Option(names = "--sql-file", paramLabel = "FILE", description = "Read the statement from a file.")
    private Path file;

    Optional<String> sql()
    {
        if (sql != null && file != null) {
            throw new UserException("Give --sql or --sql-file, not both");
        }
        if (file != null) {
            try {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
            }
            catch (IOException e) {
                throw new UserException("Cannot read '" + file + "': " + e.getMessage());
            }
        }
        return Optional.ofNullable(sql);
    }
}
