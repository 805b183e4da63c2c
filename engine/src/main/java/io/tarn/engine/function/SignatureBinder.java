package io.tarn.engine.function;

import io.tarn.engine.type.TarnTypes;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.FunctionSqlType;
import org.apache.calcite.sql.type.SqlTypeName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * Matches actual argument types against a signature: binds its type variables (to the common super type of
 * the arguments that share one), checks that every argument can be coerced to its declared type, types
 * lambda arguments once their parameter types are known, and derives the return type.
 */
public final class SignatureBinder
{
    private final RelDataTypeFactory typeFactory;

    public SignatureBinder(RelDataTypeFactory typeFactory)
    {
        this.typeFactory = requireNonNull(typeFactory, "typeFactory is null");
    }

    /**
     * Types a lambda argument's body given its parameter types; returns null when the body does not validate.
     */
    @FunctionalInterface
    public interface LambdaTyper
    {
        RelDataType bodyType(int argument, List<RelDataType> parameterTypes);
    }

    /**
     * Binds the signature; {@code actualTypes} has null for lambda arguments.
     */
    public Optional<BoundSignature> bind(Signature signature, List<RelDataType> actualTypes, LambdaTyper lambdaTyper)
    {
        if (!signature.acceptsArgumentCount(actualTypes.size())) {
            return Optional.empty();
        }
        Bindings bindings = new Bindings();
        for (int index = 0; index < actualTypes.size(); index++) {
            TypePattern pattern = signature.argument(index);
            RelDataType actual = actualTypes.get(index);
            if (pattern.isFunction() != (actual == null)) {
                return Optional.empty();
            }
            if (actual != null && !collect(pattern, actual, bindings)) {
                return Optional.empty();
            }
        }
        List<RelDataType> declared = new ArrayList<>();
        int cost = 0;
        for (int index = 0; index < actualTypes.size(); index++) {
            RelDataType actual = actualTypes.get(index);
            if (actual == null) {
                declared.add(null);
                continue;
            }
            RelDataType target = resolve(signature.argument(index), bindings, actual);
            if (target == null) {
                return Optional.empty();
            }
            OptionalInt argumentCost = TypeCoercions.cost(actual, target);
            if (argumentCost.isEmpty()) {
                return Optional.empty();
            }
            cost += argumentCost.getAsInt();
            declared.add(target);
        }
        for (int index = 0; index < actualTypes.size(); index++) {
            if (actualTypes.get(index) != null) {
                continue;
            }
            TypePattern function = signature.argument(index);
            List<TypePattern> parameters = function.parameters().subList(0, function.parameters().size() - 1);
            List<RelDataType> parameterTypes = new ArrayList<>();
            for (TypePattern parameter : parameters) {
                RelDataType type = resolve(parameter, bindings, null);
                if (type == null) {
                    return Optional.empty();
                }
                parameterTypes.add(type);
            }
            RelDataType bodyType = lambdaTyper.bodyType(index, parameterTypes);
            if (bodyType == null) {
                return Optional.empty();
            }
            TypePattern result = function.parameters().get(function.parameters().size() - 1);
            if (!collect(result, bodyType, bindings)) {
                return Optional.empty();
            }
            RelDataType resultType = resolve(result, bindings, bodyType);
            if (resultType == null || TypeCoercions.cost(bodyType, resultType).isEmpty()) {
                return Optional.empty();
            }
            RelDataType parameterRow = typeFactory.createStructType(parameterTypes, names(parameterTypes.size()));
            declared.set(index, new FunctionSqlType(parameterRow, resultType));
        }
        RelDataType returnType = resolve(signature.returnType(), bindings, null);
        if (returnType == null) {
            return Optional.empty();
        }
        return Optional.of(new BoundSignature(signature, declared, TypeCoercions.nullable(typeFactory, returnType), cost));
    }

