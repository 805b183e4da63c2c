package io.tarn.engine.function;

import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.ReturnTypes;

/**
 * A cast to or from {@code json} in row expressions. Calcite's own {@code CAST} cannot carry these:
 * its simplifier folds casts of literals and knows no json values, so the planner gives them this operator,
 * which Calcite treats as an opaque function and the executor as a cast.
 */
public final class JsonCastOperator
        extends SqlFunction
{
    public static final JsonCastOperator CAST = new JsonCastOperator("CAST", false);
    public static final JsonCastOperator TRY_CAST = new JsonCastOperator("TRY_CAST", true);

    private final boolean safe;

    private JsonCastOperator(String name, boolean safe)
    {
        super(name, SqlKind.OTHER_FUNCTION, ReturnTypes.explicit(typeFactory -> {
            throw new IllegalStateException("the type of a json cast is given when it is made");
        }), null, null, SqlFunctionCategory.SYSTEM);
        this.safe = safe;
    }

    /**
     * Whether a failed conversion gives null ({@code TRY_CAST}) rather than an error.
     */
    public boolean safe()
    {
        return safe;
    }
}
