package com.revealsync.connection.oauth;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a URL in the user's browser when there is one: the desktop API where the JVM supports it,
 * else the platform's opener ({@code open}, {@code xdg-open} with a display, {@code rundll32}).
 * Never fails: with no browser the printed URL is the way.
 */
final class BrowserOpener {

    private static final Logger log = LoggerFactory.getLogger(BrowserOpener.class);

    private BrowserOpener() {
    }

    /** @return true when a browser was (probably) opened */
    static boolean open(URI url) {
        try {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(url);
                return true;
            }
            List<String> command = platformOpener(url);
            if (command.isEmpty()) {
                return false;
            }
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (IOException | RuntimeException | LinkageError e) {
            log.debug("could not open a browser: {}", e.toString());
            return false;
        }
    }

    private static List<String> platformOpener(URI url) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return List.of("open", url.toString());
        }
        if (os.contains("win")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", url.toString());
        }
        boolean display = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        return display ? List.of("xdg-open", url.toString()) : List.of();
    }
}
