package io.tarn.engine.exec.aggregation;

import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.engine.exec.expression.CastExpression;
import io.tarn.engine.exec.expression.InputReference;
import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Converts the arguments of a library aggregate to the types its signature declares before they reach the
 * accumulator, as the expression compiler does for scalar functions: {@code approx_percentile(x, 0.5)}
 * receives its percentage as a {@code decimal(2,1)} column and reads a double.
 */
public final class CoercingAccumulator
        implements GroupedAccumulator
{
    /**
     * Casts that depend on the time zone do not occur between the types signatures declare and the types
     * that bind to them, so a fixed context serves.
     */
    private static final ExecutionContext CONTEXT = new ExecutionContext(ZoneOffset.UTC, Instant.EPOCH);

    private final GroupedAccumulator delegate;
    private final VectorExpression[] casts;

    private CoercingAccumulator(GroupedAccumulator delegate, VectorExpression[] casts)
    {
        this.delegate = requireNonNull(delegate, "delegate is null");
        this.casts = casts;
    }

    /**
     * The factory itself when no argument needs converting.
     */
    public static Factory wrap(Factory factory, List<RelDataType> actualTypes, List<RelDataType> declaredTypes)
    {
        boolean needed = false;
        for (int index = 0; index < actualTypes.size(); index++) {
            needed |= needsCast(actualTypes.get(index), declaredTypes.get(index));
        }
        if (!needed) {
            return factory;
        }
        return () -> {
            VectorExpression[] casts = new VectorExpression[actualTypes.size()];
            for (int index = 0; index < casts.length; index++) {
                if (needsCast(actualTypes.get(index), declaredTypes.get(index))) {
                    casts[index] = new CastExpression(new InputReference(index, actualTypes.get(index)), declaredTypes.get(index), false);
                }
            }
            return new CoercingAccumulator(factory.create(), casts);
        };
    }

    private static boolean needsCast(RelDataType actual, RelDataType declared)
    {
        SqlTypeName from = actual.getSqlTypeName();
        SqlTypeName to = declared.getSqlTypeName();
        if (isInteger(from) && isInteger(to)) {
            return false;
        }
        if ((from == SqlTypeName.CHAR || from == SqlTypeName.VARCHAR) && to == SqlTypeName.VARCHAR) {
            return false;
        }
        if (from == SqlTypeName.DECIMAL && to == SqlTypeName.DECIMAL) {
            return actual.getScale() != declared.getScale();
        }
        if (from == SqlTypeName.REAL && to == SqlTypeName.DOUBLE) {
            return false;
        }
        if (from == SqlTypeName.ARRAY && to == SqlTypeName.ARRAY) {
            return needsCast(actual.getComponentType(), declared.getComponentType());
        }
        if (from == SqlTypeName.MAP || from == SqlTypeName.ROW || from == SqlTypeName.ARRAY) {
            return false;
        }
        return from != to;
    }

    private static boolean isInteger(SqlTypeName name)
    {
        return name == SqlTypeName.TINYINT || name == SqlTypeName.SMALLINT || name == SqlTypeName.INTEGER || name == SqlTypeName.BIGINT;
    }

    @Override
    public void add(int[] groupIds, int groupCount, ColumnVector[] arguments, ColumnBatch batch)
    {
        ColumnBatch argumentBatch = new ColumnBatch(arguments, batch.size(), batch.selected());
        ColumnVector[] converted = arguments.clone();
        for (int index = 0; index < casts.length; index++) {
            if (casts[index] != null) {
                converted[index] = casts[index].evaluate(argumentBatch, CONTEXT);
            }
        }
        delegate.add(groupIds, groupCount, converted, batch);
    }

    @Override
    public void merge(GroupedAccumulator other, int[] groupMapping, int groupCount)
    {
        delegate.merge(((CoercingAccumulator) other).delegate, groupMapping, groupCount);
    }

    @Override
    public void output(int group, ColumnVector target, int position)
    {
        delegate.output(group, target, position);
    }
}
