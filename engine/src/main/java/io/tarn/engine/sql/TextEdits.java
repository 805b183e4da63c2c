package io.tarn.engine.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replacements of ranges of a text, applied together, remembering how to map positions in the result
 * back to the original.
 */
final class TextEdits
{
    private final List<Edit> edits = new ArrayList<>();

    void replace(int start, int end, String replacement)
    {
        edits.add(new Edit(start, end, replacement));
    }

    void insert(int position, String text)
    {
        edits.add(new Edit(position, position, text));
    }

    boolean isEmpty()
    {
        return edits.isEmpty();
    }

    /**
     * Applies the edits, which must not overlap.
     */
    Applied apply(String text)
    {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        StringBuilder result = new StringBuilder();
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (Edit edit : sorted) {
            if (edit.start() < position) {
                throw new IllegalStateException("overlapping edits at " + edit.start());
            }
            result.append(text, position, edit.start());
            segments.add(new Segment(result.length(), result.length() + edit.replacement().length(), edit.start(), edit.end()));
            result.append(edit.replacement());
            position = edit.end();
        }
        result.append(text, position, text.length());
        return new Applied(result.toString(), segments);
    }

    private record Edit(int start, int end, String replacement) {}

    /**
     * A replaced range: {@code [resultStart, resultEnd)} in the result came from {@code [originalStart, originalEnd)}.
     */
    private record Segment(int resultStart, int resultEnd, int originalStart, int originalEnd) {}

    /**
     * An edited text and the mapping of its positions back to the text before the edits.
     */
    record Applied(String text, List<Segment> segments)
    {
        int originalOffset(int resultOffset)
        {
            int shift = 0;
            for (Segment segment : segments) {
                if (resultOffset < segment.resultStart()) {
                    break;
                }
                if (resultOffset < segment.resultEnd()) {
                    // Inside replacement text: point at the start of what it replaced.
                    return segment.originalStart();
                }
                shift = segment.originalEnd() - segment.resultEnd();
            }
            return resultOffset + shift;
        }
    }
}
