package io.tarn.storage.impl;

import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;

/**
 * The lake implementation: wires the catalog, ingestion, scans and maintenance together.
 */
public final class DefaultLake
{
    private DefaultLake() {}

    public static Lake open(LakeOptions options)
    {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
