package io.tarn.engine.service;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.tarn.engine.sql.SqlToken;
import io.tarn.engine.sql.SqlTokenizer;
import io.tarn.error.TarnException;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.StorageErrorCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import static io.tarn.engine.service.QueryErrorCode.INVALID_SAVED_QUERY;
import static io.tarn.engine.service.QueryErrorCode.MISSING_QUERY_PARAMETER;
import static io.tarn.engine.service.QueryErrorCode.UNKNOWN_QUERY_PARAMETER;
import static io.tarn.engine.service.QueryErrorCode.WRONG_EVENT_DATA_STORE_TYPE;
import static java.util.Objects.requireNonNull;

/**
 * Named parameters of saved and sample queries: {@code :name} (a colon directly followed by a letter or
 * {@code _}, then letters, digits, {@code _}) anywhere outside string literals, quoted identifiers and
 * comments, found with {@link SqlTokenizer} so {@code ':x'}, {@code "a:b"} and {@code -- :x} are left alone.
 *
 * <p>Binding never splices a value into the text. A parameter in value position becomes a {@code ?} and its
 * value (a string) is passed to the engine, which casts it to the type the query expects there; a value
 * such as {@code x' OR '1'='1} is therefore compared as the string it is. A parameter in table position
 * (right after {@code FROM} or {@code JOIN}, e.g. {@code FROM :eds}) cannot be a SQL value: its value must
 * name an existing event data store (id, name or ARN), and the parameter is replaced by that store's id as a
 * quoted identifier; anything else is refused. A table parameter may require a store type (samples do).
 */
final class NamedParameters
{
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private NamedParameters() {}

    /**
     * A use of a parameter in the text.
     */
    record Use(String name, int start, int end, boolean table) {}

    /**
     * A statement ready to start: the rewritten text and the values of its {@code ?}s in order.
     */
    record Bound(String sql, List<Object> parameters, List<String> storeIds)
    {
        Bound
        {
            requireNonNull(sql, "sql is null");
            parameters = ImmutableList.copyOf(parameters);
            storeIds = ImmutableList.copyOf(storeIds);
        }
    }

    static List<Use> uses(String sql)
    {
        List<SqlToken> tokens;
        try {
            tokens = SqlTokenizer.tokenize(sql);
        }
        catch (TarnException e) {
            throw new TarnException(INVALID_SAVED_QUERY, "The query text cannot be read: " + e.getMessage(), e);
        }
        List<Use> uses = new ArrayList<>();
        SqlToken previous = null;
        for (int index = 0; index < tokens.size(); index++) {
            SqlToken token = tokens.get(index);
            if (token.isSymbol(":") && index + 1 < tokens.size()) {
                SqlToken next = tokens.get(index + 1);
                if (next.kind() == SqlToken.Kind.WORD && next.start() == token.end() && NAME.matcher(next.text()).matches()) {
                    boolean table = previous != null && (previous.isWord("FROM") || previous.isWord("JOIN"));
                    uses.add(new Use(next.text(), token.start(), next.end(), table));
                    previous = next;
                    index++;
                    continue;
                }
            }
            if (token.isSignificant()) {
                previous = token;
            }
        }
        return uses;
    }

    /**
     * The parameter names in order of first use.
     */
    static List<String> names(String sql)
    {
        Set<String> names = new LinkedHashSet<>();
        uses(sql).forEach(use -> names.add(use.name()));
        return List.copyOf(names);
    }

    /**
     * Binds values (given ones over defaults) to the statement's parameters.
     *
     * @param storeTypes the store type a table parameter requires, by parameter name
     * @param stores finds a store by id, name or ARN, as {@link io.tarn.storage.EventDataStoreCatalog#find} does
     */
    static Bound bind(String sql, Map<String, String> values, Map<String, String> defaults, Map<String, EventDataStoreType> storeTypes,
            Function<String, Optional<EventDataStore>> stores)
    {
        List<Use> uses = uses(sql);
        Set<String> known = new LinkedHashSet<>();
        uses.forEach(use -> known.add(use.name()));
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new TarnException(UNKNOWN_QUERY_PARAMETER, "The query has no parameter " + String.join(", ", unknown)
                    + (known.isEmpty() ? "; it takes none" : "; its parameters are " + String.join(", ", known)));
        }
        Map<String, String> merged = new LinkedHashMap<>(defaults);
        merged.putAll(values);
        List<String> missing = known.stream().filter(name -> !merged.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new TarnException(MISSING_QUERY_PARAMETER, "Give a value for parameter " + String.join(", ", missing));
        }
        StringBuilder text = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        List<String> storeIds = new ArrayList<>();
        int position = 0;
        for (Use use : uses) {
            text.append(sql, position, use.start());
            String value = merged.get(use.name());
            if (use.table()) {
                EventDataStore store = stores.apply(value)
                        .orElseThrow(() -> new TarnException(StorageErrorCode.EVENT_DATA_STORE_NOT_FOUND,
                                "Parameter " + use.name() + " must name an event data store (its id, name or ARN); event data store '" + value + "' not found"));
                Optional.ofNullable(storeTypes.get(use.name()))
                        .filter(type -> type != store.type())
                        .ifPresent(type -> {
                            throw new TarnException(WRONG_EVENT_DATA_STORE_TYPE, "Parameter " + use.name() + " needs a " + type + " event data store, but '"
                                    + store.name() + "' is a " + store.type() + " store");
                        });
                text.append('"').append(store.id()).append('"');
                storeIds.add(store.id());
            }
            else {
                text.append('?');
                parameters.add(value);
            }
            position = use.end();
        }
        text.append(sql.substring(position));
        return new Bound(text.toString(), parameters, storeIds);
    }

    /**
     * Checks that defaults name parameters of the statement.
     */
    static Map<String, String> checkDefaults(String sql, Map<String, String> defaults)
    {
        List<String> names = names(sql);
        for (String name : defaults.keySet()) {
            if (!names.contains(name)) {
                throw new TarnException(UNKNOWN_QUERY_PARAMETER, "A default is given for " + name + ", which is not a parameter of the query"
                        + (names.isEmpty() ? "" : " (its parameters are " + String.join(", ", names) + ")"));
            }
        }
        return ImmutableMap.copyOf(defaults);
    }
}
