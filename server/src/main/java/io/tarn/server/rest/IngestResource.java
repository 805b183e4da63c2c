package io.tarn.server.rest;

import io.tarn.server.api.IngestReportJson;
import io.tarn.server.http.ApiRequest;
import io.tarn.server.http.ApiResponse;
import io.tarn.server.http.Router;
import io.tarn.storage.IngestMode;
import io.tarn.storage.IngestReport;
import io.tarn.storage.IngestRequest;
import io.tarn.storage.IngestSource;
import io.tarn.storage.Lake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.tarn.server.http.JsonFields.invalid;
import static java.util.Objects.requireNonNull;

/**
 * Uploads of log files into a store, as {@code tarn ingest} does:
 *
 * <pre>
 * POST /api/v1/event-data-stores/{store}/ingest     the body is one file; the answer is the ingest report
 * </pre>
 *
 * The body is a CloudTrail log file ({@code {"Records": [...]}}), JSON lines or one event, plain or gzipped
 * (recognised by content, not by header), streamed into the store and committed at once or not at all; bad
 * records are rejected and reported without stopping the rest. Query parameters: {@code Name} names the
 * upload in the report and in rejections (default {@code upload}); {@code From} and {@code To} (epoch seconds
 * or ISO-8601) or {@code Import=true} copy trail events as Lake's import does (spec 8), ignoring the store's
 * selectors. Bodies may be up to {@link #DEFAULT_MAX_UPLOAD_BYTES} (413 beyond).
 */
public final class IngestResource
        implements RestResource
{
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 1L << 30;

    private final Lake lake;
    private final long maxUploadBytes;

    public IngestResource(Lake lake, long maxUploadBytes)
    {
        this.lake = requireNonNull(lake, "lake is null");
        this.maxUploadBytes = maxUploadBytes;
    }

    @Override
    public void register(Router router)
    {
        router.post(EventDataStoreResource.PATH + "/{store}/ingest", this::ingest);
    }

    private ApiResponse ingest(ApiRequest request)
    {
        String store = lake.catalog().get(request.pathParameter("store")).id();
        Optional<Instant> from = RequestParameters.instant(request, "From");
        Optional<Instant> to = RequestParameters.instant(request, "To");
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw invalid("'From' must be before 'To'");
        }
        boolean importing = from.isPresent() || to.isPresent() || request.queryParameter("Import").map(Boolean::parseBoolean).orElse(false);
        String name = request.queryParameter("Name").orElse("upload");
        IngestReport report;
        try (InputStream body = new FailingInputStream(request.body(maxUploadBytes))) {
            report = lake.ingest(new IngestRequest(store, List.of(new IngestSource.StreamSource(name, body)), importing ? IngestMode.IMPORT : IngestMode.LIVE, from, to));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ApiResponse.ok(IngestReportJson.toJson(lake.catalog().get(report.storeId()).name(), report));
    }

    /**
     * Turns a failure to read the body (the client went away) into an unchecked exception, which fails the
     * whole ingestion: ingestion keeps the records before a read error of a file, but a broken upload must
     * not commit half of itself.
     */
    private static final class FailingInputStream
            extends FilterInputStream
    {
        FailingInputStream(InputStream input)
        {
            super(input);
        }

        @Override
        public int read()
        {
            try {
                return super.read();
            }
            catch (IOException e) {
                throw new UncheckedIOException("The upload could not be read: " + e.getMessage(), e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length)
        {
            try {
                return super.read(buffer, offset, length);
            }
            catch (IOException e) {
                throw new UncheckedIOException("The upload could not be read: " + e.getMessage(), e);
            }
        }
    }
}
