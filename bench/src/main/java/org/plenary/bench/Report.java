package org.plenary.bench;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the table (console and Markdown), the CSV, summary.json and the latency chart (SVG). */
final class Report {

    private Report() {
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Math.abs(value) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (Math.abs(value) >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String table(List<BackendResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| measurement | figure |");
        for (BackendResult r : results) {
            out.append(' ').append(r.backend).append(" | ratio to raw (").append(r.backend).append(") |");
        }
        out.append('\n').append("|---|---|");
        results.forEach(r -> out.append("---:|---|"));
        out.append('\n');
        Map<String, BackendResult.Row> first = new LinkedHashMap<>();
        for (BackendResult r : results) {
            for (BackendResult.Row row : r.rows) {
                first.putIfAbsent(row.measurement() + "\u0000" + row.figure(), row);
            }
        }
        for (BackendResult.Row template : first.values()) {
            out.append("| ").append(template.measurement()).append(" | ").append(template.figure())
                    .append(template.unit().isEmpty() ? "" : " (" + template.unit() + ")").append(" |");
            for (BackendResult r : results) {
                BackendResult.Row row = r.rows.stream().filter(x -> x.measurement().equals(template.measurement())
                        && x.figure().equals(template.figure())).findFirst().orElse(null);
                out.append(' ').append(row == null ? "" : format(row.value())).append(" | ")
                        .append(row == null ? "" : row.ratio()).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    static void write(Path directory, String machine, String command, List<BackendResult> results,
                      Map<String, String> settings) throws IOException {
        Files.createDirectories(directory);
        String table = table(results);
        StringBuilder md = new StringBuilder("# Plenary benchmark results\n\n");
        md.append("- machine: ").append(machine).append('\n');
        md.append("- command: `").append(command).append("`\n");
        md.append("- settings: ").append(settings).append("\n\n");
        md.append(table).append('\n');
        for (BackendResult r : results) {
            for (String note : r.notes) {
                md.append("- ").append(r.backend).append(": ").append(note).append('\n');
            }
        }
        md.append("\nLatency distribution: latency.svg\n");
        Files.writeString(directory.resolve("results.md"), md.toString());

        StringBuilder csv = new StringBuilder("backend,measurement,figure,value,unit,key,ratio\n");
        for (BackendResult r : results) {
            for (BackendResult.Row row : r.rows) {
                csv.append(String.join(",", r.backend, quote(row.measurement()), quote(row.figure()),
                        Double.isNaN(row.value()) ? "" : String.valueOf(BackendResult.round(row.value())),
                        quote(row.unit()), row.key() == null ? "" : row.key(), quote(row.ratio()))).append('\n');
            }
        }
        Files.writeString(directory.resolve("results.csv"), csv.toString());

        Map<String, Object> summary = new LinkedHashMap<>();
        for (BackendResult r : results) {
            summary.put(r.backend, r.summary);
        }
        summary.put("machine", machine);
        summary.put("command", command);
        Files.writeString(directory.resolve("summary.json"),
                CommandClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary) + "\n");
        Files.writeString(directory.resolve("latency.svg"), svg(results, machine));
    }

    private static String quote(String s) {
        return s == null ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** Percentile plot: x = percentile on a log scale of 1/(1-p), y = milliseconds; one line per series. */
    static String svg(List<BackendResult> results, String machine) {
        int width = 900;
        int height = 520;
        int left = 70;
        int right = 220;
        int top = 50;
        int bottom = 60;
        double maxX = 4; // 99.99 %
        List<String> names = new ArrayList<>();
        List<double[][]> series = new ArrayList<>();
        double maxY = 1;
        for (BackendResult r : results) {
            for (Map.Entry<String, Latencies> e : r.distributions.entrySet()) {
                Histogram h = e.getValue().copy();
                if (h.getTotalCount() == 0) {
                    continue;
                }
                List<double[]> points = new ArrayList<>();
                for (double x = 0; x <= maxX + 1e-9; x += 0.05) {
                    double p = 100 * (1 - Math.pow(10, -x));
                    double ms = h.getValueAtPercentile(p) / 1000.0;
                    points.add(new double[]{x, ms});
                    maxY = Math.max(maxY, ms);
                }
                names.add(r.backend + ": " + e.getKey() + " (n=" + h.getTotalCount() + ")");
                series.add(points.toArray(double[][]::new));
            }
        }
        double yTop = niceCeiling(maxY);
        String[] colors = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"};
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">\n", width, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"15\">Latency distribution "
                + "(command accepted → observer; command round trip)</text>\n", left));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"38\" font-size=\"10\" fill=\"#555\">%s</text>\n",
                left, escape(machine)));
        int plotW = width - left - right;
        int plotH = height - top - bottom;
        for (int i = 0; i <= 5; i++) {
            double v = yTop * i / 5;
            double y = top + plotH - plotH * i / 5.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", left, y, left + plotW, y, left - 6, y + 4,
                    format(v)));
        }
        String[] labels = {"0%", "90%", "99%", "99.9%", "99.99%"};
        for (int i = 0; i <= 4; i++) {
            double x = left + plotW * i / maxX;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", x, top, x, top + plotH, x,
                    top + plotH + 16, labels[i]));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">percentile</text>\n",
                left + plotW / 2, height - 20));
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(18,%d) rotate(-90)\" text-anchor=\"middle\">"
                + "milliseconds</text>\n", top + plotH / 2));
        for (int s = 0; s < series.size(); s++) {
            StringBuilder path = new StringBuilder();
            for (double[] p : series.get(s)) {
                double x = left + plotW * p[0] / maxX;
                double y = top + plotH - plotH * Math.min(p[1], yTop) / yTop;
                path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            }
            String color = colors[s % colors.length];
            svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>\n",
                    path, color, names.get(s).contains("round trip") ? " stroke-dasharray=\"5,3\"" : ""));
            int ly = top + 10 + s * 34;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                    + "stroke-width=\"3\"/><text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>\n",
                    left + plotW + 10, ly, left + plotW + 30, ly, color, left + plotW + 34, ly + 4,
                    escape(wrap(names.get(s))[0])));
            String second = wrap(names.get(s))[1];
            if (!second.isEmpty()) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>\n",
                        left + plotW + 34, ly + 17, escape(second)));
            }
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String[] wrap(String text) {
        if (text.length() <= 28) {
            return new String[]{text, ""};
        }
        int cut = text.lastIndexOf(' ', 28);
        cut = cut <= 0 ? 28 : cut;
        return new String[]{text.substring(0, cut), text.substring(cut).trim()};
    }

    private static double niceCeiling(double v) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[]{1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= v) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