    private static List<String> names(int count)
    {
        List<String> names = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            names.add("p" + index);
        }
        return names;
    }

    /**
     * Gathers what the argument says about type and numeric variables; false if it cannot match at all.
     */
    private boolean collect(TypePattern pattern, RelDataType actual, Bindings bindings)
    {
        if (pattern.variable()) {
            RelDataType previous = bindings.types.get(pattern.base());
            if (previous == null) {
                bindings.types.put(pattern.base(), normalize(actual));
                return true;
            }
            Optional<RelDataType> common = TypeCoercions.commonSuperType(typeFactory, previous, actual);
            common.ifPresent(type -> bindings.types.put(pattern.base(), normalize(type)));
            return common.isPresent();
        }
        if (actual.getSqlTypeName() == SqlTypeName.NULL) {
            // As in Trino, a variable seen only in unknown values (NULL, ARRAY[]) is unknown.
            bindUnknown(pattern, bindings);
            return true;
        }
        switch (pattern.base()) {
            case "array":
                return actual.getSqlTypeName() != SqlTypeName.ARRAY || collect(pattern.parameters().get(0), actual.getComponentType(), bindings);
            case "map":
                return actual.getSqlTypeName() != SqlTypeName.MAP
                        || (collect(pattern.parameters().get(0), actual.getKeyType(), bindings) && collect(pattern.parameters().get(1), actual.getValueType(), bindings));
            case "row":
                if (pattern.parameters().isEmpty() || !actual.isStruct()) {
                    return true;
                }
                if (actual.getFieldCount() != pattern.parameters().size()) {
                    return false;
                }
                for (int field = 0; field < actual.getFieldCount(); field++) {
                    if (!collect(pattern.parameters().get(field), actual.getFieldList().get(field).getType(), bindings)) {
                        return false;
                    }
                }
                return true;
            case "timestamp", "timestamp with time zone", "time", "varchar", "char":
                if (!pattern.parameters().isEmpty() && pattern.parameters().get(0).variable() && familyMatches(pattern.base(), actual)) {
                    bindings.numbers.merge(pattern.parameters().get(0).base(), actual.getPrecision(), Math::max);
                }
                return true;
            case "decimal":
                if (pattern.parameters().size() == 2 && actual.getSqlTypeName() == SqlTypeName.DECIMAL) {
                    bindings.numbers.merge(pattern.parameters().get(0).base(), actual.getPrecision(), Math::max);
                    bindings.numbers.merge(pattern.parameters().get(1).base(), actual.getScale(), Math::max);
                }
                return true;
            default:
                return true;
        }
    }

    private void bindUnknown(TypePattern pattern, Bindings bindings)
    {
        if (pattern.variable()) {
            if (Character.isUpperCase(pattern.base().charAt(0))) {
                bindings.types.putIfAbsent(pattern.base(), typeFactory.createSqlType(SqlTypeName.NULL));
            }
            return;
        }
        if (!pattern.isFunction()) {
            pattern.parameters().forEach(parameter -> bindUnknown(parameter, bindings));
        }
    }

    private static boolean familyMatches(String base, RelDataType actual)
    {
        SqlTypeName name = actual.getSqlTypeName();
        return switch (base) {
            case "timestamp" -> name == SqlTypeName.TIMESTAMP;
            case "timestamp with time zone" -> name == SqlTypeName.TIMESTAMP_TZ || name == SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE;
            case "time" -> name == SqlTypeName.TIME;
            case "varchar", "char" -> name == SqlTypeName.VARCHAR || name == SqlTypeName.CHAR;
            default -> false;
        };
    }

    /**
     * The concrete type of a pattern under the bindings; {@code actual} fills in what a parameterless
     * pattern leaves open (the precision of {@code timestamp}, say).
     */
    private RelDataType resolve(TypePattern pattern, Bindings bindings, RelDataType actual)
    {
        if (pattern.variable()) {
            RelDataType bound = bindings.types.get(pattern.base());
            return bound == null ? null : TypeCoercions.nullable(typeFactory, bound);
        }
        RelDataType type = switch (pattern.base()) {
            case "boolean" -> typeFactory.createSqlType(SqlTypeName.BOOLEAN);
            case "tinyint" -> typeFactory.createSqlType(SqlTypeName.TINYINT);
            case "smallint" -> typeFactory.createSqlType(SqlTypeName.SMALLINT);
            case "integer", "int" -> typeFactory.createSqlType(SqlTypeName.INTEGER);
            case "bigint" -> typeFactory.createSqlType(SqlTypeName.BIGINT);
            case "real" -> typeFactory.createSqlType(SqlTypeName.REAL);
            case "double" -> typeFactory.createSqlType(SqlTypeName.DOUBLE);
            case "varchar", "char" -> typeFactory.createSqlType(SqlTypeName.VARCHAR);
            case "varbinary" -> typeFactory.createSqlType(SqlTypeName.VARBINARY);
            case "json" -> TarnTypes.json(typeFactory, true);
            case "date" -> typeFactory.createSqlType(SqlTypeName.DATE);
            case "unknown" -> typeFactory.createSqlType(SqlTypeName.NULL);
            case "interval day to second" -> typeFactory.createSqlIntervalType(
                    new org.apache.calcite.sql.SqlIntervalQualifier(org.apache.calcite.avatica.util.TimeUnit.DAY, org.apache.calcite.avatica.util.TimeUnit.SECOND, org.apache.calcite.sql.parser.SqlParserPos.ZERO));
            case "interval year to month" -> typeFactory.createSqlIntervalType(
                    new org.apache.calcite.sql.SqlIntervalQualifier(org.apache.calcite.avatica.util.TimeUnit.YEAR, org.apache.calcite.avatica.util.TimeUnit.MONTH, org.apache.calcite.sql.parser.SqlParserPos.ZERO));
            case "timestamp", "timestamp with time zone", "time" -> typeFactory.createSqlType(
                    switch (pattern.base()) {
                        case "timestamp" -> SqlTypeName.TIMESTAMP;
                        case "time" -> SqlTypeName.TIME;
                        default -> SqlTypeName.TIMESTAMP_TZ;
                    },
                    precision(pattern, bindings, actual));
            case "decimal" -> decimal(pattern, bindings, actual);
            case "array" -> {
                RelDataType element = resolve(pattern.parameters().get(0), bindings, actual != null && actual.getSqlTypeName() == SqlTypeName.ARRAY ? actual.getComponentType() : null);
                yield element == null ? null : typeFactory.createArrayType(element, -1);
            }
            case "map" -> {
                boolean isMap = actual != null && actual.getSqlTypeName() == SqlTypeName.MAP;
                RelDataType key = resolve(pattern.parameters().get(0), bindings, isMap ? actual.getKeyType() : null);
                RelDataType value = resolve(pattern.parameters().get(1), bindings, isMap ? actual.getValueType() : null);
                yield key == null || value == null ? null : typeFactory.createMapType(key, value);
            }
            case "row" -> row(pattern, bindings, actual);
            default -> throw new IllegalArgumentException("unknown type in signature: " + pattern);
        };
        return type == null ? null : TypeCoercions.nullable(typeFactory, type);
    }

    /**
     * {@code row} (any row: the argument's own type) or {@code row(K, V)}: fields typed by the pattern,
     * named as in the argument or, for results, anonymous.
     */
    private RelDataType row(TypePattern pattern, Bindings bindings, RelDataType actual)
    {
        boolean matchingRow = actual != null && actual.isStruct() && actual.getFieldCount() == pattern.parameters().size();
        if (pattern.parameters().isEmpty()) {
            return actual != null && actual.isStruct() ? actual : null;
        }
        List<RelDataType> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int field = 0; field < pattern.parameters().size(); field++) {
            RelDataType type = resolve(pattern.parameters().get(field), bindings, matchingRow ? actual.getFieldList().get(field).getType() : null);
            if (type == null) {
                return null;
            }
            types.add(type);
            names.add(matchingRow ? actual.getFieldList().get(field).getName() : TarnTypes.anonymousFieldName(field));
        }
        return typeFactory.createStructType(types, names);
    }

    private int precision(TypePattern pattern, Bindings bindings, RelDataType actual)
    {
        if (!pattern.parameters().isEmpty()) {
            TypePattern parameter = pattern.parameters().get(0);
            if (!parameter.variable()) {
                return Integer.parseInt(parameter.base());
            }
            Integer bound = bindings.numbers.get(parameter.base());
            if (bound != null) {
                return bound;
            }
        }
        if (actual != null && familyMatches(pattern.base(), actual)) {
            return actual.getPrecision();
        }
        return 3;
    }

    private RelDataType decimal(TypePattern pattern, Bindings bindings, RelDataType actual)
    {
        if (pattern.parameters().size() == 2) {
            Integer precision = number(pattern.parameters().get(0), bindings);
            Integer scale = number(pattern.parameters().get(1), bindings);
            if (precision != null && scale != null) {
                return typeFactory.createSqlType(SqlTypeName.DECIMAL, precision, scale);
            }
        }
        if (actual != null && actual.getSqlTypeName() == SqlTypeName.DECIMAL) {
            return actual;
        }
        return typeFactory.createSqlType(SqlTypeName.DECIMAL, 38, 0);
    }

    private static Integer number(TypePattern pattern, Bindings bindings)
    {
        return pattern.variable() ? bindings.numbers.get(pattern.base()) : Integer.valueOf(pattern.base());
    }

    private RelDataType normalize(RelDataType type)
    {
        if (type.getSqlTypeName() == SqlTypeName.CHAR) {
            return typeFactory.createSqlType(SqlTypeName.VARCHAR);
        }
        return type;
    }

    private static final class Bindings
    {
        private final Map<String, RelDataType> types = new HashMap<>();
        private final Map<String, Integer> numbers = new HashMap<>();
    }
}
