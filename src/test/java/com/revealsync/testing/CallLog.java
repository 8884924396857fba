package com.revealsync.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** The API calls logged by {@code com.revealsync.salesforce.calls} (at DEBUG), one line each, in order. */
public final class CallLog {

    private CallLog() {
    }

    /** The calls logged while {@code run} runs whose line starts with {@code prefix} ("SOAP ", "BULK "). */
    public static List<String> during(String prefix, Runnable run) {
        Logger calls = (Logger) LoggerFactory.getLogger("com.revealsync.salesforce.calls");
        Level level = calls.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        calls.addAppender(appender);
        calls.setLevel(Level.DEBUG);
        try {
            run.run();
        } finally {
            calls.setLevel(level);
            calls.detachAppender(appender);
        }
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.startsWith(prefix)).toList();
    }
}
