package io.tarn.engine.exec.operator;

import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;

import java.util.Arrays;
import java.util.List;

/**
 * Assigns dense ids (0, 1, 2, ...) to distinct key rows, keeping each distinct key once in a
 * {@link RowStore}. Open addressing with the full hash kept per group, so most probes compare a long, not
 * the key.
 */
public final class GroupByHash
{
    private final RowStore keys;
    private int[] table = new int[1024];
    private long[] groupHashes = new long[1024];
    private int mask = table.length - 1;
    private int groupCount;
    private int[] groupIds = new int[1024];

    public GroupByHash(List<RelDataType> keyTypes)
    {
        this.keys = new RowStore(keyTypes);
    }

    public int groupCount()
    {
        return groupCount;
    }

    /**
     * The distinct keys, row {@code g} holding group {@code g}'s key.
     */
    public RowStore keys()
    {
        return keys;
    }

    /**
     * The group id of each live row of the batch, in row order (index {@code row}, not position).
     */
    public int[] groupIds(ColumnVector[] keyColumns, ColumnBatch batch)
    {
        int size = batch.size();
        if (groupIds.length < size) {
            groupIds = new int[size];
        }
        for (int row = 0; row < size; row++) {
            groupIds[row] = groupId(keyColumns, batch.position(row));
        }
        return groupIds;
    }

    public int groupId(ColumnVector[] keyColumns, int position)
    {
        long hash = VectorKeys.hash(keyColumns, position);
        int slot = (int) hash & mask;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                int group = addGroup(keyColumns, position, hash);
                table[slot] = group + 1;
                if (groupCount * 2 > table.length) {
                    rehash();
                }
                return group;
            }
            int group = entry - 1;
            if (groupHashes[group] == hash && equalsGroup(keyColumns, position, group)) {
                return group;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * The group of a key if it was seen, otherwise -1 (for probing a built hash, as joins do).
     */
    public int find(ColumnVector[] keyColumns, int position)
    {
        long hash = VectorKeys.hash(keyColumns, position);
        int slot = (int) hash & mask;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            int group = entry - 1;
            if (groupHashes[group] == hash && equalsGroup(keyColumns, position, group)) {
                return group;
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean equalsGroup(ColumnVector[] keyColumns, int position, int group)
    {
        for (int column = 0; column < keyColumns.length; column++) {
            if (!VectorKeys.equal(keyColumns[column], position, keys.column(column), group)) {
                return false;
            }
        }
        return true;
    }

    private int addGroup(ColumnVector[] keyColumns, int position, long hash)
    {
        int group = keys.append(keyColumns, position);
        if (group >= groupHashes.length) {
            groupHashes = Arrays.copyOf(groupHashes, groupHashes.length * 2);
        }
        groupHashes[group] = hash;
        groupCount++;
        return group;
    }

    private void rehash()
    {
        int[] newTable = new int[table.length * 2];
        int newMask = newTable.length - 1;
        for (int group = 0; group < groupCount; group++) {
            int slot = (int) groupHashes[group] & newMask;
            while (newTable[slot] != 0) {
                slot = (slot + 1) & newMask;
            }
            newTable[slot] = group + 1;
        }
        table = newTable;
        mask = newMask;
    }
}
