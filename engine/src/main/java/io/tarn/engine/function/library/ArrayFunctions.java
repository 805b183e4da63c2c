package io.tarn.engine.function.library;

import io.tarn.engine.exec.Batches;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.Interval;
import io.tarn.engine.exec.PhysicalType;
import io.tarn.engine.exec.ValueFormatter;
import io.tarn.engine.exec.Values;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.engine.exec.expression.ValueComparison;
import io.tarn.engine.function.FunctionRegistry;
import io.tarn.engine.function.ScalarCall;
import io.tarn.engine.function.Scalars;
import io.tarn.engine.type.TarnTypes;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.ArrayVector;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.LongVector;
import io.tarn.storage.vector.StructVector;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.LongFunction;
import java.util.function.Predicate;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;
import static io.tarn.engine.StandardErrorCode.OPERATOR_NOT_FOUND;
import static java.util.Objects.requireNonNull;

/**
 * Array functions with Trino's semantics. {@code element_at} and {@code cardinality} are vector kernels
 * (Lake queries read {@code element_at(resources, 1).arn} on every row); the higher-order functions apply
 * their lambda to all elements of a batch in one vectorized evaluation; the rest work on Java lists.
 */
final class ArrayFunctions
{
    private static final int MAX_RESULT_ENTRIES = 10_000;

