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
    public static final TrinoConformance INSTANCE = new TrinoConformance(false);
    /**
     * Lake's (and Athena's) reading of {@code UNNEST(array of rows) AS t(r)}: one alias names the whole row
     * instead of one alias per field. The planner uses it only for queries Trino's reading rejects.
     */
    public static final TrinoConformance ROW_UNNEST = new TrinoConformance(true);

    private final boolean rowUnnest;

    private TrinoConformance(boolean rowUnnest)
    {
        super(SqlConformanceEnum.PRESTO);
        this.rowUnnest = rowUnnest;
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
        return rowUnnest;
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
