package com.revealsync.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the page's inline SVG charts, computed here so the template only places shapes.
 * Coordinates are in the SVG's own units (the charts scale with the page through their viewBox).
 */
final class Charts {

    static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 252;
    private static final int BAR_AREA = 320;
    private static final int ROW_HEIGHT = 26;
    private static final int MAX_LABEL = 36;
    private static final int COLUMN_AREA_HEIGHT = 180;

    private Charts() {
    }

    /** A part of a bar: its outcome's colour, and what it counts (shown on hover). */
    public record Part(String kind, long value) {
    }

    public record Segment(String x, String y, String width, String height, String cssClass, String title) {
    }

    public record Bar(String label, String fullLabel, String labelY, String valueText, String valueX,
                      List<Segment> segments) {
    }

    public record BarChart(int width, int height, List<Bar> bars) {
        public boolean isEmpty() {
            return bars.isEmpty();
        }
    }

    public record Column(String label, String labelX, String labelY, String title, List<Segment> segments) {
    }

    public record ColumnChart(int width, int height, String maxLabel, List<Column> columns) {
        public boolean isEmpty() {
            return columns.isEmpty();
        }
    }

    /** One horizontal bar per label, split into parts, scaled to the largest total. */
    static BarChart bars(List<String> labels, List<List<Part>> parts) {
        long max = parts.stream().mapToLong(Charts::sum).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int top = 6 + i * ROW_HEIGHT;
            double x = LABEL_WIDTH;
            List<Segment> segments = new ArrayList<>();
            for (Part part : parts.get(i)) {
                double width = max == 0 ? 0 : BAR_AREA * (double) part.value() / max;
                if (part.value() > 0) {
                    segments.add(new Segment(num(x), Integer.toString(top), num(Math.max(width, 2)), "18",
                            "fill-" + part.kind().toLowerCase(Locale.ROOT),
                            ReportFormat.number(part.value()) + " " + part.kind().toLowerCase(Locale.ROOT)));
                }
                x += Math.max(width, part.value() > 0 ? 2 : 0);
            }
            String full = labels.get(i);
            bars.add(new Bar(shorten(full), full, Integer.toString(top + 14),
                    ReportFormat.number(sum(parts.get(i))), num(x + 6), segments));
        }
        return new BarChart(WIDTH, 12 + labels.size() * ROW_HEIGHT, bars);
    }

    /** One stacked column per period (exported, skipped, failed), scaled to the largest total. */
    static ColumnChart columns(List<ReportData.PeriodCount> periods) {
        long max = periods.stream().mapToLong(ReportData.PeriodCount::total).max().orElse(0);
        int slot = periods.isEmpty() ? 0 : Math.max(8, Math.min(64, (WIDTH - 60) / periods.size()));
        int width = Math.max(WIDTH, 60 + slot * periods.size());
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            ReportData.PeriodCount period = periods.get(i);
            double x = 50 + i * slot + slot * 0.15;
            double bottom = 10 + COLUMN_AREA_HEIGHT;
            List<Segment> segments = new ArrayList<>();
            for (Part part : List.of(new Part("EXPORTED", period.exported()), new Part("SKIPPED", period.skipped()),
                    new Part("FAILED", period.failed()))) {
                double height = max == 0 ? 0 : COLUMN_AREA_HEIGHT * (double) part.value() / max;
                if (part.value() > 0) {
                    height = Math.max(height, 1.5);
                    bottom -= height;
                    segments.add(new Segment(num(x), num(bottom), num(slot * 0.7), num(height),
                            "fill-" + part.kind().toLowerCase(Locale.ROOT),
                            period.title() + ": " + ReportFormat.number(part.value()) + " "
                                    + part.kind().toLowerCase(Locale.ROOT)));
                }
            }
            columns.add(new Column(periods.size() > 16 ? "" : shorten(period.label()), num(x + slot * 0.35),
                    Integer.toString(COLUMN_AREA_HEIGHT + 26), period.title(), segments));
        }
        return new ColumnChart(width, COLUMN_AREA_HEIGHT + 40, ReportFormat.number(max), columns);
    }

    private static long sum(List<Part> parts) {
        return parts.stream().mapToLong(Part::value).sum();
    }

    private static String shorten(String label) {
        String text = label == null || label.isBlank() ? "(none)" : label;
        return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1) + "\u2026";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
