package io.tarn.engine.plan;

import io.tarn.engine.StandardErrorCode;
import io.tarn.engine.catalog.CatalogSnapshot;
import io.tarn.engine.function.PositionedSqlException;
import io.tarn.engine.function.TarnOperatorTable;
import io.tarn.engine.sql.SqlRewriter;
import io.tarn.error.ErrorCodeSupplier;
import io.tarn.error.ErrorLocation;
import io.tarn.error.TarnException;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Translates what Calcite throws while parsing and validating into Trino-style errors: a stable code, a
 * message in Trino's words, the position in the user's text, and for unknown names the closest known name.
 */
final class PlanningErrors
{
    private static final Pattern COLUMN_NOT_FOUND = Pattern.compile("Column '([^']+)' not found in (?:any table|table '[^']+')");
    // Calcite: Cannot apply 'SUM' to arguments of type 'SUM(<VARCHAR>)'. / Cannot apply '+' to arguments of type '<VARCHAR> + <INTEGER>'.
    private static final Pattern CANNOT_APPLY = Pattern.compile("^Cannot apply '([^']+)' to arguments of type '([^']*)'");
    private static final Pattern TABLE_NOT_FOUND = Pattern.compile("(?:Object|Table) '([^']+)' not found(?: within '([^']+)')?");
    private static final Pattern FUNCTION_NOT_FOUND = Pattern.compile("No match found for function signature ([^(]+)\\(");
    private static final Pattern NOT_GROUPED = Pattern.compile("Expression '(.+)' is not being grouped");

    private final SqlRewriter.RewrittenSql sql;
    private final CatalogSnapshot catalog;
    private final TarnOperatorTable operatorTable;

