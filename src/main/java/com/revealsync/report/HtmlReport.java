package com.revealsync.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code report.html}: one self-contained page (inline CSS, inline SVG charts, a small inline
 * script for the table filter; no external asset). Rendered with a Mustache template whose every
 * {@code {{value}}} is HTML-escaped by the engine; the template uses no unescaped form.
 */
final class HtmlReport {

    static final String FILE_NAME = "report.html";
    static final String TEMPLATE = "/report/report.html.mustache";
    /** Rows shown in the page's table; all of them are in errors.csv. */
    static final int TABLE_ROWS = 500;
    static final int CHART_BARS = 15;

    private final Template template;

    HtmlReport() {
        try (Reader in = new InputStreamReader(
                Objects.requireNonNull(HtmlReport.class.getResourceAsStream(TEMPLATE), TEMPLATE),
                StandardCharsets.UTF_8)) {
            this.template = Mustache.compiler().escapeHTML(true).nullValue("").compile(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(Path file, HtmlView view) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            template.execute(view, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static String cssClass(String outcome) {
        return "o-" + (outcome == null ? "unknown" : outcome.toLowerCase(Locale.ROOT));
    }

    static <T> List<T> top(List<T> items) {
        return items.size() <= CHART_BARS ? items : items.subList(0, CHART_BARS);
    }
}
