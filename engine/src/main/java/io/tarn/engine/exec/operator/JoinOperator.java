package io.tarn.engine.exec.operator;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.type.RelDataType;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Joins the probe (left) input against the build (right) input, kept in memory: by hash on the equi-join
 * keys when there are any, otherwise by comparing every pair. A residual condition is evaluated on the
 * candidate pairs. Handles INNER, LEFT, RIGHT, FULL, SEMI and ANTI joins; null keys never match.
 */
public final class JoinOperator
        implements Operator
{
    private static final int PAIRS_PER_BATCH = 4096;

    private final Operator probe;
    private final Operator build;
    private final JoinRelType joinType;
    private final int[] probeKeys;
    private final int[] buildKeys;
    private final VectorExpression residual;
    private final List<RelDataType> probeTypes;
    private final List<RelDataType> buildTypes;
    private final ExecutionContext context;
    private final Deque<ColumnBatch> output = new ArrayDeque<>();

    private RowStore buildRows;
    private GroupByHash buildHash;
    private int[] firstRowOfGroup;
    private int[] nextRowInGroup;
    private boolean[] buildMatched;
    private boolean probeFinished;
    private boolean unmatchedBuildEmitted;

    public JoinOperator(
            Operator probe,
            Operator build,
            JoinRelType joinType,
            int[] probeKeys,
            int[] buildKeys,
            VectorExpression residual,
            List<RelDataType> probeTypes,
            List<RelDataType> buildTypes,
            ExecutionContext context)
    {
        this.probe = requireNonNull(probe, "probe is null");
        this.build = requireNonNull(build, "build is null");
        this.joinType = requireNonNull(joinType, "joinType is null");
        this.probeKeys = probeKeys.clone();
        this.buildKeys = buildKeys.clone();
        this.residual = residual;
        this.probeTypes = ImmutableList.copyOf(probeTypes);
        this.buildTypes = ImmutableList.copyOf(buildTypes);
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public ColumnBatch next()
    {
        if (buildRows == null) {
            buildSide();
        }
        while (output.isEmpty()) {
            if (probeFinished) {
                if (!unmatchedBuildEmitted) {
                    unmatchedBuildEmitted = true;
                    emitUnmatchedBuildRows();
                    continue;
                }
                return null;
            }
            context.checkCancelled();
            ColumnBatch batch = probe.next();
            if (batch == null) {
                probeFinished = true;
                continue;
            }
            probeBatch(batch);
        }
        return output.poll();
    }

    private void buildSide()
    {
        buildRows = new RowStore(buildTypes);
        while (true) {
            context.checkCancelled();
            ColumnBatch batch = build.next();
            if (batch == null) {
                break;
            }
            buildRows.appendAll(batch);
        }
        buildMatched = new boolean[buildRows.size()];
        if (buildKeys.length == 0) {
            return;
        }
        List<RelDataType> keyTypes = Arrays.stream(buildKeys).mapToObj(buildTypes::get).toList();
        buildHash = new GroupByHash(keyTypes);
        ColumnVector[] keys = keyColumns(buildRows.columnsArray(), buildKeys);
        firstRowOfGroup = new int[Math.max(16, buildRows.size())];
        Arrays.fill(firstRowOfGroup, -1);
        nextRowInGroup = new int[buildRows.size()];
        for (int row = buildRows.size() - 1; row >= 0; row--) {
            if (anyNull(keys, row)) {
                nextRowInGroup[row] = -1;
                continue;
            }
            int group = buildHash.groupId(keys, row);
            if (group >= firstRowOfGroup.length) {
                int oldLength = firstRowOfGroup.length;
                firstRowOfGroup = Arrays.copyOf(firstRowOfGroup, Math.max(group + 1, oldLength * 2));
                Arrays.fill(firstRowOfGroup, oldLength, firstRowOfGroup.length, -1);
            }
            nextRowInGroup[row] = firstRowOfGroup[group];
            firstRowOfGroup[group] = row;
        }
    }

    private void probeBatch(ColumnBatch batch)
    {
        ColumnVector[] keys = keyColumns(batch.columns(), probeKeys);
        int capacity = PAIRS_PER_BATCH;
        int[] probePositions = new int[capacity];
        int[] buildPositions = new int[capacity];
        int pairCount = 0;
        boolean[] probeMatched = new boolean[batch.size()];
        int[] rowOfPair = new int[capacity];
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            int candidate = firstCandidate(keys, position);
            while (candidate >= 0) {
                if (pairCount == capacity) {
                    // A probe batch against a large build side (a cross join) is billions of pairs: stop within one flush
                    context.checkCancelled();
                    pairCount = flushPairs(batch, probePositions, buildPositions, rowOfPair, pairCount, probeMatched);
                }
                probePositions[pairCount] = position;
                buildPositions[pairCount] = candidate;
                rowOfPair[pairCount] = row;
                pairCount++;
                candidate = nextCandidate(candidate);
            }
        }
        flushPairs(batch, probePositions, buildPositions, rowOfPair, pairCount, probeMatched);
        if (joinType == JoinRelType.LEFT || joinType == JoinRelType.FULL || joinType == JoinRelType.ANTI || joinType == JoinRelType.SEMI) {
            emitProbeRows(batch, probeMatched);
        }
    }

    private int firstCandidate(ColumnVector[] keys, int position)
    {
        if (buildKeys.length == 0) {
            return buildRows.size() > 0 ? 0 : -1;
        }
        if (anyNull(keys, position)) {
            return -1;
        }
        int group = buildHash.find(keys, position);
        return group < 0 ? -1 : firstRowOfGroup[group];
    }

    private int nextCandidate(int row)
    {
        if (buildKeys.length == 0) {
            return row + 1 < buildRows.size() ? row + 1 : -1;
        }
        return nextRowInGroup[row];
    }

    /**
     * Evaluates the residual condition on the pairs and emits the surviving ones (for inner, left, right and
     * full joins); returns 0, the new pair count.
     */
    private int flushPairs(ColumnBatch batch, int[] probePositions, int[] buildPositions, int[] rowOfPair, int pairCount, boolean[] probeMatched)
    {
        if (pairCount == 0) {
            return 0;
        }
        ColumnVector[] columns = new ColumnVector[probeTypes.size() + buildTypes.size()];
        for (int column = 0; column < probeTypes.size(); column++) {
            columns[column] = Gather.gather(batch.column(column), probeTypes.get(column), probePositions, pairCount);
        }
        for (int column = 0; column < buildTypes.size(); column++) {
            columns[probeTypes.size() + column] = Gather.gather(buildRows.column(column), buildTypes.get(column), buildPositions, pairCount);
        }
        ColumnBatch pairs = new ColumnBatch(columns, pairCount);
        int[] kept = new int[pairCount];
        int keptCount = 0;
        if (residual == null) {
            for (int pair = 0; pair < pairCount; pair++) {
                kept[keptCount++] = pair;
            }
        }
        else {
            BooleanVector condition = (BooleanVector) residual.evaluate(pairs, context);
            for (int pair = 0; pair < pairCount; pair++) {
                if (!condition.isNull(pair) && condition.values[pair]) {
                    kept[keptCount++] = pair;
                }
            }
        }
        for (int index = 0; index < keptCount; index++) {
            int pair = kept[index];
            probeMatched[rowOfPair[pair]] = true;
            buildMatched[buildPositions[pair]] = true;
        }
        if (keptCount > 0 && joinType != JoinRelType.SEMI && joinType != JoinRelType.ANTI) {
            output.add(new ColumnBatch(columns, keptCount, keptCount == pairCount ? null : Arrays.copyOf(kept, keptCount)));
        }
        return 0;
    }

    private void emitProbeRows(ColumnBatch batch, boolean[] probeMatched)
    {
        boolean wantMatched = joinType == JoinRelType.SEMI;
        int[] positions = new int[batch.size()];
        int count = 0;
        for (int row = 0; row < batch.size(); row++) {
            if (probeMatched[row] == wantMatched) {
                positions[count++] = batch.position(row);
            }
        }
        if (count == 0) {
            return;
        }
        if (joinType == JoinRelType.SEMI || joinType == JoinRelType.ANTI) {
            ColumnVector[] columns = new ColumnVector[probeTypes.size()];
            for (int column = 0; column < columns.length; column++) {
                columns[column] = Gather.gather(batch.column(column), probeTypes.get(column), positions, count);
            }
            output.add(new ColumnBatch(columns, count));
            return;
        }
        int[] noBuild = new int[count];
        Arrays.fill(noBuild, -1);
        ColumnVector[] columns = new ColumnVector[probeTypes.size() + buildTypes.size()];
        for (int column = 0; column < probeTypes.size(); column++) {
            columns[column] = Gather.gather(batch.column(column), probeTypes.get(column), positions, count);
        }
        for (int column = 0; column < buildTypes.size(); column++) {
            columns[probeTypes.size() + column] = Gather.gather(buildRows.column(column), buildTypes.get(column), noBuild, count);
        }
        output.add(new ColumnBatch(columns, count));
    }

    private void emitUnmatchedBuildRows()
    {
        if (joinType != JoinRelType.RIGHT && joinType != JoinRelType.FULL) {
            return;
        }
        int[] rows = new int[buildRows.size()];
        int count = 0;
        for (int row = 0; row < buildRows.size(); row++) {
            if (!buildMatched[row]) {
                rows[count++] = row;
            }
        }
        for (int start = 0; start < count; start += PAIRS_PER_BATCH) {
            int size = Math.min(PAIRS_PER_BATCH, count - start);
            int[] buildPositions = Arrays.copyOfRange(rows, start, start + size);
            int[] noProbe = new int[size];
            Arrays.fill(noProbe, -1);
            ColumnVector[] columns = new ColumnVector[probeTypes.size() + buildTypes.size()];
            for (int column = 0; column < probeTypes.size(); column++) {
                columns[column] = Gather.gather(null, probeTypes.get(column), noProbe, size);
            }
            for (int column = 0; column < buildTypes.size(); column++) {
                columns[probeTypes.size() + column] = Gather.gather(buildRows.column(column), buildTypes.get(column), buildPositions, size);
            }
            output.add(new ColumnBatch(columns, size));
        }
    }

    private static ColumnVector[] keyColumns(ColumnVector[] columns, int[] channels)
    {
        ColumnVector[] keys = new ColumnVector[channels.length];
        for (int key = 0; key < keys.length; key++) {
            keys[key] = columns[channels[key]];
        }
        return keys;
    }

    private static boolean anyNull(ColumnVector[] keys, int position)
    {
        for (ColumnVector key : keys) {
            if (key.isNull(position)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close()
    {
        probe.close();
        build.close();
    }
}
