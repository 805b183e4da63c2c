package io.tarn.engine.function;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * All functions SQL can call, by name. Overloads are resolved as Trino resolves them: among the signatures
 * the argument types can bind to, the one needing the cheapest coercions wins.
 */
public final class FunctionRegistry
{
    private final ImmutableListMultimap<String, FunctionDefinition> functions;

    private FunctionRegistry(ListMultimap<String, FunctionDefinition> functions)
    {
        this.functions = ImmutableListMultimap.copyOf(functions);
    }

    public static Builder builder()
    {
        return new Builder();
    }

    public boolean contains(String name)
    {
        return functions.containsKey(name.toLowerCase(Locale.ROOT));
    }

    public List<FunctionDefinition> definitions(String name)
    {
        return functions.get(name.toLowerCase(Locale.ROOT));
    }

    public Set<String> names()
    {
        return ImmutableSortedSet.copyOf(functions.keySet());
    }

    public List<FunctionDefinition> all()
    {
        return ImmutableList.copyOf(functions.values());
    }

    /**
     * The definition and binding for a call, if any signature of the name accepts the argument types
     * ({@code null} for lambda arguments, typed through {@code lambdaTyper}).
     */
    public Optional<Resolution> resolve(String name, List<RelDataType> argumentTypes, RelDataTypeFactory typeFactory, SignatureBinder.LambdaTyper lambdaTyper)
    {
        SignatureBinder binder = new SignatureBinder(typeFactory);
        Resolution best = null;
        for (FunctionDefinition definition : definitions(name)) {
            Optional<BoundSignature> bound = binder.bind(definition.signature(), argumentTypes, lambdaTyper);
            if (bound.isPresent() && definition.implementation() instanceof DerivedReturnType derived) {
                BoundSignature signature = bound.get();
                bound = Optional.of(new BoundSignature(signature.signature(), signature.argumentTypes(),
                        derived.returnType(signature.argumentTypes(), typeFactory), signature.cost()));
            }
            if (bound.isPresent() && (best == null || bound.get().cost() < best.bound().cost())) {
                best = new Resolution(definition, bound.get());
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A resolved call.
     */
    public record Resolution(FunctionDefinition definition, BoundSignature bound)
    {
        public Resolution
        {
            requireNonNull(definition, "definition is null");
            requireNonNull(bound, "bound is null");
        }
    }

    /**
     * Collects the library's functions.
     */
    public static final class Builder
    {
        private final ListMultimap<String, FunctionDefinition> functions = MultimapBuilder.treeKeys().arrayListValues().build();
        // The overloads registered so far, so that a duplicate is found without comparing it with every overload
        private final Set<Overload> overloads = new HashSet<>();

        private Builder() {}

        public Builder scalar(String signature, String description, ScalarImplementation implementation)
        {
            return add(new FunctionDefinition(Signature.parse(signature), FunctionKind.SCALAR, description, true, implementation));
        }

        /**
         * A scalar whose value may differ between calls with the same arguments ({@code random}, {@code uuid}).
         */
        public Builder nondeterministicScalar(String signature, String description, ScalarImplementation implementation)
        {
            return add(new FunctionDefinition(Signature.parse(signature), FunctionKind.SCALAR, description, false, implementation));
        }

        public Builder aggregate(String signature, String description, AggregateImplementation implementation)
        {
            return add(new FunctionDefinition(Signature.parse(signature), FunctionKind.AGGREGATE, description, true, implementation));
        }

        /**
         * Registers the same implementation under another name, for Trino's aliases ({@code substr} of
         * {@code substring}).
         */
        public Builder alias(String alias, String name)
        {
            for (FunctionDefinition definition : List.copyOf(functions.get(name))) {
                Signature original = definition.signature();
                Signature renamed = new Signature(alias, original.arguments(), original.returnType(), original.variadic());
                add(new FunctionDefinition(renamed, definition.kind(), definition.description(), definition.deterministic(), definition.implementation()));
            }
            return this;
        }

        public Builder add(FunctionDefinition definition)
        {
            List<FunctionDefinition> existing = functions.get(definition.name());
            if (!overloads.add(new Overload(definition.name(), definition.signature().arguments(), definition.signature().variadic()))) {
                throw new IllegalArgumentException("function registered twice: " + definition.signature());
            }
            if (!existing.isEmpty() && existing.get(0).kind() != definition.kind()) {
                throw new IllegalArgumentException("function " + definition.name() + " is both " + existing.get(0).kind() + " and " + definition.kind());
            }
            functions.put(definition.name(), definition);
            return this;
        }

        public FunctionRegistry build()
        {
            ListMultimap<String, FunctionDefinition> sorted = MultimapBuilder.treeKeys().arrayListValues().build();
            // Each signature is written out once, not at every comparison of the sort
            functions.keySet().forEach(name -> sorted.putAll(name, functions.get(name).stream()
                    .map(definition -> Map.entry(definition.signature().toString(), definition))
                    .sorted(Map.Entry.comparingByKey())
                    .map(Map.Entry::getValue)
                    .toList()));
            return new FunctionRegistry(sorted);
        }

        private record Overload(String name, List<TypePattern> arguments, boolean variadic)
        {
            private Overload
            {
                requireNonNull(name, "name is null");
                arguments = List.copyOf(arguments);
            }
        }
    }
}
