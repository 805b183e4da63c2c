package io.tarn.storage.impl.ingest;

import io.tarn.storage.EventDataStore;
import io.tarn.storage.impl.SelectableEvent;
import io.tarn.storage.impl.SelectorMatcher;

/**
 * Decides whether a parsed event is kept by a store; events not kept are counted as filtered.
 */
@FunctionalInterface
public interface EventFilter
{
    EventFilter ALL = event -> true;

    boolean keep(SelectableEvent event);

    /**
     * The filter of live ingestion: the store's advanced event selectors.
     */
    static EventFilter selectorsOf(EventDataStore store)
    {
        SelectorMatcher matcher = SelectorMatcher.compile(store.advancedEventSelectors());
        return matcher::matches;
    }
}
