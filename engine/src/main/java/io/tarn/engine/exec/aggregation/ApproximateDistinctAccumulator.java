package io.tarn.engine.exec.aggregation;

import io.tarn.engine.exec.TimestampWithZone;
import io.tarn.engine.exec.Values;
import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.DoubleVector;
import io.tarn.storage.vector.LongVector;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

import java.util.Objects;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;
import static java.util.Objects.requireNonNull;

/**
 * {@code approx_distinct}: a HyperLogLog sketch per group, as Trino keeps one. Values are hashed with XXH64
 * (a bigint or varchar hashes as in Trino). A group starts sparse, remembering each distinct 26-bit hash
 * prefix with the rank of the rest, and counts by linear counting over those 2^26 cells, which is exact in
 * practice for small groups; past an eighth of the register count (at least 64) prefixes it becomes dense, with 2^p registers
 * (2048 for Trino's default standard error of 2.3%), and estimates with Ertl's improved estimator, which
 * needs no empirical bias tables. The result only depends on the set of values, so it is deterministic.
 */
public final class ApproximateDistinctAccumulator
        implements GroupedAccumulator
{
    public static final double DEFAULT_STANDARD_ERROR = 0.023;

    private static final int SPARSE_PREFIX_BITS = 26;
    private static final double MIN_STANDARD_ERROR = 0.0040625;
    private static final double MAX_STANDARD_ERROR = 0.26;

    private final RelDataType type;
    private final boolean withStandardError;
    private int indexBits = -1;
    /**
     * Sparse sets: open addressing on the prefix, each entry {@code prefix << 6 | rank}, 0 when free.
     */
    private int[][] sparse = new int[16][];
    private int[] sparseSizes = new int[16];
    private byte[][] dense = new byte[16][];

    public ApproximateDistinctAccumulator(RelDataType type, boolean withStandardError)
    {
        this.type = requireNonNull(type, "type is null");
        this.withStandardError = withStandardError;
        if (!withStandardError) {
            indexBits = indexBits(DEFAULT_STANDARD_ERROR);
        }
    }

    /**
     * The number of index bits p whose 2^p registers give at most the standard error, as Trino computes it.
     */
    static int indexBits(double standardError)
    {
        if (!(standardError >= MIN_STANDARD_ERROR && standardError <= MAX_STANDARD_ERROR)) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Max standard error must be in [" + MIN_STANDARD_ERROR + ", " + MAX_STANDARD_ERROR + "]: " + standardError);
        }
        int buckets = (int) Math.ceil(1.0816 / (standardError * standardError));
        return 32 - Integer.numberOfLeadingZeros(buckets - 1);
    }

    @Override
    public void add(int[] groupIds, int groupCount, ColumnVector[] arguments, ColumnBatch batch)
    {
        ensure(groupCount);
        ColumnVector input = arguments[0];
        if (withStandardError) {
            setIndexBits(arguments[1], batch);
        }
        boolean nulls = !input.noNulls;
        int[] selected = batch.selected();
        int size = batch.size();
        if (input instanceof LongVector longs && type.getSqlTypeName() != SqlTypeName.TIMESTAMP_TZ) {
            long[] values = longs.values;
            for (int row = 0; row < size; row++) {
                int position = selected == null ? row : selected[row];
                if (!nulls || !longs.isNull[position]) {
                    insert(groupIds[row], XxHash64.hash(values[position]));
                }
            }
            return;
        }
        if (input instanceof BytesVector bytes) {
            for (int row = 0; row < size; row++) {
                int position = selected == null ? row : selected[row];
                if (!nulls || !bytes.isNull[position]) {
                    insert(groupIds[row], XxHash64.hash(bytes.vector[position], bytes.start[position], bytes.length[position]));
                }
            }
            return;
        }
        for (int row = 0; row < size; row++) {
            int position = selected == null ? row : selected[row];
            if (!input.isNull(position)) {
                insert(groupIds[row], hash(input, position));
            }
        }
    }

    private void setIndexBits(ColumnVector standardErrors, ColumnBatch batch)
    {
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (standardErrors.isNull(position)) {
                continue;
            }
            int bits = indexBits(((DoubleVector) standardErrors).values[position]);
            if (indexBits < 0) {
                indexBits = bits;
            }
            else if (bits != indexBits) {
                throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Cannot merge HyperLogLog sketches of different precisions: standard error must be constant");
            }
        }
    }

    private long hash(ColumnVector input, int position)
    {
        if (input instanceof LongVector longs) {
            return XxHash64.hash(TimestampWithZone.epochMillis(longs.values[position]));
        }
        if (input instanceof DoubleVector doubles) {
            double value = doubles.values[position];
            return XxHash64.hash(Double.doubleToLongBits(value == 0 ? 0 : value));
        }
        if (input instanceof BooleanVector booleans) {
            return XxHash64.hash(booleans.values[position] ? 1 : 0);
        }
        return XxHash64.hash(Objects.hashCode(Values.read(input, position, type)));
    }

    private void ensure(int groupCount)
    {
        sparse = (int[][]) GroupedArrays.ensure(sparse, groupCount);
        sparseSizes = GroupedArrays.ensure(sparseSizes, groupCount);
        dense = (byte[][]) GroupedArrays.ensure(dense, groupCount);
    }

    private void insert(int group, long hash)
    {
        byte[] registers = dense[group];
        if (registers != null) {
            int index = (int) (hash >>> (Long.SIZE - indexBits));
            byte rank = (byte) rank(hash, indexBits);
            if (rank > registers[index]) {
                registers[index] = rank;
            }
            return;
        }
        int prefix = (int) (hash >>> (Long.SIZE - SPARSE_PREFIX_BITS));
        insertSparse(group, prefix, rank(hash, SPARSE_PREFIX_BITS));
    }

    private static int rank(long hash, int indexBits)
    {
        return Long.numberOfLeadingZeros((hash << indexBits) | (1L << (indexBits - 1))) + 1;
    }

    private void insertSparse(int group, int prefix, int rank)
    {
        int[] table = sparse[group];
        if (table == null) {
            table = new int[8];
            sparse[group] = table;
        }
        int mask = table.length - 1;
        int slot = mix(prefix) & mask;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                table[slot] = prefix << 6 | rank;
                sparseSizes[group]++;
                break;
            }
            if (entry >>> 6 == prefix) {
                if ((entry & 0x3F) < rank) {
                    table[slot] = prefix << 6 | rank;
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (sparseSizes[group] > Math.max(64, (1 << indexBits) / 8)) {
            toDense(group);
        }
        else if (sparseSizes[group] * 2 > table.length) {
            int[] old = table;
            sparse[group] = new int[table.length * 2];
            sparseSizes[group] = 0;
            for (int entry : old) {
                if (entry != 0) {
                    insertSparse(group, entry >>> 6, entry & 0x3F);
                }
            }
        }
    }

    private static int mix(int value)
    {
        int mixed = value * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }

    private void toDense(int group)
    {
        byte[] registers = new byte[1 << indexBits];
        int[] table = sparse[group];
        for (int entry : table) {
            if (entry != 0) {
                addSparseEntry(registers, entry);
            }
        }
        dense[group] = registers;
        sparse[group] = null;
        sparseSizes[group] = 0;
    }

    /**
     * A sparse entry's register and rank at the dense precision: the prefix bits beyond the index decide the
     * rank when one of them is set.
     */
    private void addSparseEntry(byte[] registers, int entry)
    {
        int prefix = entry >>> 6;
        int extraBits = SPARSE_PREFIX_BITS - indexBits;
        int index = prefix >>> extraBits;
        int extra = prefix & ((1 << extraBits) - 1);
        int rank = extra != 0 ? Integer.numberOfLeadingZeros(extra) - (Integer.SIZE - extraBits) + 1 : extraBits + (entry & 0x3F);
        if (rank > registers[index]) {
            registers[index] = (byte) rank;
        }
    }

    @Override
    public void merge(GroupedAccumulator other, int[] groupMapping, int groupCount)
    {
        ensure(groupCount);
        ApproximateDistinctAccumulator that = (ApproximateDistinctAccumulator) other;
        if (indexBits < 0) {
            indexBits = that.indexBits;
        }
        for (int group = 0; group < groupMapping.length && group < that.sparse.length; group++) {
            int target = groupMapping[group];
            if (that.sparse[group] != null) {
                for (int entry : that.sparse[group]) {
                    if (entry == 0) {
                        continue;
                    }
                    if (dense[target] != null) {
                        addSparseEntry(dense[target], entry);
                    }
                    else {
                        insertSparse(target, entry >>> 6, entry & 0x3F);
                    }
                }
            }
            if (that.dense[group] != null) {
                if (dense[target] == null) {
                    if (sparse[target] == null) {
                        sparse[target] = new int[8];
                    }
                    toDense(target);
                }
                byte[] registers = dense[target];
                byte[] otherRegisters = that.dense[group];
                for (int index = 0; index < registers.length; index++) {
                    registers[index] = (byte) Math.max(registers[index], otherRegisters[index]);
                }
            }
        }
    }

    @Override
    public void output(int group, ColumnVector target, int position)
    {
        ((LongVector) target).set(position, estimate(group));
    }

    private long estimate(int group)
    {
        if (group >= dense.length) {
            return 0;
        }
        if (dense[group] == null) {
            int entries = sparseSizes[group];
            double cells = 1L << SPARSE_PREFIX_BITS;
            return Math.round(cells * Math.log(cells / (cells - entries)));
        }
        return Math.round(ertlEstimate(dense[group], indexBits));
    }

    /**
     * Ertl, "New cardinality estimation algorithms for HyperLogLog sketches" (2017), the improved raw
     * estimator: unbiased over the whole range without a switch to linear counting.
     */
    static double ertlEstimate(byte[] registers, int indexBits)
    {
        int registerCount = registers.length;
        int maximum = Long.SIZE - indexBits;
        int[] histogram = new int[maximum + 2];
        for (byte register : registers) {
            histogram[register]++;
        }
        double m = registerCount;
        double z = m * tau(1 - histogram[maximum + 1] / m);
        for (int rank = maximum; rank >= 1; rank--) {
            z = 0.5 * (z + histogram[rank]);
        }
        z += m * sigma(histogram[0] / m);
        return m * m / (2 * Math.log(2)) / z;
    }

    private static double sigma(double x)
    {
        if (x == 1) {
            return Double.POSITIVE_INFINITY;
        }
        double power = x;
        double weight = 1;
        double sum = x;
        while (true) {
            power *= power;
            double previous = sum;
            sum += power * weight;
            weight += weight;
            if (sum == previous) {
                return sum;
            }
        }
    }

    private static double tau(double x)
    {
        if (x == 0 || x == 1) {
            return 0;
        }
        double root = x;
        double weight = 1;
        double sum = 1 - x;
        while (true) {
            root = Math.sqrt(root);
            double previous = sum;
            weight *= 0.5;
            sum -= (1 - root) * (1 - root) * weight;
            if (sum == previous) {
                return sum / 3;
            }
        }
    }

}
