package io.tarn.engine.service;

import com.google.common.collect.ImmutableList;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The outcome of checking a delivered result set (spec 4.9): valid when the sign file's signature holds and
 * every file it lists is present, unchanged, and alone.
 *
 * @param messages one line per finding, in Lake's words where Lake has them
 */
public record VerificationReport(String location, List<Problem> problems, List<String> checkedFiles, List<String> messages)
{
    public static final String SUCCESS_MESSAGE = "Successfully validated sign and query result files";

    public VerificationReport
    {
        requireNonNull(location, "location is null");
        problems = ImmutableList.copyOf(requireNonNull(problems, "problems is null"));
        checkedFiles = ImmutableList.copyOf(requireNonNull(checkedFiles, "checkedFiles is null"));
        messages = ImmutableList.copyOf(requireNonNull(messages, "messages is null"));
    }

    public boolean valid()
    {
        return problems.isEmpty();
    }

    /**
     * What is wrong with the result set, and with which file.
     */
    public enum ProblemKind
    {
        /** The public key that signed the files is not the one given. */
        UNKNOWN_KEY,
        /** The signature does not match the hashes in the sign file. */
        INVALID_SIGNATURE,
        /** A result file's content does not match its recorded hash. */
        ALTERED_FILE,
        /** A result file listed in the sign file is gone. */
        MISSING_FILE,
        /** A file is in the result set that the sign file does not list. */
        ADDED_FILE,
    }

    /**
     * One finding: its kind, the file concerned (none for the signature) and its message.
     */
    public record Problem(ProblemKind kind, Optional<String> fileName, String message)
    {
        public Problem
        {
            requireNonNull(kind, "kind is null");
            requireNonNull(fileName, "fileName is null");
            requireNonNull(message, "message is null");
        }
    }
}
