package io.tarn.engine.plan;

import org.apache.calcite.config.NullCollation;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorCatalogReader;
import org.apache.calcite.sql.validate.SqlValidatorImpl;

/**
 * Calcite's validator configured as Trino behaves: its conformance, nulls sorted last in both directions,
 * identifiers expanded so plans name columns fully.
 */
final class TarnValidator
        extends SqlValidatorImpl
{
    TarnValidator(SqlOperatorTable operatorTable, SqlValidatorCatalogReader catalogReader, RelDataTypeFactory typeFactory)
    {
        super(operatorTable, catalogReader, typeFactory, SqlValidator.Config.DEFAULT
                .withConformance(TrinoConformance.INSTANCE)
                .withIdentifierExpansion(true)
                .withDefaultNullCollation(NullCollation.LAST)
                .withTypeCoercionEnabled(true)
                .withTypeCoercionFactory(TarnTypeCoercion::new)
                .withCallRewrite(true));
    }
}
