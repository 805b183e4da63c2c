package io.tarn.engine.plan;

import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLambda;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.util.SqlShuttle;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Qualifies the column names an {@code UNNEST ... AS t(a, b)} introduces ({@code a} becomes {@code t.a})
 * where a query uses them unqualified. Event data store columns are rows whose fields Calcite also resolves
 * unqualified, so {@code arn} would be ambiguous between {@code UNNEST(resources) AS t(arn, type)} and
 * {@code useridentity.arn}; in Trino, which never looks into rows for a bare name, it is the unnested column.
 */
final class UnnestAliasQualifier
{
    private UnnestAliasQualifier() {}

    static SqlNode qualify(SqlNode node)
    {
        return node.accept(new SqlShuttle()
        {
            @Override
            public SqlNode visit(SqlCall call)
            {
                SqlNode visited = super.visit(call);
                if (visited instanceof SqlSelect select) {
                    qualifySelect(select);
                }
                else if (visited instanceof SqlOrderBy orderBy && orderBy.query instanceof SqlSelect select) {
                    Map<String, String> aliases = qualifySelect(select);
                    if (!aliases.isEmpty()) {
                        SqlNodeList orderList = orderBy.orderList;
                        Set<String> outputNames = outputNames(select);
                        for (int index = 0; index < orderList.size(); index++) {
                            orderList.set(index, rewrite(orderList.get(index), aliases, outputNames));
                        }
                    }
                }
                return visited;
            }
        });
    }

    private static Map<String, String> qualifySelect(SqlSelect select)
    {
        Map<String, String> aliases = new HashMap<>();
        collectUnnestAliases(select.getFrom(), aliases);
        if (aliases.isEmpty()) {
            return aliases;
        }
        Set<String> none = Set.of();
        SqlNodeList selectList = select.getSelectList();
        for (int index = 0; index < selectList.size(); index++) {
            selectList.set(index, rewrite(selectList.get(index), aliases, none));
        }
        if (select.getWhere() != null) {
            select.setWhere(rewrite(select.getWhere(), aliases, none));
        }
        if (select.getGroup() != null) {
            SqlNodeList group = select.getGroup();
            for (int index = 0; index < group.size(); index++) {
                group.set(index, rewrite(group.get(index), aliases, none));
            }
        }
        if (select.getHaving() != null) {
            select.setHaving(rewrite(select.getHaving(), aliases, none));
        }
        if (select.getOrderList() != null) {
            SqlNodeList orderList = select.getOrderList();
            Set<String> outputNames = outputNames(select);
            for (int index = 0; index < orderList.size(); index++) {
                orderList.set(index, rewrite(orderList.get(index), aliases, outputNames));
            }
        }
        return aliases;
    }

    private static void collectUnnestAliases(SqlNode from, Map<String, String> aliases)
    {
        if (from instanceof SqlJoin join) {
            collectUnnestAliases(join.getLeft(), aliases);
            collectUnnestAliases(join.getRight(), aliases);
            return;
        }
        if (!(from instanceof SqlBasicCall as) || as.getKind() != SqlKind.AS || as.operandCount() < 3) {
            return;
        }
        SqlNode source = as.operand(0);
        if (source.getKind() == SqlKind.LATERAL && source instanceof SqlCall lateral) {
            source = lateral.operand(0);
        }
        if (source.getKind() != SqlKind.UNNEST || !(as.operand(1) instanceof SqlIdentifier table) || !table.isSimple()) {
            return;
        }
        for (SqlNode column : as.getOperandList().subList(2, as.operandCount())) {
            if (column instanceof SqlIdentifier name && name.isSimple()) {
                aliases.put(name.getSimple(), table.getSimple());
            }
        }
    }

    /**
     * Names the select list gives its columns, which ORDER BY may mean instead of the unnested columns.
     */
    private static Set<String> outputNames(SqlSelect select)
    {
        Set<String> names = new HashSet<>();
        for (SqlNode item : select.getSelectList()) {
            if (item instanceof SqlBasicCall as && as.getKind() == SqlKind.AS && as.operand(1) instanceof SqlIdentifier alias) {
                names.add(alias.getSimple());
            }
        }
        return names;
    }

    private static SqlNode rewrite(SqlNode node, Map<String, String> aliases, Set<String> outputNames)
    {
        return node.accept(new SqlShuttle()
        {
            private final Set<String> parameters = new HashSet<>();

            @Override
            public SqlNode visit(SqlIdentifier identifier)
            {
                if (!identifier.isSimple() || identifier.isStar() || parameters.contains(identifier.getSimple()) || outputNames.contains(identifier.getSimple())) {
                    return identifier;
                }
                String table = aliases.get(identifier.getSimple());
                if (table == null) {
                    return identifier;
                }
                return new SqlIdentifier(List.of(table, identifier.getSimple()), identifier.getParserPosition());
            }

            @Override
            public SqlNode visit(SqlCall call)
            {
                if (call instanceof SqlSelect) {
                    // A subquery has its own FROM clause and is qualified on its own.
                    return call;
                }
                if (call instanceof SqlLambda lambda) {
                    for (SqlNode parameter : lambda.getParameters()) {
                        parameters.add(((SqlIdentifier) parameter).getSimple());
                    }
                }
                if (call.getKind() == SqlKind.AS) {
                    // Only the expression of "expression AS alias" is a reference.
                    call.setOperand(0, call.operand(0).accept(this));
                    return call;
                }
                return super.visit(call);
            }
        });
    }
}
