package io.tarn.server.trino;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tarn.engine.service.QueryColumn;
import io.tarn.engine.service.TrinoType;
import io.tarn.error.ErrorLocation;
import io.tarn.server.api.LakeJson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Writes the client protocol's {@code QueryResults}: {@code id}, {@code infoUri} (required by clients),
 * {@code nextUri} while the statement runs, {@code columns} with {@code typeSignature}s once known,
 * {@code data} (rows, only with columns), {@code stats} with a {@code rootStage} (the Trino CLI draws it),
 * {@code error} with its {@code errorLocation}, {@code warnings}, {@code updateType}.
 *
 * <p>Statistics: one node and one split, so that the Trino CLI prints its summary line; CPU and wall time
 * are the time the statement ran; {@code processedRows} is the events scanned and {@code processedBytes} and
 * {@code physicalInputBytes} are Lake's BytesScanned (compressed ORC bytes read).
 */
final class QueryResultsWriter
{
    private QueryResultsWriter() {}

    static byte[] write(String queryId, String baseUri, Optional<String> nextUri, ResultPage page, long elapsedMillis, boolean parametricDatetime)
    {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(page.rows().length() + 2048);
        try (JsonGenerator generator = LakeJson.MAPPER.getFactory().createGenerator(bytes)) {
            generator.writeStartObject();
            generator.writeStringField("id", queryId);
            generator.writeStringField("infoUri", baseUri + "/ui/query.html?" + queryId);
            if (nextUri.isPresent()) {
                generator.writeStringField("nextUri", nextUri.get());
            }
            if (page.columns().isPresent()) {
                generator.writeArrayFieldStart("columns");
                for (QueryColumn column : page.columns().get()) {
                    TrinoType type = TrinoType.parse(column.type());
                    generator.writeStartObject();
                    generator.writeStringField("name", column.name());
                    generator.writeStringField("type", TypeSignatures.displayName(type, parametricDatetime));
                    generator.writeFieldName("typeSignature");
                    TypeSignatures.write(generator, type, parametricDatetime);
                    generator.writeEndObject();
                }
                generator.writeEndArray();
                if (!page.rows().isEmpty()) {
                    generator.writeFieldName("data");
                    generator.writeRawValue("[" + page.rows() + "]");
                }
            }
            writeStats(generator, page, elapsedMillis);
            if (page.failure().isPresent()) {
                writeError(generator, page.failure().get());
            }
            generator.writeArrayFieldStart("warnings");
            generator.writeEndArray();
            if (page.updateType().isPresent()) {
                generator.writeStringField("updateType", page.updateType().get());
            }
            generator.writeEndObject();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeStats(JsonGenerator generator, ResultPage page, long elapsedMillis)
            throws IOException
    {
        QueryState state = page.state();
        ResultPage.Progress progress = page.progress();
        generator.writeObjectFieldStart("stats");
        generator.writeStringField("state", state.name());
        generator.writeBooleanField("queued", state == QueryState.QUEUED);
        generator.writeBooleanField("scheduled", state != QueryState.QUEUED);
        writeSplits(generator, state);
        generator.writeNumberField("queuedTimeMillis", progress.queuedMillis());
        generator.writeNumberField("elapsedTimeMillis", elapsedMillis);
        writeWork(generator, progress);
        generator.writeNumberField("peakMemoryBytes", 0);
        generator.writeNumberField("spilledBytes", 0);

        generator.writeObjectFieldStart("rootStage");
        generator.writeStringField("stageId", "0");
        generator.writeStringField("state", state.name());
        generator.writeBooleanField("done", state.isDone());
        writeSplits(generator, state);
        writeWork(generator, progress);
        generator.writeNumberField("failedTasks", state == QueryState.FAILED ? 1 : 0);
        generator.writeBooleanField("coordinatorOnly", false);
        generator.writeArrayFieldStart("subStages");
        generator.writeEndArray();
        generator.writeEndObject();

        generator.writeEndObject();
    }

    private static void writeSplits(JsonGenerator generator, QueryState state)
            throws IOException
    {
        generator.writeNumberField("nodes", 1);
        generator.writeNumberField("totalSplits", 1);
        generator.writeNumberField("queuedSplits", state == QueryState.QUEUED ? 1 : 0);
        generator.writeNumberField("runningSplits", state == QueryState.RUNNING ? 1 : 0);
        generator.writeNumberField("completedSplits", state.isDone() ? 1 : 0);
    }

    private static void writeWork(JsonGenerator generator, ResultPage.Progress progress)
            throws IOException
    {
        generator.writeNumberField("cpuTimeMillis", progress.runningMillis());
        generator.writeNumberField("wallTimeMillis", progress.runningMillis());
        generator.writeNumberField("processedRows", progress.processedRows());
        generator.writeNumberField("processedBytes", progress.processedBytes());
        generator.writeNumberField("physicalInputBytes", progress.processedBytes());
    }

    private static void writeError(JsonGenerator generator, QueryFailure failure)
            throws IOException
    {
        Optional<ErrorLocation> location = failure.location();
        generator.writeObjectFieldStart("error");
        generator.writeStringField("message", failure.message());
        generator.writeNumberField("errorCode", failure.errorCode().code());
        generator.writeStringField("errorName", failure.errorCode().name());
        generator.writeStringField("errorType", failure.errorCode().type().name());
        writeLocation(generator, location);
        generator.writeObjectFieldStart("failureInfo");
        generator.writeStringField("type", "io.tarn.error.TarnException");
        generator.writeStringField("message", failure.message());
        generator.writeArrayFieldStart("suppressed");
        generator.writeEndArray();
        generator.writeArrayFieldStart("stack");
        generator.writeEndArray();
        writeLocation(generator, location);
        generator.writeEndObject();
        generator.writeEndObject();
    }

    private static void writeLocation(JsonGenerator generator, Optional<ErrorLocation> location)
            throws IOException
    {
        if (location.isPresent()) {
            generator.writeObjectFieldStart("errorLocation");
            generator.writeNumberField("lineNumber", location.get().lineNumber());
            generator.writeNumberField("columnNumber", location.get().columnNumber());
            generator.writeEndObject();
        }
    }
}
