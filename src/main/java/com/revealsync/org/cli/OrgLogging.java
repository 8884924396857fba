package com.revealsync.org.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code org} commands run without Spring, so nothing configures logging: logback would log
 * Jetty at DEBUG. This keeps the console to warnings.
 */
final class OrgLogging {

    private OrgLogging() {
    }

    static void quiet() {
        Logger root = LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
