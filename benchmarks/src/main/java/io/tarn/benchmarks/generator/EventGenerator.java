package io.tarn.benchmarks.generator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static java.util.Objects.requireNonNull;

/**
 * Generates CloudTrail log files day by day. Each day draws from its own random generator seeded by the
 * seed and the day, and its events get consecutive sequence numbers (which make the eventIDs unique), so the
 * days may be written in parallel and the output stays the same byte for byte. Memory stays bounded: a day
 * holds one open file per account and region and writes each record as it is drawn.
 */
public final class EventGenerator
{
    private static final int MIN_EVENTS_PER_FILE = 300;
    private static final int MAX_EVENTS_PER_FILE = 3000;

    private final GeneratorOptions options;
    private final List<Account> accounts;
    private final EventCatalog catalog;
    private final WeightedChoice<Account> accountChoice;
    private final WeightedChoice<String> regionChoice;
    private final JsonFactory jsonFactory;

    public EventGenerator(GeneratorOptions options)
    {
        this.options = requireNonNull(options, "options is null");
        this.accounts = Account.create(options.seed());
        this.catalog = EventCatalog.create();
        this.accountChoice = new WeightedChoice<>(accounts, Vocabulary.ACCOUNT_WEIGHTS);
        this.regionChoice = new WeightedChoice<>(Vocabulary.REGIONS, Vocabulary.REGION_WEIGHTS);
        this.jsonFactory = new com.fasterxml.jackson.core.JsonFactoryBuilder().rootValueSeparator((String) null).build();
        jsonFactory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /**
     * Writes the log files under {@code out} (which may exist; files of the same name are replaced).
     */
    public GenerationReport generate(Path out)
    {
        long start = System.nanoTime();
        long[] dayCounts = DailyRhythm.dayCounts(options.events(), options.days(), options.start(), options.seed());
        long[] firstSequence = new long[dayCounts.length];
        for (int day = 1; day < dayCounts.length; day++) {
            firstSequence[day] = firstSequence[day - 1] + dayCounts[day - 1];
        }
        Path temporary = out.resolve("_generating");
        ExecutorService executor = Executors.newFixedThreadPool(options.threads(), runnable -> {
            Thread thread = new Thread(runnable, "generator");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Files.createDirectories(temporary);
            List<Future<DayReport>> days = new ArrayList<>();
            for (int day = 0; day < dayCounts.length; day++) {
                int dayIndex = day;
                days.add(executor.submit(() -> generateDay(out, temporary, dayIndex, dayCounts[dayIndex], firstSequence[dayIndex])));
            }
            long events = 0;
            int files = 0;
            long compressed = 0;
            long uncompressed = 0;
            for (Future<DayReport> day : days) {
                DayReport report = day.get();
                events += report.events();
                files += report.files();
                compressed += report.compressedBytes();
                uncompressed += report.uncompressedBytes();
            }
            Files.deleteIfExists(temporary);
            return new GenerationReport(options, events, files, compressed, uncompressed, Duration.ofNanos(System.nanoTime() - start));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while generating events", e);
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io;
            }
            throw new IllegalStateException("Generating events failed", e.getCause());
        }
        finally {
            executor.shutdownNow();
        }
    }

    /**
     * All records in memory, in time order, each the bytes of one JSON object; for benchmarks of small
     * volumes (the records are those of the files {@link #generate} writes).
     */
    public List<byte[]> records()
    {
        List<byte[]> records = new ArrayList<>();
        long[] dayCounts = DailyRhythm.dayCounts(options.events(), options.days(), options.start(), options.seed());
        long sequence = 0;
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(4096);
        try {
            JsonGenerator json = jsonFactory.createGenerator(buffer);
            for (int day = 0; day < dayCounts.length; day++) {
                generateDay(day, dayCounts[day], sequence, new RecordSink()
                {
                    @Override
                    public JsonGenerator begin(int accountIndex, int regionIndex, long time)
                    {
                        return json;
                    }

                    @Override
                    public void end(long time)
                            throws IOException
                    {
                        json.flush();
                        records.add(buffer.toByteArray());
                        buffer.reset();
                    }

                    @Override
                    public void finish()
                    {
                    }
                });
                sequence += dayCounts[day];
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    private DayReport generateDay(Path out, Path temporary, int day, long count, long firstSequence)
            throws IOException
    {
        DayReport report = new DayReport();
        TrailFileWriter[][] open = new TrailFileWriter[accounts.size()][regionChoice.values().size()];
        int[][] fileNumbers = new int[accounts.size()][regionChoice.values().size()];
        SplittableRandom targets = new SplittableRandom(Randoms.mix(options.seed(), -day - 1));
        report.events = generateDay(day, count, firstSequence, new RecordSink()
        {
            private TrailFileWriter current;

            @Override
            public JsonGenerator begin(int accountIndex, int regionIndex, long time)
                    throws IOException
            {
                TrailFileWriter file = open[accountIndex][regionIndex];
                if (file != null && file.full()) {
                    finish(file, accountIndex, regionIndex);
                    file = null;
                }
                if (file == null) {
                    int target = MIN_EVENTS_PER_FILE + targets.nextInt(MAX_EVENTS_PER_FILE - MIN_EVENTS_PER_FILE + 1);
                    file = new TrailFileWriter(jsonFactory, temporary.resolve(day + "-" + accountIndex + "-" + regionIndex + ".json.gz"), options.compressionLevel(), time, target);
                    open[accountIndex][regionIndex] = file;
                }
                current = file;
                return file.json();
            }

            @Override
            public void end(long time)
            {
                current.recorded(time);
            }

            @Override
            public void finish()
                    throws IOException
            {
                for (int accountIndex = 0; accountIndex < accounts.size(); accountIndex++) {
                    for (int regionIndex = 0; regionIndex < open[accountIndex].length; regionIndex++) {
                        if (open[accountIndex][regionIndex] != null) {
                            finish(open[accountIndex][regionIndex], accountIndex, regionIndex);
                        }
                    }
                }
            }

            private void finish(TrailFileWriter file, int accountIndex, int regionIndex)
                    throws IOException
            {
                int number = fileNumbers[accountIndex][regionIndex]++;
                long hash = Randoms.mix(Randoms.mix(options.seed(), day), (accountIndex * 64L + regionIndex) * 100_000L + number);
                file.finish(out, accounts.get(accountIndex).id(), regionChoice.values().get(regionIndex), Randoms.alphanumeric(hash, 16));
                report.files++;
                report.compressedBytes += file.compressedBytes();
                report.uncompressedBytes += file.uncompressedBytes();
            }
        });
        return report;
    }

    /**
     * Draws a day's events in time order and writes each through the sink; returns how many.
     */
    private long generateDay(int day, long count, long firstSequence, RecordSink sink)
            throws IOException
    {
        SplittableRandom random = new SplittableRandom(Randoms.mix(options.seed(), day + 1));
        EventWriter writer = new EventWriter(options.seed());
        long dayStart = options.startMillis() + day * Timestamps.MILLIS_PER_DAY;
        List<String> regions = regionChoice.values();
        long sequence = firstSequence;
        long[] hours = DailyRhythm.hourCounts(count);
        for (int hour = 0; hour < 24; hour++) {
            int[] seconds = new int[(int) hours[hour]];
            for (int index = 0; index < seconds.length; index++) {
                seconds[index] = random.nextInt(3600);
            }
            Arrays.sort(seconds);
            for (int second : seconds) {
                long time = dayStart + hour * 3_600_000L + second * 1000L;
                int accountIndex = accounts.indexOf(accountChoice.next(random));
                Account account = accounts.get(accountIndex);
                EventKind kind = catalog.next(random);
                String region = kind.global() ? "us-east-1" : regionChoice.next(random);
                Identity identity = account.caller(kind.actors(), random);
                JsonGenerator json = sink.begin(accountIndex, regions.indexOf(region), time);
                writer.write(json, random, account, region, kind, identity, time, sequence++);
                sink.end(time);
            }
        }
        sink.finish();
        return sequence - firstSequence;
    }

    /**
     * Where a day's records go: log files, or memory.
     */
    private interface RecordSink
    {
        /**
         * The generator to write the next record, of the given account and region, with.
         */
        JsonGenerator begin(int accountIndex, int regionIndex, long time)
                throws IOException;

        /**
         * The record begun last is complete.
         */
        void end(long time)
                throws IOException;

        /**
         * The day is complete.
         */
        void finish()
                throws IOException;
    }

    /**
     * The accounts whose trails the generator writes, with their ids.
     */
    public List<String> accountIds()
    {
        return accounts.stream().map(Account::id).toList();
    }

    /**
     * Counts of one day's output.
     */
    private static final class DayReport
    {
        private long events;
        private int files;
        private long compressedBytes;
        private long uncompressedBytes;

        long events()
        {
            return events;
        }

        int files()
        {
            return files;
        }

        long compressedBytes()
        {
            return compressedBytes;
        }

        long uncompressedBytes()
        {
            return uncompressedBytes;
        }
    }
}