    PlanningErrors(SqlRewriter.RewrittenSql sql, CatalogSnapshot catalog, TarnOperatorTable operatorTable)
    {
        this.sql = requireNonNull(sql, "sql is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.operatorTable = requireNonNull(operatorTable, "operatorTable is null");
    }

    TarnException translate(Exception exception)
    {
        if (exception instanceof TarnException tarn) {
            return tarn;
        }
        if (exception instanceof SqlParseException parse) {
            return syntaxError(parse);
        }
        PositionedSqlException positioned = find(exception, PositionedSqlException.class);
        if (positioned != null) {
            return error(positioned.errorCode(), positioned.position(), positioned.getMessage(), exception);
        }
        TarnException nested = find(exception, TarnException.class);
        if (nested != null) {
            return nested;
        }
        CalciteContextException context = find(exception, CalciteContextException.class);
        if (context != null) {
            return validationError(context);
        }
        return new TarnException(StandardErrorCode.GENERIC_INTERNAL_ERROR, "Planning failed: " + exception, exception);
    }

    private TarnException syntaxError(SqlParseException parse)
    {
        SqlParserPos position = parse.getPos();
        String message = parse.getMessage() == null ? "Syntax error" : parse.getMessage().split("\n")[0];
        Matcher encountered = Pattern.compile("Encountered \"(.*?)\" at line").matcher(message);
        // Babel's form for a keyword where it cannot stand; reported as Trino does, with what was expected
        Matcher keyword = Pattern.compile("^Incorrect syntax near the keyword '(.*?)' at line").matcher(message);
        boolean misplacedKeyword = keyword.find() && parse.getExpectedTokenNames() != null && !parse.getExpectedTokenNames().isEmpty();
        if (misplacedKeyword || encountered.find()) {
            String token = misplacedKeyword ? keyword.group(1) : encountered.group(1).trim();
            Collection<String> expected = parse.getExpectedTokenNames() == null ? List.of() : parse.getExpectedTokenNames();
            String expectation = expected.stream()
                    .map(name -> name.replace("\"", "").toLowerCase(Locale.ROOT))
                    .filter(name -> !name.startsWith("<") || name.equals("<identifier>") || name.equals("<eof>"))
                    .sorted()
                    .distinct()
                    .limit(12)
                    .collect(Collectors.joining(", "));
            message = "mismatched input '" + (token.isEmpty() ? "<EOF>" : token) + "'" + (expectation.isEmpty() ? "" : ". Expecting: " + expectation);
        }
        else {
            message = message.replaceAll(" at line \\d+, column \\d+", "");
        }
        return error(StandardErrorCode.SYNTAX_ERROR, position, message, parse);
    }

    private TarnException validationError(CalciteContextException context)
    {
        String message = context.getCause() != null && context.getCause().getMessage() != null ? context.getCause().getMessage() : context.getMessage();
        SqlParserPos position = context.getPosLine() > 0 ? new SqlParserPos(context.getPosLine(), context.getPosColumn()) : SqlParserPos.ZERO;
        Matcher matcher = COLUMN_NOT_FOUND.matcher(message);
        if (matcher.find()) {
            String column = matcher.group(1);
            return error(StandardErrorCode.COLUMN_NOT_FOUND, position, "Column '" + column + "' cannot be resolved" + suggestion(column, columnNames()), context);
        }
        matcher = TABLE_NOT_FOUND.matcher(message);
        if (matcher.find()) {
            String table = matcher.group(1);
            String name = matcher.group(2) == null ? qualified(table) : qualifiedWithin(matcher.group(2), table);
            return error(StandardErrorCode.TABLE_NOT_FOUND, position, "Table '" + name + "' does not exist" + suggestion(table, tableNames()), context);
        }
        matcher = FUNCTION_NOT_FOUND.matcher(message);
        if (matcher.find()) {
            String function = matcher.group(1).toLowerCase(Locale.ROOT);
            return error(StandardErrorCode.FUNCTION_NOT_FOUND, position, "Function '" + function + "' not registered" + suggestion(function, functionNames()), context);
        }
        matcher = NOT_GROUPED.matcher(message);
        if (matcher.find()) {
            return error(StandardErrorCode.EXPRESSION_NOT_AGGREGATE, position, "'" + matcher.group(1).replace("`", "") + "' must be an aggregate expression or appear in GROUP BY clause", context);
        }
        if (message.contains("is ambiguous")) {
            return error(StandardErrorCode.AMBIGUOUS_NAME, position, message.replace("`", ""), context);
        }
        matcher = CANNOT_APPLY.matcher(message);
        if (matcher.find()) {
            String name = matcher.group(1);
            String arguments = matcher.group(2).replace("<", "").replace(">", "").toLowerCase(Locale.ROOT);
            if (arguments.startsWith(name.toLowerCase(Locale.ROOT) + "(")) {
                // a function, as Trino reports it: sum(varchar) has no implementation
                String expected = message.contains("Supported form(s): ") ? ". Expected: " + message.substring(message.indexOf("Supported form(s): ") + 19).replace("<", "").replace(">", "").replace("'", "").replace("\n", ", ").toLowerCase(Locale.ROOT) : "";
                return error(StandardErrorCode.FUNCTION_NOT_FOUND, position,
                        "Unexpected parameters " + arguments.substring(name.length()) + " for function " + name.toLowerCase(Locale.ROOT) + expected, context);
            }
            return error(StandardErrorCode.TYPE_MISMATCH, position, "Cannot apply operator: " + arguments, context);
        }
        if (message.startsWith("Cannot apply") || message.contains("Cannot infer return type") || message.contains("type mismatch") || message.contains("Type mismatch")
                || message.contains("Cannot assign") || message.contains("incompatible types")) {
            return error(StandardErrorCode.TYPE_MISMATCH, position, message.replace("`", ""), context);
        }
        if (message.contains("Aggregate expressions cannot be nested") || message.contains("cannot be nested")) {
            return error(StandardErrorCode.NESTED_AGGREGATION, position, message, context);
        }
        if (message.contains("Column count mismatch") || message.contains("Set operator cannot combine")) {
            return error(StandardErrorCode.TYPE_MISMATCH, position, message, context);
        }
        if (message.contains("List of column aliases must have same degree")) {
            return error(StandardErrorCode.MISMATCHED_COLUMN_ALIASES, position, message, context);
        }
        if (message.contains("Unknown identifier") || message.contains("Unknown field")) {
            return error(StandardErrorCode.COLUMN_NOT_FOUND, position, message.replace("`", ""), context);
        }
        return error(StandardErrorCode.GENERIC_USER_ERROR, position, message.replace("`", ""), context);
    }

    private String qualified(String table)
    {
        if (table.contains(".")) {
            return table;
        }
        return CatalogSnapshot.CATALOG + "." + CatalogSnapshot.DEFAULT_SCHEMA + "." + table;
    }

    /**
     * A table Calcite did not find within a schema ({@code information_schema}) or a catalog's schema
     * ({@code system.jdbc}), named as Trino names it: catalog, schema, table.
     */
    private static String qualifiedWithin(String within, String table)
    {
        return (within.contains(".") ? within : CatalogSnapshot.CATALOG + "." + within) + "." + table;
    }

    private Set<String> tableNames()
    {
        return new TreeSet<>(catalog.defaultTables().keySet());
    }

    private Set<String> columnNames()
    {
        Set<String> names = new TreeSet<>();
        catalog.defaultTables().values().forEach(table -> table.getRowType(io.tarn.engine.type.TarnTypes.newTypeFactory())
                .getFieldList().forEach(field -> names.add(field.getName())));
        return names;
    }

    private Set<String> functionNames()
    {
        Set<String> names = new TreeSet<>(operatorTable.registry().names());
        names.addAll(TarnOperatorTable.STANDARD_FUNCTIONS);
        return names;
    }

    /**
     * ", did you mean 'x'?" for the known name closest to an unknown one, when it is close enough.
     */
    static String suggestion(String unknown, Collection<String> candidates)
    {
        String target = unknown.toLowerCase(Locale.ROOT);
        Optional<String> best = candidates.stream()
                .filter(candidate -> !candidate.startsWith("$"))
                // a name known elsewhere (a column of another store) is no suggestion
                .filter(candidate -> !candidate.equalsIgnoreCase(unknown))
                .min(Comparator.comparingInt(candidate -> distance(target, candidate.toLowerCase(Locale.ROOT))));
        if (best.isEmpty()) {
            return "";
        }
        int distance = distance(target, best.get().toLowerCase(Locale.ROOT));
        if (distance > Math.max(2, target.length() / 3)) {
            return "";
        }
        return ". Did you mean '" + best.get() + "'?";
    }

    static int distance(String left, String right)
    {
        int[] previous = new int[right.length() + 1];
        int[] current = new int[right.length() + 1];
        for (int column = 0; column <= right.length(); column++) {
            previous[column] = column;
        }
        for (int row = 1; row <= left.length(); row++) {
            current[0] = row;
            for (int column = 1; column <= right.length(); column++) {
                int cost = left.charAt(row - 1) == right.charAt(column - 1) ? 0 : 1;
                current[column] = Math.min(Math.min(current[column - 1] + 1, previous[column] + 1), previous[column - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[right.length()];
    }

    private TarnException error(ErrorCodeSupplier code, SqlParserPos position, String message, Throwable cause)
    {
        Optional<ErrorLocation> location = position.getLineNum() > 0
                ? Optional.of(sql.originalLocation(position.getLineNum(), position.getColumnNum()))
                : Optional.empty();
        return new TarnException(code, location, message, cause);
    }

    private static <T extends Throwable> T find(Throwable throwable, Class<T> type)
    {
        List<Throwable> seen = new ArrayList<>();
        Throwable current = throwable;
        while (current != null && !seen.contains(current)) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            seen.add(current);
            current = current.getCause();
        }
        return null;
    }
}
