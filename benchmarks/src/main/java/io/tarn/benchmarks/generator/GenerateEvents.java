package io.tarn.benchmarks.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The command line of the generator.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.tarn.benchmarks.generator.GenerateEvents \
 *     --events 1000000 --days 90 --out /tmp/trail [--seed 20250101] [--start 2025-01-01] [--threads 2] [--level 6]
 * </pre>
 */
public final class GenerateEvents
{
    private GenerateEvents() {}

    public static void main(String[] args)
    {
        long events = -1;
        int days = 90;
        Path out = null;
        GeneratorOptions defaults = GeneratorOptions.of(0, 1);
        long seed = defaults.seed();
        LocalDate start = defaults.start();
        int threads = defaults.threads();
        int level = defaults.compressionLevel();
        for (int index = 0; index < args.length; index++) {
            String argument = args[index];
            if (argument.equals("--help") || argument.equals("-h")) {
                usage();
                return;
            }
            if (index + 1 >= args.length) {
                fail("missing value after " + argument);
            }
            String value = args[++index];
            switch (argument) {
                case "--events" -> events = Long.parseLong(value.replace("_", ""));
                case "--days" -> days = Integer.parseInt(value);
                case "--out" -> out = Path.of(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--start" -> start = LocalDate.parse(value);
                case "--threads" -> threads = Integer.parseInt(value);
                case "--level" -> level = Integer.parseInt(value);
                default -> fail("unknown option " + argument);
            }
        }
        if (events < 0 || out == null) {
            fail("--events and --out are required");
        }
        GeneratorOptions options = new GeneratorOptions(events, days, start, seed, threads, level);
        GenerationReport report = new EventGenerator(options).generate(out);
        System.out.printf(Locale.ROOT, "generated %,d events in %,d files over %d days from %s (seed %d): %,d bytes gzipped, %,d bytes of JSON, in %.1f s (%,.0f events/s)%n",
                report.events(), report.files(), days, start, seed, report.compressedBytes(), report.uncompressedBytes(),
                report.elapsed().toNanos() / 1e9, report.eventsPerSecond());
    }

    private static void usage()
    {
        System.out.println("usage: GenerateEvents --events N --out DIR [--days 90] [--seed S] [--start YYYY-MM-DD] [--threads T] [--level 1-9]");
    }

    private static void fail(String message)
    {
        System.err.println("GenerateEvents: " + message);
        usage();
        System.exit(2);
    }
}
