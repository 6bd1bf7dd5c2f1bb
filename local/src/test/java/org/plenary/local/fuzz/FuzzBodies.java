package org.plenary.local.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Faulty request bodies: each one is wrong in a way the command API must refuse (400, 413 or 415) whatever else
 * the request gets right: wrong types, missing required fields, unknown fields, numbers too large, negative or
 * out of range, unknown ops and ids, control characters, invalid UTF-8, deep nesting, long strings in id
 * positions, truncation, bodies over the limit.
 */
final class FuzzBodies {

    /** A body and the name of its fault. */
    record Body(String fault, byte[] bytes, String contentType) {
    }

    static final String DRAFT = "{\"title\":\"Fuzz\",\"sponsors\":[\"Brazil\"],\"preamble\":[{\"text\":\"*Recalling* it,\"}],"
            + "\"operative\":[{\"text\":\"*Decides* to act;\"},{\"text\":\"*Requests* a report.\"}]}";

    /** An amendment document the sample draft can take. */
    static final String AMENDMENT = "1. In operative paragraph 3, replace the word “possible” with “concrete”.\n";
    static final String OPERATION = "{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"start\":10,\"end\":12,\"text\":\"x\"}";

    private static final String[] WRONG = {"\"1\"", "1.5", "true", "[]", "{}", "\"\"", "-1e400", "[1]"};
    private static final String[] HUGE = {"2147483648", "9223372036854775808", "-2147483649", "1e30", "100000000000000000000000"};
    private static final String[] BAD_IDS = {"\"../../etc/passwd\"", "\"a/b\"", "\"op 1\"", "\"\\u0000op1\"", "\"op1\\n\"",
            "\"\u00e9t\u00e9\"", "\"" + "x".repeat(5000) + "\"", "\"-op1\"", "\".\""};
    private static final String[] CONTROL = {"\\u0000", "\\u0007", "\\n", "\\r", "\\t", "\\u001b[31m", "\\u0085", "\\ud800", "\\uffff"};

    private final Random random;

    FuzzBodies(Random random) {
        this.random = random;
    }

    /** A faulty amendment proposal written against {@code version}. */
    Body proposal(long version) {
        String base = "\"baseVersion\":" + version;
        List<BiFunction<String, String, Body>> faults = List.of(
                (b, op) -> json("wrong type of baseVersion", "{\"baseVersion\":" + pick(WRONG) + ",\"operations\":[" + op + "]}"),
                (b, op) -> json("wrong type of start", "{" + b + ",\"operations\":[" + op.replace("\"start\":10", "\"start\":" + pick(WRONG)) + "]}"),
                (b, op) -> json("wrong type of end", "{" + b + ",\"operations\":[" + op.replace("\"end\":12", "\"end\":" + pick(WRONG)) + "]}"),
                (b, op) -> json("number as text", "{" + b + ",\"operations\":[" + op.replace("\"x\"", String.valueOf(random.nextInt(100))) + "]}"),
                (b, op) -> json("wrong type of operations", "{" + b + ",\"operations\":" + pick("{}", "\"x\"", "5", "true", "[[]]", "[null]") + "}"),
                (b, op) -> json("missing baseVersion", "{\"operations\":[" + op + "]}"),
                (b, op) -> json("missing operations", "{" + b + ",\"reason\":\"r\"}"),
                (b, op) -> json("missing start", "{" + b + ",\"operations\":[" + op.replace("\"start\":10,", "") + "]}"),
                (b, op) -> json("null end", "{" + b + ",\"operations\":[" + op.replace("\"end\":12", "\"end\":null") + "]}"),
                (b, op) -> json("missing op", "{" + b + ",\"operations\":[" + op.replace("\"op\":\"replaceText\",", "") + "]}"),
                (b, op) -> json("unknown field", "{" + b + ",\"" + pick("actor", "delegation", "x", "baseversion") + "\":\"USA\",\"operations\":[" + op + "]}"),
                (b, op) -> json("unknown field in an operation", "{" + b + ",\"operations\":[" + op.replace("{", "{\"actor\":\"USA\",") + "]}"),
                (b, op) -> json("huge number", "{" + b + ",\"operations\":[" + op.replace("\"end\":12", "\"end\":" + pick(HUGE)) + "]}"),
                (b, op) -> json("huge baseVersion", "{\"baseVersion\":" + pick(HUGE) + ",\"operations\":[" + op + "]}"),
                (b, op) -> json("negative offset", "{" + b + ",\"operations\":[" + op.replace("\"start\":10", "\"start\":-" + (1 + random.nextInt(50))) + "]}"),
                (b, op) -> json("negative baseVersion", "{\"baseVersion\":-" + random.nextInt(5) + ",\"operations\":[" + op + "]}"),
                (b, op) -> json("offsets out of range", "{" + b + ",\"operations\":[" + op.replace("\"start\":10,\"end\":12",
                        pick("\"start\":12,\"end\":10", "\"start\":0,\"end\":100000", "\"start\":5000,\"end\":5001")) + "]}"),
                (b, op) -> json("unknown op", "{" + b + ",\"operations\":[" + op.replace("replaceText", pick("replacetext", "replaceTexts", "", "delete", "REPLACE")) + "]}"),
                (b, op) -> json("unknown paragraph", "{" + b + ",\"operations\":[" + op.replace("\"op1\"", "\"op" + (50 + random.nextInt(999)) + "\"") + "]}"),
                (b, op) -> json("bad id", "{" + b + ",\"operations\":[" + op.replace("\"op1\"", pick(BAD_IDS)) + "]}"),
                (b, op) -> json("control character", "{" + b + ",\"operations\":[" + op.replace("\"x\"", "\"a" + pick(CONTROL) + "b\"") + "]}"),
                (b, op) -> json("control character in reason", "{" + b + ",\"reason\":\"r" + pick(CONTROL) + "\",\"operations\":[" + op + "]}"),
                (b, op) -> json("empty inserted paragraph", "{" + b + ",\"operations\":[{\"op\":\"insertParagraph\",\"section\":\"operative\",\"text\":" + pick("\"\"", "\"  \"", "null") + "}]}"),
                (b, op) -> json("bad section", "{" + b + ",\"operations\":[{\"op\":\"insertParagraph\",\"section\":" + pick("1", "\"middle\"", "true", "null") + ",\"text\":\"*Notes*;\"}]}"),
                (b, op) -> json("deep nesting", "{" + b + ",\"operations\":" + "[".repeat(40 + random.nextInt(5000)) + "]".repeat(3) + "}"),
                (b, op) -> json("long field name", "{" + b + ",\"" + "k".repeat(1000 + random.nextInt(100_000)) + "\":1,\"operations\":[" + op + "]}"),
                (b, op) -> truncated("{" + b + ",\"operations\":[" + op + "]}"),
                (b, op) -> invalidUtf8("{" + b + ",\"operations\":[" + op.replace("\"x\"", "\"\u00ff\"") + "]}"),
                (b, op) -> json("duplicate key", "{" + b + "," + b + ",\"operations\":[" + op + "]}"),
                (b, op) -> json("trailing content", "{" + b + ",\"operations\":[" + op + "]} {}"),
                (b, op) -> json("not an object", pick("[]", "\"x\"", "42", "null", "true")),
                (b, op) -> oversized(),
                (b, op) -> wrongContentType("{" + b + ",\"operations\":[" + op + "]}"));
        return faults.get(random.nextInt(faults.size())).apply(base, OPERATION);
    }

