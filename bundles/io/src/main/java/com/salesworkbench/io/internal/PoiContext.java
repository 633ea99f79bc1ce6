package com.salesworkbench.io.internal;

import java.util.concurrent.Callable;

/**
 * Runs POI code with the POI bundle's class loader as the thread's context class loader. POI's logging
 * (log4j-api, embedded in the POI bundle) loads its configured logger factory through the context class loader;
 * a shell or Swing thread carries the launcher's loader, which does not see it, and log4j then prints a stack trace.
 */
final class PoiContext {

    private PoiContext() {
    }

    static <T> T call(Callable<T> body) throws Exception {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(org.apache.poi.openxml4j.opc.OPCPackage.class.getClassLoader());
        try {
            return body.call();
        } finally {
            t.setContextClassLoader(before);
        }
    }
}
