package io.tarn.cli.shell;

import static java.util.Objects.requireNonNull;

/**
 * What the shell keeps of the last query for {@code \stats}.
 *
 * @param status {@code FINISHED}, {@code CANCELLED} or {@code FAILED}
 */
record LastQuery(String statement, String status, long rows, QueryProgress progress)
{
    LastQuery
    {
        requireNonNull(statement, "statement is null");
        requireNonNull(status, "status is null");
        requireNonNull(progress, "progress is null");
    }
}