    private ArrayFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
        functions.scalar("element_at(array(E), bigint): E", "Element at the 1-based index (negative counts from the end); null when out of bounds", ElementAt::new);
        functions.scalar("cardinality(array(E)): bigint", "Number of elements", Cardinality::new);
        functions.scalar("contains(array(T), T): boolean", "Whether the array contains the value (null if not found and the array has nulls)",
                Scalars.binary(ArrayFunctions::contains));
        functions.scalar("array_position(array(T), T): bigint", "1-based position of the first occurrence of the value, 0 if absent",
                Scalars.binary((array, value) -> (long) ((List<?>) array).indexOf(value) + 1));
        functions.scalar("array_join(array(T), varchar): varchar", "Elements as text joined by the delimiter, nulls left out",
                call -> join(call, false));
        functions.scalar("array_join(array(T), varchar, varchar): varchar", "Elements as text joined by the delimiter, nulls replaced",
                call -> join(call, true));
        functions.scalar("array_distinct(array(E)): array(E)", "Distinct elements, in order of first occurrence",
                Scalars.unary(array -> new ArrayList<>(new LinkedHashSet<>((List<?>) array))));
        functions.scalar("array_max(array(T)): T", "Largest element; null if the array is empty or has nulls", Scalars.unary(array -> extreme((List<?>) array, 1)));
        functions.scalar("array_min(array(T)): T", "Smallest element; null if the array is empty or has nulls", Scalars.unary(array -> extreme((List<?>) array, -1)));
        functions.scalar("array_remove(array(E), E): array(E)", "Array without the elements equal to the value",
                Scalars.binary((array, value) -> ((List<?>) array).stream().filter(element -> element == null || !element.equals(value)).toList()));
        functions.scalar("reverse(array(E)): array(E)", "Elements in reverse order", Scalars.unary(array -> {
            List<Object> reversed = new ArrayList<>((List<?>) array);
            Collections.reverse(reversed);
            return reversed;
        }));
        functions.scalar("array_sort(array(E)): array(E)", "Elements in ascending order, nulls last", Scalars.unary(array -> {
            List<Object> sorted = new ArrayList<>((List<?>) array);
            sorted.sort(ValueComparison::compare);
            return sorted;
        }));
        functions.scalar("array_sort(array(T), function(T,T,integer)): array(T)", "Elements sorted by the comparator (negative, zero or positive result)", SortWithComparator::new);
        functions.scalar("array_union(array(E), array(E)): array(E)", "Distinct elements of both arrays", Scalars.binary((left, right) -> {
            Set<Object> union = new LinkedHashSet<>((List<?>) left);
            union.addAll((List<?>) right);
            return new ArrayList<>(union);
        }));
        functions.scalar("array_intersect(array(E), array(E)): array(E)", "Distinct elements in both arrays", Scalars.binary((left, right) -> {
            Set<Object> intersection = new LinkedHashSet<>((List<?>) left);
            intersection.retainAll(new HashSet<>((List<?>) right));
            return new ArrayList<>(intersection);
        }));
        functions.scalar("array_except(array(E), array(E)): array(E)", "Distinct elements of the first array not in the second", Scalars.binary((left, right) -> {
            Set<Object> difference = new LinkedHashSet<>((List<?>) left);
            difference.removeAll(new HashSet<>((List<?>) right));
            return new ArrayList<>(difference);
        }));
        functions.scalar("arrays_overlap(array(E), array(E)): boolean", "Whether the arrays have a non-null element in common (null if not and either has nulls)",
                Scalars.binary((left, right) -> overlap((List<?>) left, (List<?>) right)));
        functions.scalar("concat(array(E)...): array(E)", "Elements of all the arrays in order", Scalars.rowwise((arguments, context) -> {
            List<Object> result = new ArrayList<>();
            for (Object array : arguments) {
                result.addAll((List<?>) array);
            }
            return result;
        }));
        functions.scalar("concat(array(E), E): array(E)", "The array with the element appended", Scalars.binary((array, element) -> {
            List<Object> result = new ArrayList<>((List<?>) array);
            result.add(element);
            return result;
        }));
        functions.scalar("concat(E, array(E)): array(E)", "The array with the element prepended", Scalars.binary((element, array) -> {
            List<Object> result = new ArrayList<>();
            result.add(element);
            result.addAll((List<?>) array);
            return result;
        }));
        functions.scalar("flatten(array(array(E))): array(E)", "Elements of the inner arrays in order (null inner arrays are skipped)", Scalars.unary(array -> {
            List<Object> result = new ArrayList<>();
            for (Object inner : (List<?>) array) {
                if (inner != null) {
                    result.addAll((List<?>) inner);
                }
            }
            return result;
        }));
        functions.scalar("slice(array(E), bigint, bigint): array(E)", "Up to length elements from the 1-based start (negative counts from the end)",
                Scalars.rowwise((arguments, context) -> slice((List<?>) arguments[0], (Long) arguments[1], (Long) arguments[2])));
        functions.scalar("trim_array(array(E), bigint): array(E)", "The array without its last n elements",
                Scalars.binary((array, count) -> trim((List<?>) array, (Long) count)));
        functions.scalar("repeat(T, integer): array(T)", "Array of the element repeated count times",
                Scalars.rowwiseOnNulls((arguments, context) -> repeat(arguments[0], (Long) arguments[1])));
        registerZip(functions);
        registerSequence(functions);
        functions.scalar("transform(array(T), function(T,U)): array(U)", "Array of the function applied to each element", Transform::new);
        functions.scalar("filter(array(T), function(T,boolean)): array(T)", "Elements for which the function returns true", Filter::new);
        functions.scalar("reduce(array(T), S, function(S,T,S), function(S,R)): R", "Folds the elements into a state from the initial one, then applies the output function",
                Reduce::new);
        functions.scalar("any_match(array(T), function(T,boolean)): boolean", "Whether the predicate holds for some element", call -> new Match(call, Match.Kind.ANY));
        functions.scalar("all_match(array(T), function(T,boolean)): boolean", "Whether the predicate holds for every element", call -> new Match(call, Match.Kind.ALL));
        functions.scalar("none_match(array(T), function(T,boolean)): boolean", "Whether the predicate holds for no element", call -> new Match(call, Match.Kind.NONE));
        functions.scalar("zip_with(array(T), array(U), function(T,U,R)): array(R)", "Array of the function applied to the elements at each position (null past the shorter array)",
                ZipWith::new);
    }

    private static void registerZip(FunctionRegistry.Builder functions)
    {
        String variables = "ABCDE";
        for (int count = 2; count <= variables.length(); count++) {
            List<String> arrays = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            for (int index = 0; index < count; index++) {
                arrays.add("array(" + variables.charAt(index) + ")");
                fields.add(String.valueOf(variables.charAt(index)));
            }
            functions.scalar("zip(" + String.join(", ", arrays) + "): array(row(" + String.join(", ", fields) + "))",
                    "Rows of the elements at each position (null past the shorter arrays)",
                    Scalars.rowwise((arguments, context) -> zip(arguments)));
        }
    }

    private static void registerSequence(FunctionRegistry.Builder functions)
    {
        functions.scalar("sequence(bigint, bigint): array(bigint)", "Integers from start to stop by 1 or -1",
                Scalars.binary((start, stop) -> sequence((Long) start, (Long) stop, (Long) stop >= (Long) start ? 1 : -1)));
        functions.scalar("sequence(bigint, bigint, bigint): array(bigint)", "Integers from start to stop by step",
                Scalars.rowwise((arguments, context) -> sequence((Long) arguments[0], (Long) arguments[1], (Long) arguments[2])));
        functions.scalar("sequence(date, date): array(date)", "Days from start to stop",
                Scalars.binary((start, stop) -> dateSequence((LocalDate) start, (LocalDate) stop, new Interval.DayToSecond((((LocalDate) stop).isBefore((LocalDate) start) ? -1 : 1) * 86_400_000L))));
        functions.scalar("sequence(date, date, interval day to second): array(date)", "Dates from start to stop by a whole number of days",
                Scalars.rowwise((arguments, context) -> dateSequence((LocalDate) arguments[0], (LocalDate) arguments[1], (Interval) arguments[2])));
        functions.scalar("sequence(date, date, interval year to month): array(date)", "Dates from start to stop by months",
                Scalars.rowwise((arguments, context) -> dateSequence((LocalDate) arguments[0], (LocalDate) arguments[1], (Interval) arguments[2])));
        functions.scalar("sequence(timestamp(p), timestamp(p), interval day to second): array(timestamp(p))", "Timestamps from start to stop by step",
                Scalars.rowwise((arguments, context) -> timestampSequence((LocalDateTime) arguments[0], (LocalDateTime) arguments[1], (Interval) arguments[2])));
        functions.scalar("sequence(timestamp(p), timestamp(p), interval year to month): array(timestamp(p))", "Timestamps from start to stop by months",
                Scalars.rowwise((arguments, context) -> timestampSequence((LocalDateTime) arguments[0], (LocalDateTime) arguments[1], (Interval) arguments[2])));
    }

    private static Boolean contains(Object array, Object value)
    {
        boolean sawNull = false;
        for (Object element : (List<?>) array) {
            if (element == null) {
                sawNull = true;
            }
            else if (element.equals(value)) {
                return true;
            }
        }
        return sawNull ? null : false;
    }

    private static Object extreme(List<?> array, int direction)
    {
        Object best = null;
        for (Object element : array) {
            if (element == null) {
                return null;
            }
            if (best == null || ValueComparison.compare(element, best) * direction > 0) {
                best = element;
            }
        }
        return best;
    }

    private static Boolean overlap(List<?> left, List<?> right)
    {
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        Set<Object> values = new HashSet<>(left);
        for (Object element : right) {
            if (element != null && values.contains(element)) {
                return true;
            }
        }
        return left.contains(null) || right.contains(null) ? null : false;
    }

    private static VectorExpression join(ScalarCall call, boolean replaceNulls)
    {
        RelDataType elementType = call.argumentType(0).getComponentType();
        SqlTypeName name = elementType.getSqlTypeName();
        if (name == SqlTypeName.ARRAY || name == SqlTypeName.MAP || name == SqlTypeName.ROW || TarnTypes.isJson(elementType)) {
            throw new TarnException(OPERATOR_NOT_FOUND, "Cannot cast " + TarnTypes.trinoName(elementType) + " to varchar");
        }
        return Scalars.rowwise((arguments, context) -> {
            StringJoiner joined = new StringJoiner((String) arguments[1]);
            for (Object element : (List<?>) arguments[0]) {
                if (element != null) {
                    joined.add(ValueFormatter.format(element, elementType));
                }
                else if (replaceNulls) {
                    joined.add((String) arguments[2]);
                }
            }
            return joined.toString();
        }).bind(call);
    }

    private static List<Object> slice(List<?> array, long start, long length)
    {
        if (start == 0) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "SQL array indices start at 1");
        }
        if (length < 0) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "length must be greater than or equal to 0");
        }
        long from = start > 0 ? start - 1 : array.size() + start;
        if (from < 0 || from >= array.size()) {
            return List.of();
        }
        long to = Math.min(array.size(), from + length);
        return new ArrayList<>(array.subList((int) from, (int) to));
    }

    private static List<Object> trim(List<?> array, long count)
    {
        if (count < 0 || count > array.size()) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "size must not exceed array cardinality " + array.size() + ": " + count);
        }
        return new ArrayList<>(array.subList(0, array.size() - (int) count));
    }

    private static List<Object> repeat(Object element, Long count)
    {
        if (count == null) {
            return null;
        }
        if (count < 0) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "count argument of repeat function must be greater than or equal to 0");
        }
        if (count > MAX_RESULT_ENTRIES) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "count argument of repeat function must be less than or equal to " + MAX_RESULT_ENTRIES);
        }
        return new ArrayList<>(Collections.nCopies(count.intValue(), element));
    }

    private static List<Object> zip(Object[] arrays)
    {
        int length = 0;
        for (Object array : arrays) {
            length = Math.max(length, ((List<?>) array).size());
        }
        List<Object> rows = new ArrayList<>(length);
        for (int index = 0; index < length; index++) {
            Object[] fields = new Object[arrays.length];
            for (int array = 0; array < arrays.length; array++) {
                List<?> elements = (List<?>) arrays[array];
                fields[array] = index < elements.size() ? elements.get(index) : null;
            }
            rows.add(Arrays.asList(fields));
        }
        return rows;
    }

    private static List<Object> sequence(long start, long stop, long step)
    {
        if (step == 0) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "step must not be zero");
        }
        checkDirection(step > 0 ? stop >= start : stop <= start);
        long count = (stop - start) / step + 1;
        checkLength(count);
        List<Object> result = new ArrayList<>((int) count);
        for (long index = 0; index < count; index++) {
            result.add(start + index * step);
        }
        return result;
    }

    private static void checkDirection(boolean valid)
    {
        if (!valid) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT,
                    "sequence stop value should be greater than or equal to start value if step is greater than zero otherwise stop should be less than or equal to start");
        }
    }

    private static void checkLength(long count)
    {
        if (count > MAX_RESULT_ENTRIES) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "result of sequence function must not have more than " + MAX_RESULT_ENTRIES + " entries");
        }
    }

    private static List<Object> dateSequence(LocalDate start, LocalDate stop, Interval step)
    {
        if (step instanceof Interval.DayToSecond days) {
            if (days.millis() % 86_400_000L != 0) {
                throw new TarnException(INVALID_FUNCTION_ARGUMENT, "sequence step must be a day interval if start and end values are dates");
            }
            List<Object> result = new ArrayList<>();
            for (Object day : sequence(start.toEpochDay(), stop.toEpochDay(), days.millis() / 86_400_000L)) {
                result.add(LocalDate.ofEpochDay((Long) day));
            }
            return result;
        }
        long months = ((Interval.YearToMonth) step).months();
        return monthSequence(months, start.isBefore(stop) || start.equals(stop), start.isAfter(stop) || start.equals(stop), index -> start.plusMonths(index * months),
                value -> months > 0 ? !((LocalDate) value).isAfter(stop) : !((LocalDate) value).isBefore(stop));
    }

    private static List<Object> timestampSequence(LocalDateTime start, LocalDateTime stop, Interval step)
    {
        if (step instanceof Interval.DayToSecond interval) {
            List<Object> result = new ArrayList<>();
            for (Object millis : sequence(Values.toEpochMillis(start), Values.toEpochMillis(stop), interval.millis())) {
                result.add(Values.toLocalDateTime((Long) millis));
            }
            return result;
        }
        long months = ((Interval.YearToMonth) step).months();
        return monthSequence(months, !start.isAfter(stop), !start.isBefore(stop), index -> start.plusMonths(index * months),
                value -> months > 0 ? !((LocalDateTime) value).isAfter(stop) : !((LocalDateTime) value).isBefore(stop));
    }

    /**
     * Adding months to the start (not to the previous value) keeps the day of month where it exists, as Trino
     * does: January 31 by one month gives February 28, then March 31.
     */
    private static List<Object> monthSequence(long months, boolean ascending, boolean descending, LongFunction<Object> value, Predicate<Object> inRange)
    {
        if (months == 0) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "step must not be zero");
        }
        checkDirection(months > 0 ? ascending : descending);
        List<Object> result = new ArrayList<>();
        for (long index = 0; ; index++) {
            Object next = value.apply(index);
            if (!inRange.test(next)) {
                return result;
            }
            checkLength(result.size() + 1);
            result.add(next);
        }
    }

    /**
     * {@code element_at}: copies the element at the index, or null.
     */
    private static final class ElementAt
            extends CallKernel
    {
        private ColumnVector result;

        ElementAt(ScalarCall call)
        {
            super(call);
        }

        @Override
        public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
        {
            ArrayVector arrays = (ArrayVector) argument(0).evaluate(batch, context);
            LongVector indexes = (LongVector) argument(1).evaluate(batch, context);
            if (result == null) {
                result = PhysicalType.newVector(type(), Batches.positionLimit(batch));
            }
            Batches.prepare(result, batch);
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (arrays.isNull(position) || indexes.isNull(position)) {
                    Values.write(result, position, type(), null);
                    continue;
                }
                long index = indexes.values[position];
                if (index == 0) {
                    throw new TarnException(INVALID_FUNCTION_ARGUMENT, "SQL array indices start at 1");
                }
                int length = arrays.lengths[position];
                long zeroBased = index > 0 ? index - 1 : length + index;
                if (zeroBased < 0 || zeroBased >= length) {
                    Values.write(result, position, type(), null);
                    continue;
                }
                share(arrays.elements, arrays.offsets[position] + (int) zeroBased, result, position);
            }
            return result;
        }
    }

    /**
     * Puts a value of one vector at a position of another, referring to string bytes rather than copying
     * them (the result lives no longer than its input batch); other values are copied.
     */
    private static void share(ColumnVector source, int from, ColumnVector target, int to)
    {
        if (source instanceof BytesVector bytes && !bytes.isNull(from)) {
            ((BytesVector) target).setReference(to, bytes.vector[from], bytes.start[from], bytes.length[from]);
            return;
        }
        if (source instanceof StructVector struct && !struct.isNull(from)) {
            StructVector targetStruct = (StructVector) target;
            for (int field = 0; field < struct.fields.length; field++) {
                targetStruct.fields[field].ensureCapacity(to + 1);
                share(struct.fields[field], from, targetStruct.fields[field], to);
            }
            targetStruct.setNotNull(to);
            return;
        }
        target.copyFrom(source, from, to);
    }

    private static final class Cardinality
            extends CallKernel
    {
        private final LongVector result = new LongVector(1024);

        Cardinality(ScalarCall call)
        {
            super(call);
        }

        @Override
        public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
        {
            ArrayVector arrays = (ArrayVector) argument(0).evaluate(batch, context);
            Batches.prepare(result, batch);
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (arrays.isNull(position)) {
                    result.setNull(position);
                }
                else {
                    result.values[position] = arrays.lengths[position];
                }
            }
            return result;
        }
    }

    /**
     * {@code transform}: the result shares the input's offsets and lengths; only the elements are new.
     */
    private static final class Transform
            extends CallKernel
    {
        Transform(ScalarCall call)
        {
            super(call);
        }

        @Override
        public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
        {
            ArrayVector arrays = (ArrayVector) argument(0).evaluate(batch, context);
            return sameShape(arrays, LambdaElements.apply(lambda(1), arrays, batch, context));
        }
    }

    private static ArrayVector sameShape(ArrayVector arrays, ColumnVector elements)
    {
        ArrayVector result = new ArrayVector(arrays.capacity(), elements);
        result.offsets = arrays.offsets;
        result.lengths = arrays.lengths;
        result.elementCount = arrays.elementCount;
        result.isNull = arrays.isNull;
        result.noNulls = arrays.noNulls;
        return result;
    }

    /**
     * {@code filter}: copies the kept elements into a new array vector.
     */
    private static final class Filter
            extends CallKernel
    {
        Filter(ScalarCall call)
        {
            super(call);
        }

        @Override
        public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
        {
            ArrayVector arrays = (ArrayVector) argument(0).evaluate(batch, context);
            BooleanVector keep = (BooleanVector) LambdaElements.apply(lambda(1), arrays, batch, context);
            ArrayVector result = (ArrayVector) PhysicalType.newVector(type(), Batches.positionLimit(batch));
            result.ensureCapacity(Batches.positionLimit(batch));
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (arrays.isNull(position)) {
                    Values.write(result, position, type(), null);
                    continue;
                }
                int first = arrays.offsets[position];
                int end = first + arrays.lengths[position];
                int target = result.startArray(position, countTrue(keep, first, end));
                for (int element = first; element < end; element++) {
                    if (!keep.isNull(element) && keep.values[element]) {
                        result.elements.copyFrom(arrays.elements, element, target++);
                    }
                }
            }
            return result;
        }
    }

    /**
     * How many positions from {@code first} to {@code end} (exclusive) hold true.
     */
    static int countTrue(BooleanVector values, int first, int end)
    {
        int count = 0;
        for (int position = first; position < end; position++) {
            if (!values.isNull(position) && values.values[position]) {
                count++;
            }
        }
        return count;
    }

    /**
     * {@code any_match}, {@code all_match}, {@code none_match}: the predicate runs over all elements of the
     * batch, then each row combines its results with SQL's three-valued logic.
     */
    private static final class Match
            extends CallKernel
    {
        enum Kind
        {
            ANY, ALL, NONE
        }

        private final Kind kind;
        private final BooleanVector result = new BooleanVector(1024);

        Match(ScalarCall call, Kind kind)
        {
            super(call);
            this.kind = requireNonNull(kind, "kind is null");
        }

        @Override
        public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
        {
            ArrayVector arrays = (ArrayVector) argument(0).evaluate(batch, context);
            BooleanVector tests = (BooleanVector) LambdaElements.apply(lambda(1), arrays, batch, context);
            Batches.prepare(result, batch);
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (arrays.isNull(position)) {
                    result.setNull(position);
                    continue;
                }
                boolean anyTrue = false;
                boolean anyFalse = false;
                boolean anyNull = false;
                for (int element = arrays.offsets[position], end = element + arrays.lengths[position]; element < end; element++) {
                    if (tests.isNull(element)) {
                        anyNull = true;
                    }
                    else if (tests.values[element]) {
                        anyTrue = true;
                    }
                    else {
                        anyFalse = true;
                    }
                }
                Boolean value = switch (kind) {
                    case ANY -> anyTrue ? Boolean.TRUE : anyNull ? null : Boolean.FALSE;
                    case ALL -> anyFalse ? Boolean.FALSE : anyNull ? null : Boolean.TRUE;
                    case NONE -> anyTrue ? Boolean.FALSE : anyNull ? null : Boolean.TRUE;
                };
                if (value == null) {
                    result.setNull(position);
                }
                else {
                    result.values[position] = value;
                }
            }
            return result;
        }
    }

    /**
     * {@code reduce}: one vectorized step per element index, over the rows whose arrays are that long, with
     * the state held per row; then the output function over all rows.
     */
    private static final class Reduce
            extends CallKernel
    {
        private final RelDataType stateType;

        Reduce(ScalarCall call)
        {
            super(call);
            this.stateType = call.argumentType(1);
        }

        @Override
        public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
        {
            ArrayVector arrays = (ArrayVector) argument(0).evaluate(batch, context);
            ColumnVector initialStates = argument(1).evaluate(batch, context);
            int limit = Batches.positionLimit(batch);
            ColumnVector state = PhysicalType.newVector(stateType, limit);
            state.ensureCapacity(limit);
            ColumnVector element = arrays.elements.newEmpty(limit);
            element.ensureCapacity(limit);
            int[] live = new int[batch.size()];
            int liveCount = 0;
            int longest = 0;
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (arrays.isNull(position)) {
                    continue;
                }
                state.copyFrom(initialStates, position, position);
                live[liveCount++] = position;
                longest = Math.max(longest, arrays.lengths[position]);
            }
            for (int index = 0; index < longest; index++) {
                int[] positions = new int[liveCount];
                int count = 0;
                for (int row = 0; row < liveCount; row++) {
                    int position = live[row];
                    if (arrays.lengths[position] > index) {
                        element.copyFrom(arrays.elements, arrays.offsets[position] + index, position);
                        positions[count++] = position;
                    }
                }
                ColumnVector next = lambda(2).apply(new ColumnVector[] {state, element}, positions, positions, count, batch, context);
                ColumnVector copy = PhysicalType.newVector(stateType, limit);
                copy.ensureCapacity(limit);
                for (int row = 0; row < liveCount; row++) {
                    int position = live[row];
                    copy.copyFrom(arrays.lengths[position] > index ? next : state, position, position);
                }
                state = copy;
            }
            int[] rows = Arrays.copyOf(live, liveCount);
            ColumnVector outputs = lambda(3).apply(new ColumnVector[] {state}, rows, rows, liveCount, batch, context);
            ColumnVector result = PhysicalType.newVector(type(), limit);
            result.ensureCapacity(limit);
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (arrays.isNull(position)) {
                    Values.write(result, position, type(), null);
                }
                else {
                    result.copyFrom(outputs, position, position);
                }
            }
            return result;
        }
    }

    /**
     * {@code zip_with}: both arrays' elements gathered position by position (nulls past the shorter one),
     * then the lambda over all of them at once.
     */
    private static final class ZipWith
            extends CallKernel
    {
        ZipWith(ScalarCall call)
        {
            super(call);
        }

        @Override
        public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
        {
            ArrayVector leftArrays = (ArrayVector) argument(0).evaluate(batch, context);
            ArrayVector rightArrays = (ArrayVector) argument(1).evaluate(batch, context);
            int limit = Batches.positionLimit(batch);
            ArrayVector zipped = new ArrayVector(limit, leftArrays.elements.newEmpty(16));
            zipped.ensureCapacity(limit);
            ColumnVector rightElements = rightArrays.elements.newEmpty(16);
            LambdaElements.Builder elements = new LambdaElements.Builder();
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (leftArrays.isNull(position) || rightArrays.isNull(position)) {
                    Values.write(zipped, position, type(), null);
                    continue;
                }
                int leftLength = leftArrays.lengths[position];
                int rightLength = rightArrays.lengths[position];
                int length = Math.max(leftLength, rightLength);
                int first = zipped.startArray(position, length);
                rightElements.ensureCapacity(first + length);
                for (int index = 0; index < length; index++) {
                    copyOrNull(leftArrays.elements, index < leftLength ? leftArrays.offsets[position] + index : -1, zipped.elements, first + index);
                    copyOrNull(rightArrays.elements, index < rightLength ? rightArrays.offsets[position] + index : -1, rightElements, first + index);
                    elements.add(first + index, position);
                }
            }
            ColumnVector results = elements.build().apply(lambda(2), new ColumnVector[] {zipped.elements, rightElements}, batch, context);
            return sameShape(zipped, results);
        }
    }

    /**
     * Copies the value at {@code from}, or puts a null where {@code from} is negative.
     */
    static void copyOrNull(ColumnVector source, int from, ColumnVector target, int to)
    {
        if (from < 0) {
            target.setNull(to);
        }
        else {
            target.copyFrom(source, from, to);
        }
    }

    /**
     * {@code array_sort} with a comparator lambda: each comparison evaluates the lambda on one pair, which
     * must give -1, 0 or 1.
     */
    private static final class SortWithComparator
            extends CallKernel
    {
        private final RelDataType elementType;

        SortWithComparator(ScalarCall call)
        {
            super(call);
            this.elementType = call.argumentType(0).getComponentType();
        }

        @Override
        public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
        {
            ArrayVector arrays = (ArrayVector) argument(0).evaluate(batch, context);
            ColumnVector result = PhysicalType.newVector(type(), Batches.positionLimit(batch));
            result.ensureCapacity(Batches.positionLimit(batch));
            ColumnVector first = PhysicalType.newVector(elementType, 1);
            ColumnVector second = PhysicalType.newVector(elementType, 1);
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (arrays.isNull(position)) {
                    Values.write(result, position, type(), null);
                    continue;
                }
                List<Integer> order = new ArrayList<>();
                for (int element = 0; element < arrays.lengths[position]; element++) {
                    order.add(arrays.offsets[position] + element);
                }
                int parent = position;
                order.sort((left, right) -> {
                    first.reset();
                    second.reset();
                    first.copyFrom(arrays.elements, left, 0);
                    second.copyFrom(arrays.elements, right, 0);
                    ColumnVector compared = lambda(1).apply(new ColumnVector[] {first, second}, new int[] {0}, new int[] {parent}, 1, batch, context);
                    Object value = Values.read(compared, 0, lambda(1).bodyType());
                    if (!(value instanceof Long number) || number < -1 || number > 1) {
                        throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Lambda comparator must return either -1, 0, or 1");
                    }
                    return number.intValue();
                });
                List<Object> sorted = new ArrayList<>();
                for (int element : order) {
                    sorted.add(Values.read(arrays.elements, element, elementType));
                }
                Values.write(result, position, type(), sorted);
            }
            return result;
        }
    }
}
