package io.tarn.engine.service;

import io.tarn.engine.sql.SqlToken;
import io.tarn.engine.sql.SqlTokenizer;
import io.tarn.storage.EventDataStore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the event data stores a statement reads, from its text, before it is planned: every table name that
 * follows {@code FROM}, {@code JOIN} or a comma (outside strings and comments), taking its last part when it
 * is qualified, and matching it, ignoring case as the planner does, against the stores' ids (bare
 * hyphenated ids too, as Lake writes them), names and ARNs. The history records these stores for ListQueries,
 * which lists the queries of one store. Reading the text rather than the plan lets a query be listed while it
 * is still queued; a column named like a store after a comma in a select list is the rare false match.
 */
final class StoreReferences
{
    private StoreReferences() {}

    static List<String> find(String sql, List<EventDataStore> stores)
    {
        List<SqlToken> tokens;
        try {
            tokens = SqlTokenizer.tokenize(sql);
        }
        catch (RuntimeException e) {
            // The planner reports the syntax error when the query runs
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        SqlToken previous = null;
        for (int index = 0; index < tokens.size(); index++) {
            SqlToken token = tokens.get(index);
            if (!token.isSignificant()) {
                continue;
            }
            if (previous != null && (previous.isWord("FROM") || previous.isWord("JOIN") || previous.isSymbol(","))) {
                tableName(tokens, index).flatMap(name -> match(name, stores)).ifPresent(ids::add);
            }
            previous = token;
        }
        return new ArrayList<>(ids);
    }

    /**
     * The last part of the (possibly qualified) table name starting at the token.
     */
    private static Optional<String> tableName(List<SqlToken> tokens, int start)
    {
        String last = null;
        int index = start;
        while (index < tokens.size()) {
            SqlToken token = tokens.get(index);
            if (token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER) {
                last = token.unquoted();
                index++;
            }
            else if (token.kind() == SqlToken.Kind.WORD) {
                // A bare hyphenated id is several tokens with nothing between them
                StringBuilder name = new StringBuilder(token.text());
                int end = token.end();
                index++;
                while (index + 1 < tokens.size() && tokens.get(index).isSymbol("-") && tokens.get(index).start() == end
                        && tokens.get(index + 1).kind() == SqlToken.Kind.WORD && tokens.get(index + 1).start() == tokens.get(index).end()) {
                    name.append('-').append(tokens.get(index + 1).text());
                    end = tokens.get(index + 1).end();
                    index += 2;
                }
                last = name.toString();
            }
            else {
                break;
            }
            if (index < tokens.size() && tokens.get(index).isSymbol(".")) {
                index++;
                continue;
            }
            break;
        }
        return Optional.ofNullable(last);
    }

    private static Optional<String> match(String name, List<EventDataStore> stores)
    {
        String lower = name.toLowerCase(Locale.ROOT);
        return stores.stream()
                .filter(store -> store.id().toLowerCase(Locale.ROOT).equals(lower)
                        || store.name().toLowerCase(Locale.ROOT).equals(lower)
                        || store.arn().toLowerCase(Locale.ROOT).equals(lower))
                .map(EventDataStore::id)
                .findFirst();
    }
}
