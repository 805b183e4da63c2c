package io.tarn.engine.plan;

import io.tarn.engine.function.TarnOperatorTable;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.util.SqlShuttle;

import java.util.Optional;

/**
 * Points calls of library functions at the library's operators before validation, so that the validator
 * types them (and their lambda arguments) through the library's signatures rather than Calcite's generic
 * function lookup.
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
                return visited;
            }
        });
    }
}
