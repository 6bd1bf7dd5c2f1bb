package org.plenary.local.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.plenary.documents.DocumentFormat;
import org.plenary.documents.Documents;
import org.plenary.shared.document.DocumentView;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.json.Json;
import org.plenary.shared.un.AknWriter;
import org.plenary.shared.un.HtmlWriter;
import org.plenary.shared.un.UnTextFormatException;
import org.plenary.shared.un.UnTextWriter;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts a document without a server: {@code parse FILE} prints the structure as JSON (the shape of
 * {@code GET /api/drafts/{id}}), {@code render FILE --format text|html|akn|docx|pdf} prints the document (Word and
 * PDF as bytes, to redirect to a file). FILE is text in the UN layout, or Word or PDF by its extension.
 * Exit codes: 0 done, 2 the text does not read ({@code FILE:LINE: message} on stderr); as in sysexits,
 * 64 usage, 66 the file cannot be read (2 also when it is not UTF-8).
 */
public final class PlenaryCli {

    public static final int OK = 0;
    public static final int UNREADABLE_TEXT = 2;
    public static final int USAGE = 64;
    public static final int NO_INPUT = 66;

    static final String USAGE_TEXT = """
            usage: plenary-cli parse FILE
                   plenary-cli render FILE [--format text|html|akn|docx|pdf]
                   plenary-cli replay [--query-url URL] [--token TOKEN]
              parse   prints the structured document as JSON
              render  prints the document in the UN text layout (default), as an HTML page, as Akoma Ntoso XML, or
                      as Word or PDF bytes (redirect them to a file: > draft.docx)
              replay  rebuilds a query app's projections from the Kafka topic, with a progress bar, and prints
                      the checksum per draft (default URL http://127.0.0.1:8081, token dev:SECRETARIAT)
            FILE is UTF-8 text in the UN layout, or a .docx or .pdf file. Errors are printed as FILE:LINE: message
            (exit 2).""";

    private static final DateTimeFormatter PRINTED_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final List<String> RENDER_FORMATS = List.of("text", "html", "akn", "docx", "pdf");
    private static final Pattern LINE_PREFIX = Pattern.compile("line (\\d+): (.*)", Pattern.DOTALL);

    private PlenaryCli() {
    }

    public static void main(String[] args) {
        // Documents are UTF-8 ("¹", "…"); the platform encoding of a terminal may not be.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        // Libraries log to System.out (PDFBox through Logback's console): their lines must not mix into a document
        // printed on standard output, least of all into Word or PDF bytes.
        System.setOut(err);
        System.exit(run(args, out, err));
    }

