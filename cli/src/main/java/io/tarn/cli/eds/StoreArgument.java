package io.tarn.cli.eds;

import picocli.CommandLine.Parameters;

/**
 * The STORE argument of commands that work on one store.
 */
public final class StoreArgument
{
    @Parameters(index = "0", paramLabel = "STORE", description = "The event data store: its id, ARN or name.")
    private String reference;

    public String reference()
    {
        return reference;
    }
}
