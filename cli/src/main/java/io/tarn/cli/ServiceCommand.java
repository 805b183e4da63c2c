package io.tarn.cli;

import io.tarn.engine.Engine;
import io.tarn.engine.service.QueryService;
import io.tarn.engine.service.QueryServiceOptions;
import io.tarn.storage.Lake;

/**
 * A command that works through the lake's query service: opens the lake, an engine and the service, runs,
 * and closes them. A query started by a command runs inside the command's own process, so the command
 * waits for it to end (see {@link LocalQueries}).
 */
public abstract class ServiceCommand
        extends LakeCommand
{
    @Override
    protected final void run(Lake lake)
    {
        try (Engine engine = new Engine(lake);
                QueryService service = QueryService.open(engine, lake, QueryServiceOptions.defaults().withClock(tarn().clock()))) {
            run(service, lake);
        }
    }

    protected abstract void run(QueryService service, Lake lake);
}
