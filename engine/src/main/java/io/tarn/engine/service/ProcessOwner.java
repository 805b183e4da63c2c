package io.tarn.engine.service;

import java.time.Instant;
import java.util.Optional;

/**
 * Names the process that runs a query ({@code <pid>@<process start in epoch millis>}) and tells whether such a
 * process is still alive, so that a query left {@code QUEUED} or {@code RUNNING} by a process that died can be
 * marked {@code FAILED}. The start time guards against a reused pid. The metadata directory is local, so the
 * processes sharing it run on one host.
 */
final class ProcessOwner
{
    static final String CURRENT = describe(ProcessHandle.current());

    private ProcessOwner() {}

    static boolean isAlive(String owner)
    {
        if (owner.equals(CURRENT)) {
            return true;
        }
        int at = owner.indexOf('@');
        if (at < 0) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(owner.substring(0, at));
        }
        catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        return handle.isPresent() && handle.get().isAlive() && describe(handle.get()).equals(owner);
    }

    private static String describe(ProcessHandle handle)
    {
        return handle.pid() + "@" + handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