    /** Runs one command; returns the exit code. Never calls {@code System.exit}, so tests can call it. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> a = List.of(args);
        if (a.size() == 1 && (a.get(0).equals("--help") || a.get(0).equals("-h") || a.get(0).equals("help"))) {
            out.println(USAGE_TEXT);
            return OK;
        }
        if (a.size() == 2 && a.get(0).equals("parse")) {
            return convert(a.get(1), "json", out, err);
        }
        if (a.size() >= 2 && a.get(0).equals("render")) {
            String format = renderFormat(a.subList(2, a.size()));
            if (format == null) {
                return usage(err, "unexpected arguments after render FILE: " + String.join(" ", a.subList(2, a.size())));
            }
            if (!RENDER_FORMATS.contains(format)) {
                return usage(err, "unknown format \"" + format + "\"; expected text, html, akn, docx or pdf");
            }
            return convert(a.get(1), format, out, err);
        }
        if (!a.isEmpty() && a.get(0).equals("replay")) {
            Map<String, String> options = options(a.subList(1, a.size()), List.of("--query-url", "--token"));
            if (options == null) {
                return usage(err, "replay takes --query-url URL and --token TOKEN");
            }
            return new ReplayCommand(options.getOrDefault("--query-url", "http://127.0.0.1:8081"),
                    options.getOrDefault("--token", "dev:SECRETARIAT"), java.time.Duration.ofMillis(200)).run(out, err);
        }
        return usage(err, a.isEmpty() ? "no command given" : "unexpected arguments: " + String.join(" ", a));
    }

    /** Options given as {@code --name value} or {@code --name=value}; null when one is unknown or has no value. */
    private static Map<String, String> options(List<String> args, List<String> known) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!known.contains(name)) {
                return null;
            }
            if (arg.contains("=")) {
                options.put(name, arg.substring(arg.indexOf('=') + 1));
            } else if (i + 1 < args.size()) {
                options.put(name, args.get(++i));
            } else {
                return null;
            }
        }
        return options;
    }

    /** The format of {@code render}: none given means text; null when the options are not understood. */
    private static String renderFormat(List<String> options) {
        if (options.isEmpty()) {
            return "text";
        }
        if (options.size() == 2 && options.get(0).equals("--format")) {
            return options.get(1);
        }
        if (options.size() == 1 && options.get(0).startsWith("--format=")) {
            return options.get(0).substring("--format=".length());
        }
        return null;
    }

    private static int convert(String name, String format, PrintStream out, PrintStream err) {
        Path file;
        DocumentFormat input = DocumentFormat.ofFileName(name);
        byte[] bytes;
        try {
            file = Path.of(name);
            // Text must be UTF-8: decoding strictly tells a file in another charset from one that does not read.
            bytes = input == DocumentFormat.TEXT ? Files.readString(file, StandardCharsets.UTF_8)
                    .getBytes(StandardCharsets.UTF_8) : Files.readAllBytes(file);
        } catch (InvalidPathException e) {
            return usage(err, "not a file name: " + name);
        } catch (CharacterCodingException e) {
            err.println(name + ": the file is not UTF-8 text");
            return UNREADABLE_TEXT;
        } catch (IOException e) {
            err.println(name + ": cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            return NO_INPUT;
        }
        DraftDocument doc;
        try {
            doc = Documents.read(bytes, input, StandardCharsets.UTF_8);
        } catch (UnTextFormatException e) {
            Matcher m = LINE_PREFIX.matcher(e.getMessage());
            // "line 7: x" becomes "FILE:7: x"; "lines 7 and 9: x" keeps its wording after "FILE:7:".
            err.println(name + ":" + e.line() + ": " + (m.matches() ? m.group(2) : e.getMessage()));
            return UNREADABLE_TEXT;
        }
        if (format.equals("docx") || format.equals("pdf")) {
            out.writeBytes(Documents.write(doc, format.equals("docx") ? DocumentFormat.DOCX : DocumentFormat.PDF));
            out.flush();
            return OK;
        }
        String result = switch (format) {
            case "json" -> json(doc);
            case "html" -> HtmlWriter.write(doc);
            case "akn" -> AknWriter.write(doc, draftId(file), date(doc));
            default -> UnTextWriter.write(doc);
        };
        out.print(result.endsWith("\n") ? result : result + "\n");
        out.flush();
        return OK;
    }

    private static String json(DraftDocument doc) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(DocumentView.of(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a document view could not be written as JSON", e);
        }
    }

    /** Without a tracker id, the file name stands for the draft in the FRBR URIs. */
    static String draftId(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9._-]", "-");
        return name.isEmpty() ? "draft" : name;
    }

    /** The date printed in the header ("23 May 2017") when it reads as one, else today. */
    static LocalDate date(DraftDocument doc) {
        String printed = doc.header() == null ? null : doc.header().date();
        if (printed != null) {
            try {
                return LocalDate.parse(printed.strip(), PRINTED_DATE);
            } catch (DateTimeParseException e) {
                // Not a plain date (e.g. "23 May 2017, 10 a.m."): fall through to today.
            }
        }
        return LocalDate.now();
    }

    private static int usage(PrintStream err, String problem) {
        err.println("plenary-cli: " + problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }
}