    /** A faulty draft for {@code POST /api/drafts}. */
    Body draft() {
        return switch (random.nextInt(17)) {
            case 0 -> json("wrong type of title", DRAFT.replace("\"Fuzz\"", pick("42", "true", "[]", "{}")));
            case 1 -> json("sponsors not a list", DRAFT.replace("[\"Brazil\"]", pick("\"Brazil\"", "42", "{}")));
            case 2 -> json("unknown sponsor", DRAFT.replace("Brazil", pick("Atlantis", "", "XXX")));
            case 3 -> json("no operative paragraph", DRAFT.replaceAll(",\"operative\":.*", ",\"operative\":[]}"));
            case 4 -> json("empty paragraph", DRAFT.replace("*Requests* a report.", pick("", " ", "   ")));
            case 5 -> json("line break in a paragraph", DRAFT.replace("*Decides* to act;", "*Decides*" + pick(CONTROL) + "to act;"));
            case 6 -> json("bad paragraph id", DRAFT.replace("{\"text\":\"*Decides*", "{\"id\":" + pick(BAD_IDS) + ",\"text\":\"*Decides*"));
            case 7 -> json("missing title", DRAFT.replace("\"title\":\"Fuzz\",", ""));
            case 8 -> json("unknown field", DRAFT.replace("{\"title\"", "{\"submittedBy\":\"USA\",\"title\""));
            case 9 -> json("wrong type of paragraph", DRAFT.replace("{\"text\":\"*Requests* a report.\"}", pick("\"x\"", "42", "[]")));
            case 10 -> json("deep nesting", DRAFT.replace("\"preamble\":", "\"x\":" + "{\"a\":".repeat(40 + random.nextInt(3000)) + "1" + "}".repeat(3) + ",\"preamble\":"));
            case 11 -> truncated(DRAFT);
            case 12 -> invalidUtf8(DRAFT.replace("Fuzz", "Fuzz\u00fe\u00ff"));
            case 13 -> oversized();
            case 14 -> wrongContentType(DRAFT);
            case 15 -> json("duplicate paragraph id", DRAFT.replace("{\"text\":\"*", "{\"id\":\"op7\",\"text\":\"*"));
            default -> json("items with empty text", DRAFT.replace("{\"text\":\"*Requests* a report.\"}",
                    "{\"text\":\"*Requests*:\",\"items\":[{\"label\":\"(a)\",\"text\":" + pick("\"\"", "42", "null") + "}]}"));
        };
    }

