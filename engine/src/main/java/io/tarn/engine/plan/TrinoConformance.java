package io.tarn.engine.plan;

import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.apache.calcite.sql.validate.SqlDelegatingConformance;

/**
 * Calcite's Presto conformance with Trino's behaviour where Calcite's enum differs: {@code ORDER BY} may
 * name a select-list alias, and {@code OFFSET n LIMIT m} is allowed.
 */
public final class TrinoConformance
        extends SqlDelegatingConformance
{
    public static final TrinoConformance INSTANCE = new TrinoConformance();

    private TrinoConformance()
    {
        super(SqlConformanceEnum.PRESTO);
    }

    @Override
    public boolean isSortByAlias()
    {
        return true;
    }

    @Override
    public boolean isOffsetLimitAllowed()
    {
        return true;
    }

    @Override
    public boolean isLimitStartCountAllowed()
    {
        return false;
    }

    @Override
    public boolean allowAliasUnnestItems()
    {
        return false;
    }

    @Override
    public boolean isGroupByAlias()
    {
        return false;
    }

    @Override
    public boolean isFromRequired()
    {
        return false;
    }
}
