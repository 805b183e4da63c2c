package io.tarn.engine.function;

import static java.util.Objects.requireNonNull;

/**
 * A function of the library: its signature, what kind it is, a one-line description for
 * {@code SHOW FUNCTIONS}, whether it always gives the same result for the same arguments, and its
 * implementation ({@link ScalarImplementation}, {@link AggregateImplementation} or {@link WindowImplementation}).
 */
public record FunctionDefinition(Signature signature, FunctionKind kind, String description, boolean deterministic, Object implementation)
{
    public FunctionDefinition
    {
        requireNonNull(signature, "signature is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(description, "description is null");
        requireNonNull(implementation, "implementation is null");
        boolean matches = switch (kind) {
            case SCALAR -> implementation instanceof ScalarImplementation;
            case AGGREGATE -> implementation instanceof AggregateImplementation;
            case WINDOW -> implementation instanceof WindowImplementation;
        };
        if (!matches) {
            throw new IllegalArgumentException("implementation of " + signature + " is not a " + kind + " implementation");
        }
    }

    public String name()
    {
        return signature.name();
    }
}
