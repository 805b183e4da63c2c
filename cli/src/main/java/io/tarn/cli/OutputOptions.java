package io.tarn.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --output} option every command has.
 */
public final class OutputOptions
{
    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    public OutputFormat format()
    {
        return format;
    }
}
