package io.tarn.engine.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.io.CountingOutputStream;
import io.tarn.storage.FileStore;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import static java.util.Objects.requireNonNull;

/**
 * Delivers a finished query's results to a location (spec 4.8): gzipped CSV files {@code result_1.csv.gz},
 * {@code result_2.csv.gz}, ... ({@link CsvFormat}: a header row of column names, then one row per result row
 * with values as Lake shows them, {@link LakeValueFormatter}) and the sign file
 * {@value #SIGN_FILE} (spec 4.9), under
 * {@code <location>/AWSLogs/<account>/CloudTrail-Lake/Query/<yyyy>/<mm>/<dd>/<query-id>/}, the date being the
 * UTC day the query completed.
 *
 * <p>No compressed file grows past the size limit: the gzip stream is sync-flushed every 64 KiB of CSV, so
 * the bytes written so far are exact, and before a row is added the worst case of what is still pending
 * (incompressible data plus deflate's block overhead and the gzip trailer) is added to them; when that could
 * pass the limit, the file is closed and the next one begins. Each file holds at least one row, so a single
 * row larger than the limit still makes a (larger) file.
 */
final class ResultDelivery
{
    static final String SIGN_FILE = "result_sign.json";
    static final String SIGN_FILE_VERSION = "1.0";
    static final String HASH_ALGORITHM = "SHA-256";
    private static final DateTimeFormatter DAY_PATH = DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter COMPLETE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");
    private static final int SYNC_INTERVAL = 64 * 1024;
    private static final int GZIP_TRAILER = 8;
    private static final int SYNC_MARKER = 5;

    private ResultDelivery() {}

    /**
     * The directory of a delivery; a location given as a local path stays a local path.
     */
    static String directory(FileStore files, String location, String accountId, String queryId, Instant completeTime)
    {
        String directory = files.resolve(location, "AWSLogs/" + accountId + "/CloudTrail-Lake/Query/" + DAY_PATH.format(completeTime) + "/" + queryId);
        if (!URI_SCHEME.matcher(location).find() && directory.startsWith("file:")) {
            return directory.substring("file:".length());
        }
        return directory;
    }

    /**
     * A delivered result file: its name and the hex SHA-256 of its compressed bytes.
     */
    record DeliveredFile(String fileName, String hash, long size) {}

