package io.tarn.engine.function;

import io.tarn.error.ErrorCodeSupplier;
import org.apache.calcite.sql.parser.SqlParserPos;

import static java.util.Objects.requireNonNull;

/**
 * A user error found while validating SQL, with the error code and the position in the text Calcite
 * parsed; the planner maps the position back to the user's text.
 */
public final class PositionedSqlException
        extends RuntimeException
{
    private final ErrorCodeSupplier errorCode;
    private final SqlParserPos position;

    public PositionedSqlException(ErrorCodeSupplier errorCode, SqlParserPos position, String message)
    {
        super(message);
        this.errorCode = requireNonNull(errorCode, "errorCode is null");
        this.position = requireNonNull(position, "position is null");
    }

    public ErrorCodeSupplier errorCode()
    {
        return errorCode;
    }

    public SqlParserPos position()
    {
        return position;
    }
}
