package io.tarn.engine.plan;

import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelShuttleImpl;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexLambda;
import org.apache.calcite.rex.RexVisitorImpl;
import org.apache.calcite.sql.type.SqlTypeName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells each scan which fields of its struct columns the projections and filters directly above it read
 * ({@code useridentity -> {arn, sessioncontext.sessionissuer.arn}}), so it reads only those sub-columns. A
 * struct column used whole anywhere above is read whole.
 */
final class NestedFieldPruning
{
    private NestedFieldPruning() {}

    static RelNode apply(RelNode plan)
    {
        return plan.accept(new RelShuttleImpl()
        {
            @Override
            public RelNode visit(LogicalProject project)
            {
                List<RexNode> expressions = new ArrayList<>(project.getProjects());
                RelNode input = project.getInput();
                if (input instanceof LogicalFilter filter && filter.getInput() instanceof TableScanNode scan) {
                    expressions.add(filter.getCondition());
                    TableScanNode pruned = prune(scan, expressions);
                    return project.copy(project.getTraitSet(), List.of(filter.copy(filter.getTraitSet(), pruned, filter.getCondition())));
                }
                if (input instanceof TableScanNode scan) {
                    return project.copy(project.getTraitSet(), List.of(prune(scan, expressions)));
                }
                return super.visit(project);
            }

            @Override
            public RelNode visit(LogicalFilter filter)
            {
                // A filter right on a scan with nothing narrowing above: every column flows up whole.
                return super.visit(filter);
            }

            @Override
            public RelNode visit(TableScan scan)
            {
                return scan;
            }
        });
    }

    private static TableScanNode prune(TableScanNode scan, List<RexNode> expressions)
    {
        Map<Integer, Set<String>> paths = new HashMap<>();
        Set<Integer> wholeColumns = new HashSet<>();
        for (RexNode expression : expressions) {
            collect(expression, paths, wholeColumns);
        }
        List<String> names = scan.columnNames();
        Map<String, Set<String>> nested = new LinkedHashMap<>();
        for (Map.Entry<Integer, Set<String>> entry : paths.entrySet()) {
            int channel = entry.getKey();
            boolean struct = scan.getRowType().getFieldList().get(channel).getType().getSqlTypeName() == SqlTypeName.ROW;
            if (struct && !wholeColumns.contains(channel)) {
                nested.put(names.get(channel), new LinkedHashSet<>(entry.getValue()));
            }
        }
        if (nested.isEmpty()) {
            return scan;
        }
        return scan.withNestedFields(nested);
    }

    private static void collect(RexNode expression, Map<Integer, Set<String>> paths, Set<Integer> wholeColumns)
    {
        expression.accept(new RexVisitorImpl<Void>(true)
        {
            @Override
            public Void visitFieldAccess(RexFieldAccess access)
            {
                List<String> path = new ArrayList<>();
                RexNode current = access;
                while (current instanceof RexFieldAccess field) {
                    path.add(0, field.getField().getName());
                    current = field.getReferenceExpr();
                }
                if (current instanceof RexInputRef reference) {
                    paths.computeIfAbsent(reference.getIndex(), ignored -> new LinkedHashSet<>()).add(String.join(".", path));
                    return null;
                }
                return super.visitFieldAccess(access);
            }

            @Override
            public Void visitInputRef(RexInputRef reference)
            {
                wholeColumns.add(reference.getIndex());
                return null;
            }

            @Override
            public Void visitLambda(RexLambda lambda)
            {
                // a lambda's body may read columns of the row (ClosureLambdaScope)
                return lambda.getExpression().accept(this);
            }
        });
    }
}
