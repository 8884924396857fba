package com.revealsync.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.testing.TestDatabases;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens report.html in a real headless browser (Debian's {@code chromium}; {@code .ci/run}
 * installs it) and reads the DOM after the page's scripts ran: the charts are there, the page's
 * own script finished without error, and none of the script planted in the data ran.
 */
class ReportInBrowserTest {

    @TempDir
    static Path work;

    private static String dom;
    private static String console;

    @BeforeAll
    static void openTheReportInChromium() throws Exception {
        javax.sql.DataSource dataSource = TestDatabases.h2();
        new OutcomeFixtures(dataSource).otherRuns().messyNightlySync();
        Path html = new ReportService(dataSource).write(new ReportSelection.Since(
                java.time.LocalDateTime.of(2025, 1, 1, 0, 0)), work.resolve("report")).html();

        Path stdout = work.resolve("dom.html");
        Path stderr = work.resolve("chromium.log");
        Process chromium = new ProcessBuilder(chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--user-data-dir=" + work.resolve("profile"), "--enable-logging=stderr",
                "--v=0", "--virtual-time-budget=2000", "--dump-dom", html.toUri().toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        boolean done = chromium.waitFor(60, TimeUnit.SECONDS);
        if (!done) {
            chromium.destroyForcibly();
        }
        assertThat(done).as("chromium finished within 60 s").isTrue();
        dom = Files.readString(stdout, StandardCharsets.UTF_8);
        console = Files.readString(stderr, StandardCharsets.UTF_8);
        assertThat(chromium.exitValue()).as("chromium exit code; its log:%n%s", console).isZero();
    }

    @Test
    void thePagesOwnScriptRanToTheEndWithoutAnError() {
        assertThat(dom).contains("data-report-ready=\"yes\"").doesNotContain("data-script-error=\"");
        assertThat(console).doesNotContain("Uncaught").doesNotContain("SyntaxError");
        assertThat(dom).containsPattern("<span id=\"row-count\">10</span>");
    }

    @Test
    void theChartsAreThereAsSvgWithTheirBars() {
        for (String chart : List.of("chart-outcomes", "chart-by-code", "chart-by-user", "chart-over-time")) {
            Matcher svg = Pattern.compile("<svg id=\"" + chart + "\"[^>]*>(.*?)</svg>", Pattern.DOTALL).matcher(dom);
            assertThat(svg.find()).as(chart + " is in the DOM").isTrue();
            assertThat(svg.group(1)).as(chart + " has bars").contains("<rect");
        }
    }

    @Test
    void noScriptFromTheDataRan() {
        assertThat(dom).doesNotContain("data-pwned=\"");
        assertThat(dom).contains("&lt;script&gt;document.documentElement.setAttribute('data-pwned','title')");
    }

    @Test
    void thePageLoadsNothingFromOutside() {
        assertThat(dom).doesNotContainPattern("(src|href)=\"(https?:)?//");
        assertThat(dom).doesNotContain("<link").doesNotContain("@import");
    }

    private static String chromium() {
        for (String candidate : List.of("chromium", "chromium-browser")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, candidate))) {
                    return Path.of(dir, candidate).toString();
                }
            }
        }
        throw new AssertionError("chromium is not installed: apt-get install -y chromium (.ci/run does this)");
    }
}
