package io.tarn.engine.plan;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.catalog.CatalogSnapshot;
import io.tarn.engine.exec.ExecutionContext;
import org.apache.calcite.rel.type.RelDataType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What planning one statement needs: the tables it can see, where unqualified names resolve, and the
 * query's execution context (time zone, start time) for constant folding, and the types of the parameter
 * values it is executed with, if known (an element is null for a value without a type, such as NULL).
 */
public record PlanningContext(CatalogSnapshot catalog, List<String> defaultSchemaPath, ExecutionContext execution, List<RelDataType> parameterValueTypes)
{
    public PlanningContext(CatalogSnapshot catalog, List<String> defaultSchemaPath, ExecutionContext execution)
    {
        this(catalog, defaultSchemaPath, execution, List.of());
    }

    public PlanningContext
    {
        requireNonNull(catalog, "catalog is null");
        defaultSchemaPath = ImmutableList.copyOf(requireNonNull(defaultSchemaPath, "defaultSchemaPath is null"));
        requireNonNull(execution, "execution is null");
        parameterValueTypes = Collections.unmodifiableList(new ArrayList<>(requireNonNull(parameterValueTypes, "parameterValueTypes is null")));
    }
}
