package io.tarn.engine.exec.expression;

import io.tarn.engine.exec.Batches;
import io.tarn.engine.exec.Casts;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.PhysicalType;
import io.tarn.engine.exec.Values;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.DoubleVector;
import io.tarn.storage.vector.LongVector;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

import static java.util.Objects.requireNonNull;

/**
 * {@code CAST} and {@code TRY_CAST}; integer-to-double casts have a vector loop, the rest go through
 * {@link Casts} per row. {@code TRY_CAST} gives null where the cast fails.
 */
public final class CastExpression
        implements VectorExpression
{
    private final VectorExpression input;
    private final RelDataType type;
    private final boolean safe;
    private ColumnVector result;

    public CastExpression(VectorExpression input, RelDataType type, boolean safe)
    {
        this.input = requireNonNull(input, "input is null");
        this.type = requireNonNull(type, "type is null");
        this.safe = safe;
    }

    @Override
    public RelDataType type()
    {
        return type;
    }

    @Override
    public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
    {
        ColumnVector source = input.evaluate(batch, context);
        if (result == null) {
            result = PhysicalType.newVector(type, Batches.positionLimit(batch));
        }
        Batches.prepare(result, batch);
        if (source instanceof LongVector longs && result instanceof DoubleVector doubles && isInteger(input.type())) {
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (longs.isNull(position)) {
                    doubles.setNull(position);
                    continue;
                }
                doubles.values[position] = longs.values[position];
            }
            return result;
        }
        RelDataType sourceType = input.type();
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            Object value = Values.read(source, position, sourceType);
            Object cast;
            try {
                cast = Casts.cast(value, sourceType, type, context);
            }
            catch (TarnException e) {
                if (!safe) {
                    throw e;
                }
                cast = null;
            }
            Values.write(result, position, type, cast);
        }
        return result;
    }

    private static boolean isInteger(RelDataType type)
    {
        SqlTypeName name = type.getSqlTypeName();
        return name == SqlTypeName.TINYINT || name == SqlTypeName.SMALLINT || name == SqlTypeName.INTEGER || name == SqlTypeName.BIGINT;
    }
}