    /**
     * Writes the CSV files; returns them in order.
     */
    static List<DeliveredFile> writeResultFiles(FileStore files, String directory, List<QueryColumn> columns, Path resultFile, ResultProgress published, long maxFileBytes)
            throws IOException
    {
        List<TrinoType> types = columns.stream().map(column -> TrinoType.parse(column.type())).toList();
        byte[] header = csvLine(columns.stream().map(QueryColumn::name).toList());
        List<DeliveredFile> delivered = new ArrayList<>();
        CsvFile[] current = new CsvFile[1];
        IOException[] failure = new IOException[1];
        try {
            current[0] = CsvFile.create(files, directory, 1, header);
            ResultReader.forEach(resultFile, published, row -> {
                if (failure[0] != null) {
                    return;
                }
                List<String> values = new ArrayList<>(types.size());
                for (int column = 0; column < types.size(); column++) {
                    values.add(LakeValueFormatter.format(row.get(column), types.get(column)));
                }
                byte[] line = csvLine(values);
                try {
                    if (current[0].rows() > 0 && !current[0].fits(line.length, maxFileBytes)) {
                        delivered.add(current[0].finish());
                        current[0] = CsvFile.create(files, directory, delivered.size() + 1, header);
                    }
                    current[0].write(line);
                }
                catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            delivered.add(current[0].finish());
            current[0] = null;
        }
        finally {
            if (current[0] != null) {
                current[0].abort();
            }
        }
        return delivered;
    }

    /**
     * Writes the sign file for the delivered files.
     */
    static void writeSignFile(FileStore files, String directory, List<DeliveredFile> delivered, ResultSigningKey key, String region, Instant completeTime)
            throws IOException
    {
        List<String> hashes = delivered.stream().map(DeliveredFile::hash).toList();
        ObjectNode sign = JSON.createObjectNode();
        sign.put("version", SIGN_FILE_VERSION);
        sign.put("region", region);
        ArrayNode fileNodes = sign.putArray("files");
        for (DeliveredFile file : delivered) {
            ObjectNode fileNode = fileNodes.addObject();
            fileNode.put("fileHashValue", file.hash());
            fileNode.put("fileName", file.fileName());
        }
        sign.put("hashAlgorithm", HASH_ALGORITHM);
        sign.put("signatureAlgorithm", ResultSigningKey.SIGNATURE_ALGORITHM);
        sign.put("queryCompleteTime", COMPLETE_TIME.format(completeTime.truncatedTo(ChronoUnit.SECONDS)));
        sign.put("hashSignature", key.sign(signingString(hashes)));
        sign.put("publicKeyFingerprint", key.fingerprint());
        try (OutputStream output = files.create(files.resolve(directory, SIGN_FILE))) {
            output.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(sign));
            output.write('\n');
        }
    }

    /**
     * The data-signing string: the files' hashes separated by single spaces, in {@code files} order (spec 4.9).
     */
    static String signingString(List<String> hashes)
    {
        return String.join(" ", hashes);
    }

    static byte[] csvLine(List<String> values)
    {
        return CsvFormat.line(values).getBytes(StandardCharsets.UTF_8);
    }

    private static final class CsvFile
    {
        private final String fileName;
        private final CountingOutputStream compressed;
        private final MessageDigest digest;
        private final GZIPOutputStream gzip;
        private long pending;
        private long rows;

        private CsvFile(String fileName, OutputStream output)
                throws IOException
        {
            this.fileName = requireNonNull(fileName, "fileName is null");
            try {
                this.digest = MessageDigest.getInstance(HASH_ALGORITHM);
            }
            catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is not available", e);
            }
            this.compressed = new CountingOutputStream(new DigestOutputStream(output, digest));
            this.gzip = new GZIPOutputStream(compressed, SYNC_INTERVAL, true);
        }

        static CsvFile create(FileStore files, String directory, int number, byte[] header)
                throws IOException
        {
            String fileName = "result_" + number + ".csv.gz";
            CsvFile file = new CsvFile(fileName, files.create(files.resolve(directory, fileName)));
            file.writeBytes(header);
            return file;
        }

        long rows()
        {
            return rows;
        }

        /**
         * Whether a line of this length surely fits: exact compressed bytes, plus the pending CSV stored
         * uncompressed in the worst case, plus block headers, a sync marker and the trailer.
         */
        boolean fits(int length, long maxFileBytes)
                throws IOException
        {
            if (worstCase(length) <= maxFileBytes) {
                return true;
            }
            if (pending > 0) {
                syncFlush();
                return worstCase(length) <= maxFileBytes;
            }
            return false;
        }

        private long worstCase(int length)
        {
            long uncompressed = pending + length;
            long blocks = uncompressed / 16_383 + 1;
            return compressed.getCount() + uncompressed + blocks * 5 + SYNC_MARKER + GZIP_TRAILER;
        }

        void write(byte[] line)
                throws IOException
        {
            writeBytes(line);
            rows++;
        }

        private void writeBytes(byte[] bytes)
                throws IOException
        {
            gzip.write(bytes);
            pending += bytes.length;
            if (pending >= SYNC_INTERVAL) {
                syncFlush();
            }
        }

        private void syncFlush()
                throws IOException
        {
            gzip.flush();
            pending = 0;
        }

        DeliveredFile finish()
                throws IOException
        {
            gzip.close();
            return new DeliveredFile(fileName, HexFormat.of().formatHex(digest.digest()), compressed.getCount());
        }

        void abort()
        {
            try {
                gzip.close();
            }
            catch (IOException ignored) {
                // The delivery already failed; its error is reported
            }
        }
    }
}
