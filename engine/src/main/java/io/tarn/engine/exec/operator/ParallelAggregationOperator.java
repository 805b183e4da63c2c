package io.tarn.engine.exec.operator;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.ColumnBatch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import static io.tarn.engine.StandardErrorCode.GENERIC_INTERNAL_ERROR;
import static java.util.Objects.requireNonNull;

/**
 * An aggregation split across workers: each worker scans its share of the splits and aggregates into its
 * own groups, on its own thread; then the partial groups are merged into the first worker's, which
 * produces the output.
 */
public final class ParallelAggregationOperator
        implements Operator
{
    private final List<HashAggregationOperator> workers;
    private final ExecutorService executor;
    private final ExecutionContext context;
    private boolean merged;

    public ParallelAggregationOperator(List<HashAggregationOperator> workers, ExecutorService executor, ExecutionContext context)
    {
        this.workers = ImmutableList.copyOf(workers);
        this.executor = requireNonNull(executor, "executor is null");
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public ColumnBatch next()
    {
        if (!merged) {
            runWorkers();
            merged = true;
        }
        return workers.get(0).next();
    }

    private void runWorkers()
    {
        List<Future<?>> futures = new ArrayList<>();
        for (int index = 1; index < workers.size(); index++) {
            HashAggregationOperator worker = workers.get(index);
            futures.add(executor.submit(worker::consumeAll));
        }
        RuntimeException failure = null;
        try {
            workers.get(0).consumeAll();
        }
        catch (RuntimeException e) {
            failure = e;
            // Stop the other workers at their next batch; their errors are secondary.
            context.cancel(e instanceof TarnException tarn ? tarn : new TarnException(GENERIC_INTERNAL_ERROR, e.toString(), e));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TarnException(GENERIC_INTERNAL_ERROR, "Interrupted", e);
            }
            catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException runtime ? runtime : new TarnException(GENERIC_INTERNAL_ERROR, e.getCause().toString(), e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        for (int index = 1; index < workers.size(); index++) {
            workers.get(0).mergeFrom(workers.get(index));
        }
    }

    @Override
    public void close()
    {
        workers.forEach(HashAggregationOperator::close);
    }
}
