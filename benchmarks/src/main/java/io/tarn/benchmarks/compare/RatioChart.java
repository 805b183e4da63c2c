package io.tarn.benchmarks.compare;

import io.tarn.benchmarks.compare.ComparisonReport.QueryTimings;
import io.tarn.benchmarks.compare.ComparisonReport.SystemTimings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An SVG bar chart of Tarn's median time divided by each peer's, per query, on a logarithmic axis: bars
 * left of 1 are queries Tarn answers faster.
 */
final class RatioChart
{
    private static final String[] COLORS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2"};
    private static final int LEFT = 190;
    private static final int WIDTH = 900;
    private static final int PLOT = WIDTH - LEFT - 30;
    private static final int BAR = 12;

    private RatioChart() {}

    static String render(String title, List<QueryTimings> queries, List<String> peers)
    {
        double lowest = 1;
        double highest = 1;
        for (QueryTimings query : queries) {
            for (String peer : peers) {
                double ratio = ratio(query, peer);
                if (ratio > 0) {
                    lowest = Math.min(lowest, ratio);
                    highest = Math.max(highest, ratio);
                }
            }
        }
        int minExponent = (int) Math.floor(Math.log10(lowest));
        int maxExponent = (int) Math.ceil(Math.log10(highest));
        if (minExponent == maxExponent) {
            maxExponent++;
        }
        int groupHeight = peers.size() * BAR + 10;
        int top = 50;
        int height = top + queries.size() * groupHeight + 40 + peers.size() * 16;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n", WIDTH, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, height));
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"18\" font-size=\"14\" font-weight=\"bold\">%s</text>%n", escape(title)));
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"34\">Tarn's median time / the peer's (log scale): left of 1, Tarn is faster</text>%n"));
        int bottom = top + queries.size() * groupHeight;
        for (int exponent = minExponent; exponent <= maxExponent; exponent++) {
            double x = x(Math.pow(10, exponent), minExponent, maxExponent);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>%n", x, top - 4, x, bottom,
                    exponent == 0 ? "#000" : "#ddd"));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, bottom + 14, tick(exponent)));
        }
        double one = x(1, minExponent, maxExponent);
        for (int index = 0; index < queries.size(); index++) {
            QueryTimings query = queries.get(index);
            int y = top + index * groupHeight;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", LEFT - 8, y + groupHeight / 2 + 2, escape(query.id())));
            for (int peer = 0; peer < peers.size(); peer++) {
                double ratio = ratio(query, peers.get(peer));
                if (ratio <= 0) {
                    continue;
                }
                double end = x(ratio, minExponent, maxExponent);
                int barY = y + peer * BAR;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %.3f</title></rect>%n",
                        Math.min(one, end), barY, Math.max(1, Math.abs(end - one)), BAR - 2, COLORS[peer % COLORS.length], escape(peers.get(peer)), ratio));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"9\" text-anchor=\"%s\">%s</text>%n",
                        ratio < 1 ? Math.min(one, end) - 3 : Math.max(one, end) + 3, barY + BAR - 3, ratio < 1 ? "end" : "start", format(ratio)));
            }
        }
        for (int peer = 0; peer < peers.size(); peer++) {
            int y = bottom + 30 + peer * 16;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"10\" fill=\"%s\"/>%n", LEFT, y - 9, COLORS[peer % COLORS.length]));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">tarn / %s</text>%n", LEFT + 18, y, escape(peers.get(peer))));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    static List<String> peersIn(List<QueryTimings> queries)
    {
        List<String> peers = new ArrayList<>();
        for (QueryTimings query : queries) {
            for (String system : query.systems().keySet()) {
                if (!system.equals("tarn") && !peers.contains(system)) {
                    peers.add(system);
                }
            }
        }
        return peers;
    }

    static double ratio(QueryTimings query, String peer)
    {
        SystemTimings tarn = query.systems().get("tarn");
        SystemTimings other = query.systems().get(peer);
        if (tarn == null || other == null || other.median() <= 0) {
            return -1;
        }
        return tarn.median() / other.median();
    }

    private static double x(double ratio, int minExponent, int maxExponent)
    {
        return LEFT + (Math.log10(ratio) - minExponent) / (maxExponent - minExponent) * PLOT;
    }

    private static String tick(int exponent)
    {
        return exponent >= 0 ? String.format(Locale.ROOT, "%.0f", Math.pow(10, exponent)) : String.format(Locale.ROOT, "%." + (-exponent) + "f", Math.pow(10, exponent));
    }

    private static String format(double ratio)
    {
        return ratio >= 10 ? String.format(Locale.ROOT, "%.0f", ratio) : ratio >= 1 ? String.format(Locale.ROOT, "%.2f", ratio) : String.format(Locale.ROOT, "%.3f", ratio);
    }

    private static String escape(String text)
    {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
