package io.tarn.engine.function;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class TestFunctionRegistry
{
    // Never bound: the registry only keeps it
    private static final ScalarImplementation UNUSED = call -> {
        throw new UnsupportedOperationException();
    };

    @Test
    public void testOverloadsAreOrderedBySignature()
    {
        FunctionRegistry registry = FunctionRegistry.builder()
                .scalar("pad(varchar, bigint): varchar", "", UNUSED)
                .scalar("pad(bigint): varchar", "", UNUSED)
                .scalar("pad(varchar): varchar", "", UNUSED)
                .scalar("other(bigint): bigint", "", UNUSED)
                .build();

        assertThat(registry.names()).containsExactly("other", "pad");
        List<String> overloads = registry.definitions("PAD").stream().map(definition -> definition.signature().toString()).toList();
        assertThat(overloads).isSortedAccordingTo(String::compareTo).hasSize(3);
    }

    @Test
    public void testSameArgumentsTwiceIsRefused()
    {
        FunctionRegistry.Builder builder = FunctionRegistry.builder()
                .scalar("pad(varchar, bigint): varchar", "", UNUSED)
                // The same arguments under another name, or other arguments under the same name, are other functions
                .scalar("fill(varchar, bigint): varchar", "", UNUSED)
                .scalar("pad(varchar): varchar", "", UNUSED);

        assertThatThrownBy(() -> builder.scalar("pad(varchar, bigint): bigint", "", UNUSED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("function registered twice: pad(");
        assertThatThrownBy(() -> builder.alias("pad", "fill"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("function registered twice: pad(");
    }
}