    /** A faulty rejection reason. */
    Body rejection() {
        return switch (random.nextInt(8)) {
            case 0 -> json("wrong type of reason", "{\"reason\":" + pick("42", "true", "[]", "{}") + "}");
            case 1 -> json("unknown field", "{\"reason\":\"no\",\"actor\":\"BRA\"}");
            case 2 -> json("control character in reason", "{\"reason\":\"no" + pick(CONTROL) + "\"}");
            case 3 -> json("deep nesting", "{\"reason\":" + "[".repeat(40 + random.nextInt(2000)) + "}");
            case 4 -> invalidUtf8("{\"reason\":\"no \u00ff\"}");
            case 5 -> truncated("{\"reason\":\"not agreed\"}");
            case 6 -> json("not an object", pick("[]", "\"x\"", "42", "true"));
            default -> wrongContentType("{\"reason\":\"no\"}");
        };
    }

    /** A faulty UN text for {@code POST /api/drafts/import}. */
    Body text(String sample) {
        return switch (random.nextInt(7)) {
            case 0 -> new Body("invalid UTF-8", latin1(sample.replace("Recalling", "Recalling\u00ff")), "text/plain; charset=UTF-8");
            case 1 -> new Body("NUL byte", utf8(sample.replace("Recalling", "Recall\u0000ing")), "text/plain; charset=UTF-8");
            case 2 -> new Body("control character", utf8(sample.replace("*Requests*", "*Requests*" + (char) (1 + random.nextInt(8)))), "text/plain");
            case 3 -> new Body("not a UN text", utf8("x".repeat(1 + random.nextInt(5000))), "text/plain");
            case 4 -> new Body("empty text", new byte[0], "text/plain");
            case 5 -> new Body("unknown charset", utf8(sample), "text/plain; charset=" + pick("bogus", "utf-9", "\"\""));
            default -> new Body("wrong content type", utf8(sample), pick("application/json", "application/xml", "image/png", "text/html"));
        };
    }

    /**
     * A faulty amendment document for {@code parse-amendment} and {@code amendments/import}: every one is refused by
     * both; an import also refuses instructions the draft cannot take and a text with none.
     */
    Body amendmentText(boolean importing) {
        return switch (random.nextInt(importing ? 10 : 7)) {
            case 0 -> new Body("invalid UTF-8", latin1(AMENDMENT.replace("replace", "replace\u00ff")), "text/plain; charset=UTF-8");
            case 1 -> new Body("NUL byte", utf8(AMENDMENT.replace("paragraph", "para\u0000graph")), "text/plain; charset=UTF-8");
            case 2 -> new Body("control character", utf8(AMENDMENT.replace("word", "word" + (char) (1 + random.nextInt(8)))), "text/plain");
            case 3 -> new Body("empty text", pick("", " ", "\n\n").getBytes(StandardCharsets.UTF_8), "text/plain");
            case 4 -> new Body("unknown charset", utf8(AMENDMENT), "text/plain; charset=" + pick("bogus", "utf-9", "\"\""));
            case 5 -> new Body("wrong content type", utf8(AMENDMENT), pick("application/json", "application/xml", "text/html", "text/markdown"));
            case 6 -> new Body("over 1 MiB", utf8("1. Delete operative paragraph 1;\n".repeat(32 * 1024 + 1)), "text/plain");
            case 7 -> new Body("no such paragraph", utf8(AMENDMENT.replace("paragraph 3", "paragraph " + (9 + random.nextInt(1000)))),
                    "text/plain");
            case 8 -> new Body("words not in the paragraph", utf8(AMENDMENT.replace("possible", "impossible")), "text/plain");
            default -> new Body("no instruction", utf8(pick("x".repeat(1 + random.nextInt(5000)), "Rephrase operative paragraph 3.",
                    "“unclosed")), "text/plain");
        };
    }

    /** Any of the faulty bodies, for an endpoint whose body the fuzz does not know. */
    Body any(long version, String sample) {
        return switch (random.nextInt(4)) {
            case 0 -> proposal(version);
            case 1 -> draft();
            case 2 -> rejection();
            default -> text(sample);
        };
    }

    private Body json(String fault, String json) {
        return new Body(fault, utf8(json), "application/json");
    }

    private Body truncated(String json) {
        return new Body("truncated", utf8(json.substring(0, 1 + random.nextInt(json.length() - 1))), "application/json");
    }

    private Body invalidUtf8(String latin1Json) {
        return new Body("invalid UTF-8", latin1(latin1Json), pick("application/json", "application/json; charset=UTF-8"));
    }

    private Body oversized() {
        byte[] body = new byte[1024 * 1024 + 1 + random.nextInt(256 * 1024)];
        java.util.Arrays.fill(body, (byte) 'a');
        byte[] head = "{\"title\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, body, 0, head.length);
        return new Body("over 1 MiB", body, "application/json");
    }

    private Body wrongContentType(String json) {
        return new Body("wrong content type", utf8(json), pick("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=bogus", ""));
    }

    String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
