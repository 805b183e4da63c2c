package io.tarn.engine.exec.operator;

import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.LongVector;
import org.apache.calcite.rel.type.RelDataType;

import java.util.Arrays;
import java.util.List;

/**
 * Assigns dense ids (0, 1, 2, ...) to distinct key rows, keeping each distinct key once in a
 * {@link RowStore}. Open addressing with the full hash kept per group, so most probes compare a long, not
 * the key.
 *
 * <p>Two fast paths for single keys: a long key is hashed and compared without generic dispatch; a string
 * key read from a dictionary-encoded ORC column, where every occurrence of a value refers to the same
 * bytes of one dictionary buffer, is looked up once per distinct offset in each batch.
 */
public final class GroupByHash
{
    private final RowStore keys;
    private final boolean singleLong;
    private final boolean singleBytes;
    private int[] table = new int[1024];
    private long[] groupHashes = new long[1024];
    private int mask = table.length - 1;
    private int groupCount;
    private int[] groupIds = new int[1024];
    private final OffsetCache offsetCache = new OffsetCache();

    public GroupByHash(List<RelDataType> keyTypes)
    {
        this.keys = new RowStore(keyTypes);
        this.singleLong = keyTypes.size() == 1 && keys.column(0) instanceof LongVector;
        this.singleBytes = keyTypes.size() == 1 && keys.column(0) instanceof BytesVector;
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
        if (singleLong) {
            longGroupIds((LongVector) keyColumns[0], batch);
        }
        else if (singleBytes) {
            bytesGroupIds(keyColumns, batch);
        }
        else {
            for (int row = 0; row < size; row++) {
                groupIds[row] = groupId(keyColumns, batch.position(row));
            }
        }
        return groupIds;
    }

    private void longGroupIds(LongVector column, ColumnBatch batch)
    {
        LongVector stored = (LongVector) keys.column(0);
        ColumnVector[] keyColumns = {column};
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (column.isNull(position)) {
                groupIds[row] = groupId(keyColumns, position);
                continue;
            }
            long value = column.values[position];
            // Must equal VectorKeys.hash(keys, position), which merging and probing use.
            long hash = VectorKeys.mix(17L * 31 + VectorKeys.mix(value));
            int slot = (int) hash & mask;
            int group;
            while (true) {
                int entry = table[slot];
                if (entry == 0) {
                    group = insert(keyColumns, position, hash, slot);
                    break;
                }
                int candidate = entry - 1;
                if (groupHashes[candidate] == hash && !stored.isNull(candidate) && stored.values[candidate] == value) {
                    group = candidate;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            groupIds[row] = group;
        }
    }

    private void bytesGroupIds(ColumnVector[] keyColumns, ColumnBatch batch)
    {
        BytesVector column = (BytesVector) keyColumns[0];
        offsetCache.clear();
        byte[] dictionary = null;
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (column.isNull(position)) {
                groupIds[row] = groupId(keyColumns, position);
                continue;
            }
            byte[] buffer = column.vector[position];
            if (dictionary == null) {
                dictionary = buffer;
            }
            if (buffer == dictionary) {
                int cached = offsetCache.get(column.start[position], column.length[position]);
                if (cached >= 0) {
                    groupIds[row] = cached;
                    continue;
                }
                int group = groupId(keyColumns, position);
                offsetCache.put(column.start[position], column.length[position], group);
                groupIds[row] = group;
                continue;
            }
            groupIds[row] = groupId(keyColumns, position);
        }
    }

    public int groupId(ColumnVector[] keyColumns, int position)
    {
        long hash = VectorKeys.hash(keyColumns, position);
        int slot = (int) hash & mask;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                return insert(keyColumns, position, hash, slot);
            }
            int group = entry - 1;
            if (groupHashes[group] == hash && equalsGroup(keyColumns, position, group)) {
                return group;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int insert(ColumnVector[] keyColumns, int position, long hash, int slot)
    {
        int group = addGroup(keyColumns, position, hash);
        table[slot] = group + 1;
        if (groupCount * 2 > table.length) {
            rehash();
        }
        return group;
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

    /**
     * Group ids by (offset, length) within one batch's dictionary buffer: a small open-addressing map,
     * cleared per batch.
     */
    private static final class OffsetCache
    {
        private long[] keys = new long[256];
        private int[] values = new int[256];
        private int used;

        void clear()
        {
            if (used > 0) {
                Arrays.fill(keys, 0);
                used = 0;
            }
        }

        int get(int offset, int length)
        {
            long key = key(offset, length);
            int mask = keys.length - 1;
            int slot = (int) VectorKeys.mix(key) & mask;
            while (keys[slot] != 0) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        void put(int offset, int length, int group)
        {
            if ((used + 1) * 2 > keys.length) {
                grow();
            }
            insert(key(offset, length), group);
            used++;
        }

        private void insert(long key, int group)
        {
            int mask = keys.length - 1;
            int slot = (int) VectorKeys.mix(key) & mask;
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = group;
        }

        private void grow()
        {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldValues.length * 2];
            for (int slot = 0; slot < oldKeys.length; slot++) {
                if (oldKeys[slot] != 0) {
                    insert(oldKeys[slot], oldValues[slot]);
                }
            }
        }

        /**
         * Never zero: zero marks an empty slot.
         */
        private static long key(int offset, int length)
        {
            return ((long) offset << 32 | (length & 0xFFFFFFFFL)) + 1;
        }
    }
}
