package com.salesworkbench.provisioning.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Watches plug-in folders and calls back once a burst of changes has settled (a jar being copied raises
 * several events; acting on the first would see half a file). One daemon thread, ended by {@link #close()}.
 */
final class PluginWatcher implements AutoCloseable {

    private static final long SETTLE_MILLIS = 250;

    private final WatchService service;
    private final Thread thread;

    PluginWatcher(List<Path> folders, Runnable onChange) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        try {
            for (Path f : folders) {
                Files.createDirectories(f);
                f.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (IOException e) {
            service.close();
            throw e;
        }
        thread = new Thread(() -> run(onChange), "workbench-plugin-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Runnable onChange) {
        try {
            while (true) {
                drain(service.take());
                WatchKey next;
                while ((next = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(next);
                }
                try {
                    onChange.run();
                } catch (RuntimeException e) {
                    // provisioning is shutting down; the watcher is closed next
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing left to release
        }
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
