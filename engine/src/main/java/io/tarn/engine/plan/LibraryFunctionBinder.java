package io.tarn.engine.plan;

import io.tarn.engine.function.TarnOperatorTable;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlCastFunction;
import org.apache.calcite.sql.util.SqlShuttle;

import java.util.Optional;

/**
 * Points calls of library functions at the library's operators before validation, so that the validator
 * types them (and their lambda arguments) through the library's signatures rather than Calcite's generic
 * function lookup. Casts get {@link JsonAwareCastFunction} for validation ({@link #restoreCasts} undoes it).
 */
final class LibraryFunctionBinder
{
    private LibraryFunctionBinder() {}

    static SqlNode bind(SqlNode node, TarnOperatorTable operatorTable)
    {
        return node.accept(new SqlShuttle()
        {
            @Override
            public SqlNode visit(SqlCall call)
            {
                SqlCall visited = (SqlCall) super.visit(call);
                if (visited != null && visited.getOperator() instanceof SqlUnresolvedFunction unresolved && visited instanceof SqlBasicCall basic) {
                    Optional<SqlOperator> library = operatorTable.libraryOperator(unresolved.getName());
                    library.ifPresent(basic::setOperator);
                }
                if (visited instanceof SqlBasicCall basic && visited.getOperator() instanceof SqlCastFunction cast && !(cast instanceof JsonAwareCastFunction)) {
                    basic.setOperator(new JsonAwareCastFunction(cast));
                }
                return visited;
            }
        });
    }

    /**
     * Gives validated casts back their standard operators, which the conversion to row expressions knows.
     */
    static void restoreCasts(SqlNode node)
    {
        node.accept(new SqlShuttle()
        {
            @Override
            public SqlNode visit(SqlCall call)
            {
                if (call instanceof SqlBasicCall basic && call.getOperator() instanceof JsonAwareCastFunction cast) {
                    basic.setOperator(cast.standard());
                }
                return super.visit(call);
            }
        });
    }
}
