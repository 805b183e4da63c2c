package io.tarn.engine.function;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.validate.SqlNameMatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The operators SQL may use: the library's functions, and of Calcite's standard operators only those the
 * executor implements (operators such as {@code +}, {@code =}, {@code CASE}, {@code CAST}, and the standard
 * aggregate and window functions). A function name the library defines always means the library's function.
 */
public final class TarnOperatorTable
        implements SqlOperatorTable
{
    /**
     * Standard functions called by name that the executor implements with Trino's semantics.
     */
    public static final Set<String> STANDARD_FUNCTIONS = Set.of(
            "count", "sum", "min", "max", "avg", "$sum0", "row_number", "rank", "dense_rank", "percent_rank", "cume_dist",
            "ntile", "lag", "lead", "first_value", "last_value", "nth_value", "coalesce", "nullif", "current_time", "grouping");

    private final FunctionRegistry registry;
    private final Map<String, SqlOperator> operators;

    public TarnOperatorTable(FunctionRegistry registry)
    {
        this.registry = requireNonNull(registry, "registry is null");
        ImmutableMap.Builder<String, SqlOperator> builder = ImmutableMap.builder();
        for (String name : registry.names()) {
            FunctionKind kind = registry.definitions(name).get(0).kind();
            builder.put(name, kind == FunctionKind.AGGREGATE ? new TarnAggregateFunction(registry, name) : new TarnSqlFunction(registry, name));
        }
        this.operators = builder.buildOrThrow();
    }

    public FunctionRegistry registry()
    {
        return registry;
    }

    /**
     * The library's operator for a function name, if the library defines it.
     */
    public Optional<SqlOperator> libraryOperator(String name)
    {
        return Optional.ofNullable(operators.get(name.toLowerCase(Locale.ROOT)));
    }

    @Override
    public void lookupOperatorOverloads(SqlIdentifier name, SqlFunctionCategory category, SqlSyntax syntax, List<SqlOperator> result, SqlNameMatcher nameMatcher)
    {
        if (name.isSimple()) {
            SqlOperator library = operators.get(name.getSimple().toLowerCase(Locale.ROOT));
            if (library != null && (syntax == SqlSyntax.FUNCTION || syntax == SqlSyntax.FUNCTION_STAR || syntax == SqlSyntax.FUNCTION_ID)) {
                result.add(library);
                return;
            }
        }
        List<SqlOperator> standard = new ArrayList<>();
        SqlStdOperatorTable.instance().lookupOperatorOverloads(name, category, syntax, standard, nameMatcher);
        for (SqlOperator operator : standard) {
            if (isAllowedStandard(operator)) {
                result.add(operator);
            }
        }
    }

    @Override
    public List<SqlOperator> getOperatorList()
    {
        ImmutableList.Builder<SqlOperator> list = ImmutableList.builder();
        list.addAll(operators.values());
        SqlStdOperatorTable.instance().getOperatorList().stream().filter(TarnOperatorTable::isAllowedStandard).forEach(list::add);
        return list.build();
    }

    private static boolean isAllowedStandard(SqlOperator operator)
    {
        SqlSyntax syntax = operator.getSyntax();
        boolean namedFunction = syntax == SqlSyntax.FUNCTION || syntax == SqlSyntax.FUNCTION_STAR || syntax == SqlSyntax.FUNCTION_ID;
        return !namedFunction || STANDARD_FUNCTIONS.contains(operator.getName().toLowerCase(Locale.ROOT));
    }
}
