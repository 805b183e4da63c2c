package io.tarn.error;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Assertions on {@link TarnException}s.
 */
public final class TarnAssertions
{
    private TarnAssertions() {}

    /**
     * Asserts that the code throws a {@link TarnException} with the error code; chain message assertions on
     * the result.
     */
    public static AbstractThrowableAssert<?, ? extends Throwable> assertTarnExceptionThrownBy(ThrowingCallable callable, ErrorCodeSupplier errorCode)
    {
        return assertThatThrownBy(callable)
                .isInstanceOfSatisfying(TarnException.class, exception -> assertThat(exception.getErrorCode()).isEqualTo(errorCode.toErrorCode()));
    }
}
