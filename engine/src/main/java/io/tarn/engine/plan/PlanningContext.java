package io.tarn.engine.plan;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.catalog.CatalogSnapshot;
import io.tarn.engine.exec.ExecutionContext;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What planning one statement needs: the tables it can see, where unqualified names resolve, and the
 * query's execution context (time zone, start time) for constant folding.
 */
public record PlanningContext(CatalogSnapshot catalog, List<String> defaultSchemaPath, ExecutionContext execution)
{
    public PlanningContext
    {
        requireNonNull(catalog, "catalog is null");
        defaultSchemaPath = ImmutableList.copyOf(requireNonNull(defaultSchemaPath, "defaultSchemaPath is null"));
        requireNonNull(execution, "execution is null");
    }
}
