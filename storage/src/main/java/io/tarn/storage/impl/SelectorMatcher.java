package io.tarn.storage.impl;

import io.tarn.storage.AdvancedEventSelector;

import java.util.List;

/**
 * Decides whether an event is kept by a store's advanced event selectors: an event is kept when any
 * selector matches, and a selector matches when all its field conditions do.
 */
public final class SelectorMatcher
{
    private SelectorMatcher() {}

    /**
     * Compiles validated selectors into a matcher.
     */
    public static SelectorMatcher compile(List<AdvancedEventSelector> selectors)
    {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public boolean matches(SelectableEvent event)
    {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
