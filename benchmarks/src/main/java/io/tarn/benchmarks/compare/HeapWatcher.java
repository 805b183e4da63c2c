package io.tarn.benchmarks.compare;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches this JVM's heap while something runs: the highest heap use sampled every 10 ms (live data plus
 * garbage not yet collected), and the highest heap use right after a collection (the live set, which is
 * what "bounded" is about).
 */
final class HeapWatcher
        implements AutoCloseable
{
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final List<Runnable> removals = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    HeapWatcher()
    {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                NotificationListener listener = (notification, handback) -> {
                    if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        return;
                    }
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum()
                            - nonHeapAfterGc(info);
                    peakAfterGc.accumulateAndGet(used, Math::max);
                };
                emitter.addNotificationListener(listener, null, null);
                removals.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    }
                    catch (javax.management.ListenerNotFoundException ignored) {
                        // already gone
                    }
                });
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                }
                catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watcher");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static long nonHeapAfterGc(GarbageCollectionNotificationInfo info)
    {
        long nonHeap = 0;
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.NON_HEAP) {
                MemoryUsage usage = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                if (usage != null) {
                    nonHeap += usage.getUsed();
                }
            }
        }
        return nonHeap;
    }

    long peakUsedBytes()
    {
        return Math.max(peakUsed.get(), memory.getHeapMemoryUsage().getUsed());
    }

    long peakAfterGcBytes()
    {
        return peakAfterGc.get();
    }

    long maxHeapBytes()
    {
        return memory.getHeapMemoryUsage().getMax();
    }

    @Override
    public void close()
    {
        running = false;
        sampler.interrupt();
        removals.forEach(Runnable::run);
    }
}
