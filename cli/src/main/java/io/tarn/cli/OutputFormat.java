package io.tarn.cli;

/**
 * How a command prints its result: aligned text for people, or JSON with Lake's field names for programs.
 */
public enum OutputFormat
{
    TEXT,
    JSON,
}
