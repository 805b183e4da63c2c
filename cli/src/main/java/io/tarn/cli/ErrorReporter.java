package io.tarn.cli;

import io.tarn.error.TarnException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.util.function.BooleanSupplier;

import static java.util.Objects.requireNonNull;

/**
 * Reports errors on standard error as {@code tarn: <message> [<ERROR_CODE>]} and chooses the exit status
 * ({@link ExitCodes}). Stack traces appear only with {@code --debug}.
 */
final class ErrorReporter
{
    private final BooleanSupplier debug;

    ErrorReporter(BooleanSupplier debug)
    {
        this.debug = requireNonNull(debug, "debug is null");
    }

    int reportUsageError(ParameterException exception, String[] args)
    {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("tarn: " + exception.getMessage());
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        printStackTrace(exception, err);
        return ExitCodes.USAGE_ERROR;
    }

    int reportFailure(Exception exception, CommandLine commandLine, ParseResult parseResult)
    {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof TarnException tarnException) {
            err.println("tarn: " + tarnException.getMessage() + " [" + tarnException.getErrorCode().name() + "]");
            printStackTrace(exception, err);
            return ExitCodes.of(tarnException.getErrorCode().type());
        }
        if (exception instanceof UserException) {
            err.println("tarn: " + exception.getMessage());
            printStackTrace(exception, err);
            return ExitCodes.USER_ERROR;
        }
        err.println("tarn: internal error: " + exception + (debug.getAsBoolean() ? "" : " (run with --debug to see where)"));
        printStackTrace(exception, err);
        return ExitCodes.INTERNAL_ERROR;
    }

    private void printStackTrace(Exception exception, PrintWriter err)
    {
        if (debug.getAsBoolean()) {
            exception.printStackTrace(err);
        }
    }
}
