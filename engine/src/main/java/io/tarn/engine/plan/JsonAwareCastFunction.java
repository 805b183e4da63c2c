package io.tarn.engine.plan;

import io.tarn.engine.StandardErrorCode;
import io.tarn.engine.function.PositionedSqlException;
import io.tarn.engine.type.TarnTypes;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperatorBinding;
import org.apache.calcite.sql.SqlUtil;
import org.apache.calcite.sql.fun.SqlCastFunction;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;

import static java.util.Objects.requireNonNull;

/**
 * {@code CAST} while validating: Calcite's cast rules know nothing of Trino's {@code json} type, so casts to
 * and from json (also nested: {@code map(varchar, json)}, {@code array(json)}) are accepted here and
 * checked by the executor with Trino's rules; every other cast keeps Calcite's checks.
 */
final class JsonAwareCastFunction
        extends SqlCastFunction
{
    private final SqlCastFunction standard;

    JsonAwareCastFunction(SqlCastFunction standard)
    {
        super(standard.getName(), standard.getKind());
        this.standard = requireNonNull(standard, "standard is null");
    }

    /**
     * The operator the parser gave the call, put back after validation for the conversion to row expressions.
     */
    SqlCastFunction standard()
    {
        return standard;
    }

    @Override
    public RelDataType deriveType(SqlValidator validator, SqlValidatorScope scope, SqlCall call)
    {
        SqlNode operand = call.operand(0);
        if (!SqlUtil.isNullLiteral(operand, false) && !(operand instanceof SqlDynamicParam)) {
            RelDataType from = validator.deriveType(scope, operand);
            RelDataType to = validator.deriveType(scope, call.operand(1));
            if (containsJson(from) || containsJson(to)) {
                if (!jsonCastable(from, to)) {
                    throw new PositionedSqlException(StandardErrorCode.TYPE_MISMATCH, call.getParserPosition(),
                            "Cannot cast " + TarnTypes.trinoName(from) + " to " + TarnTypes.trinoName(to));
                }
                // Not SqlFunction's derivation, which looks the operator up again and checks Calcite's rules.
                return validateOperands(validator, scope, call);
            }
        }
        return super.deriveType(validator, scope, call);
    }

    @Override
    public RelDataType inferReturnType(SqlOperatorBinding binding)
    {
        RelDataType from = binding.getOperandType(0);
        RelDataType to = binding.getOperandType(1);
        if (containsJson(from) || containsJson(to)) {
            // Calcite's derivation walks both types in parallel and fails on json versus a container.
            return binding.getTypeFactory().createTypeWithNullability(to, from.isNullable() || getKind() == SqlKind.SAFE_CAST);
        }
        return super.inferReturnType(binding);
    }

    @Override
    public boolean checkOperandTypes(SqlCallBinding callBinding, boolean throwOnFailure)
    {
        SqlNode operand = callBinding.operand(0);
        if (!SqlUtil.isNullLiteral(operand, false) && !(operand instanceof SqlDynamicParam)) {
            RelDataType from = callBinding.getValidator().getValidatedNodeType(operand);
            RelDataType to = SqlTypeUtil.deriveType(callBinding, callBinding.operand(1));
            if (containsJson(from) || containsJson(to)) {
                return true;
            }
        }
        return super.checkOperandTypes(callBinding, throwOnFailure);
    }

    /**
     * Trino's rules: json converts from and to booleans, numbers, varchar and arrays, maps and rows of them;
     * dates and timestamps convert to json but not back. Casts between containers apply element-wise.
     */
    private static boolean jsonCastable(RelDataType from, RelDataType to)
    {
        if (TarnTypes.isJson(from)) {
            return fromJson(to);
        }
        if (TarnTypes.isJson(to)) {
            return toJson(from);
        }
        SqlTypeName source = from.getSqlTypeName();
        if (source != to.getSqlTypeName()) {
            return source == SqlTypeName.NULL;
        }
        return switch (source) {
            case ARRAY -> jsonCastable(from.getComponentType(), to.getComponentType());
            case MAP -> jsonCastable(from.getKeyType(), to.getKeyType()) && jsonCastable(from.getValueType(), to.getValueType());
            case ROW -> {
                if (from.getFieldCount() != to.getFieldCount()) {
                    yield false;
                }
                for (int field = 0; field < from.getFieldCount(); field++) {
                    if (!jsonCastable(from.getFieldList().get(field).getType(), to.getFieldList().get(field).getType())) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> true;
        };
    }

    private static boolean fromJson(RelDataType type)
    {
        if (TarnTypes.isJson(type) || isJsonScalar(type.getSqlTypeName())) {
            return true;
        }
        return switch (type.getSqlTypeName()) {
            case ARRAY -> fromJson(type.getComponentType());
            case MAP -> isJsonScalar(type.getKeyType().getSqlTypeName()) && fromJson(type.getValueType());
            case ROW -> type.getFieldList().stream().allMatch(field -> fromJson(field.getType()));
            default -> false;
        };
    }

    private static boolean toJson(RelDataType type)
    {
        SqlTypeName name = type.getSqlTypeName();
        if (TarnTypes.isJson(type) || isJsonScalar(name) || name == SqlTypeName.DATE || name == SqlTypeName.TIMESTAMP || name == SqlTypeName.NULL) {
            return true;
        }
        return switch (name) {
            case ARRAY -> toJson(type.getComponentType());
            case MAP -> isJsonScalar(type.getKeyType().getSqlTypeName()) && toJson(type.getValueType());
            case ROW -> type.getFieldList().stream().allMatch(field -> toJson(field.getType()));
            default -> false;
        };
    }

    private static boolean isJsonScalar(SqlTypeName name)
    {
        return switch (name) {
            case BOOLEAN, TINYINT, SMALLINT, INTEGER, BIGINT, REAL, FLOAT, DOUBLE, DECIMAL, CHAR, VARCHAR -> true;
            default -> false;
        };
    }

    static boolean containsJson(RelDataType type)
    {
        if (type == null) {
            return false;
        }
        if (TarnTypes.isJson(type)) {
            return true;
        }
        if (type.isStruct()) {
            for (RelDataTypeField field : type.getFieldList()) {
                if (containsJson(field.getType())) {
                    return true;
                }
            }
            return false;
        }
        return containsJson(type.getComponentType()) || containsJson(type.getKeyType()) || containsJson(type.getValueType());
    }
}
