package io.tarn.engine.plan;

import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexExecutor;
import org.apache.calcite.rex.RexNode;

import java.util.List;

/**
 * A Calcite executor that folds nothing. Constant folding happens in Tarn's expression compiler, with
 * Tarn's (Trino's) semantics; Calcite's own executor would compile Java with Janino at planning time, slow
 * on a cold JVM, and apply Calcite's semantics (it rejects {@code '2023-01-22T00:00:00Z'} as a timestamp).
 */
final class IdentityRexExecutor
        implements RexExecutor
{
    static final IdentityRexExecutor INSTANCE = new IdentityRexExecutor();

    private IdentityRexExecutor() {}

    @Override
    public void reduce(RexBuilder rexBuilder, List<RexNode> constantExpressions, List<RexNode> reducedValues)
    {
        reducedValues.addAll(constantExpressions);
    }
}
