package io.tarn.engine.function.library;

import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.engine.exec.expression.Constant;
import io.tarn.engine.exec.expression.InputReference;
import io.tarn.engine.function.FunctionRegistry;
import io.tarn.engine.function.ScalarCall;
import io.tarn.engine.function.ScalarImplementation;
import io.tarn.engine.type.TarnTypes;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-row string functions of audit filters over a quarter million event names and ARNs: checks the number of
 * matches of each kernel (plain text, anchored text, alternatives, a real expression) against the generated data.
 */
class TestStringFilterKernels
{
    private static final RelDataTypeFactory TYPES = TarnTypes.newTypeFactory();
    private static final RelDataType VARCHAR = TYPES.createSqlType(SqlTypeName.VARCHAR);
    private static final FunctionRegistry FUNCTIONS = Library.create();
    private static final int ROWS = 256 * 1024;
    private static final int BATCH = 1024;
    private static final String[] EVENT_NAMES = {"DeleteBucket", "PutObject", "GetObject", "ConsoleLogin", "AssumeRole", "DeleteUser", "CreateUser", "ListBuckets"};

    @Test
    void testFilterFunctions()
    {
        List<BytesVector> names = batches(row -> EVENT_NAMES[row % EVENT_NAMES.length]);
        List<BytesVector> arns = batches(row -> "arn:aws:iam::123456789012:" + (row % 4 == 0 ? "role/r" : "user/u") + row);
        // Two of the eight names contain "Delete"; one of four ARNs is a role.
        check("regexp_like(eventname, 'Delete') (plain text)", "regexp_like", names, "Delete", ROWS / 4);
        check("regexp_like(eventname, '^Delete') (anchored text)", "regexp_like", names, "^Delete", ROWS / 4);
        check("regexp_like(eventname, 'Delete|Create') (text alternatives)", "regexp_like", names, "Delete|Create", ROWS * 3 / 8);
        check("regexp_like(arn, ':role/') (plain text)", "regexp_like", arns, ":role/", ROWS / 4);
        check("regexp_like(arn, 'iam::\\d+:role/') (expression)", "regexp_like", arns, "iam::\\d+:role/", ROWS / 4);
        check("starts_with(eventname, 'Delete')", "starts_with", names, "Delete", ROWS / 4);
    }

    private static void check(String label, String function, List<BytesVector> inputs, String constant, long expectedMatches)
    {
        VectorExpression expression = bind(function, constant);
        ExecutionContext context = new ExecutionContext(ZoneOffset.UTC, Instant.EPOCH);
        long matches = 0;
        for (BytesVector input : inputs) {
            BooleanVector result = (BooleanVector) expression.evaluate(new ColumnBatch(new ColumnVector[] {input}, BATCH), context);
            for (int row = 0; row < BATCH; row++) {
                if (result.values[row]) {
                    matches++;
                }
            }
        }
        assertThat(matches).as(label).isEqualTo(expectedMatches);
    }

    private static VectorExpression bind(String function, String constant)
    {
        RelDataType pattern = TYPES.createSqlType(SqlTypeName.CHAR, constant.length());
        FunctionRegistry.Resolution resolution = FUNCTIONS.resolve(function, List.of(VARCHAR, pattern), TYPES, (index, types) -> null).orElseThrow();
        ScalarImplementation implementation = (ScalarImplementation) resolution.definition().implementation();
        return implementation.bind(new ScalarCall(resolution.bound(), List.of(new InputReference(0, VARCHAR), new Constant(constant, pattern)), TYPES));
    }

    private static List<BytesVector> batches(IntFunction<String> value)
    {
        List<BytesVector> batches = new ArrayList<>();
        for (int start = 0; start < ROWS; start += BATCH) {
            BytesVector vector = new BytesVector(BATCH);
            for (int row = 0; row < BATCH; row++) {
                byte[] bytes = value.apply(start + row).getBytes(StandardCharsets.UTF_8);
                vector.setReference(row, bytes, 0, bytes.length);
            }
            batches.add(vector);
        }
        return batches;
    }
}
