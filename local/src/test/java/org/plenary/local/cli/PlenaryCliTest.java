package org.plenary.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.shared.document.DocumentView;
import org.plenary.shared.json.Json;
import org.plenary.shared.un.UnTextReader;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PlenaryCliTest {

    private static final String FRONT = "A and B: draft resolution\n\nTitle\n\nThe General Assembly,\n\n";

    @TempDir
    Path dir;

    /** What one run printed and returned; {@code bytes} is what it printed, as bytes. */
    record Run(int exit, String out, String err, byte[] bytes) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PlenaryCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                out.toByteArray());
    }

    private static String sample() throws IOException {
        try (InputStream in = PlenaryCliTest.class.getResourceAsStream("/samples/ccpcj-26-cybercrime-revised-draft.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void parsePrintsTheDocumentViewAsPrettyJson() throws Exception {
        Path sample = file("sample.txt", sample());
        Run run = run("parse", sample.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("\n  \"header\" : {");
        JsonNode printed = Json.mapper().readTree(run.out());
        assertThat(printed).isEqualTo(Json.mapper().valueToTree(DocumentView.of(UnTextReader.read(sample()))));
    }

    @Test
    void renderTextGivesTheLayoutThatReadsToTheSameStructure() throws Exception {
        Path sample = file("sample.txt", sample());
        Run run = run("render", sample.toString(), "--format", "text");
        assertThat(run.exit()).isZero();
        assertThat(UnTextReader.read(run.out())).isEqualTo(UnTextReader.read(sample()));
        assertThat(run("render", sample.toString()).out()).isEqualTo(run.out());
    }

    @Test
    void renderHtmlGivesTheWholePage() throws Exception {
        Run run = run("render", file("sample.txt", sample()).toString(), "--format=html");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>")
                .contains("<title>Strengthening international cooperation to combat cybercrime</title>")
                .contains("<sup class=\"note-call\"><a href=\"#fn1\"");
    }

    @Test
    void renderAknIsValidAndNamedAfterTheFileAndDatedByTheHeader() throws Exception {
        Run run = run("render", file("cyber crime.txt", sample()).toString(), "--format", "akn");
        assertThat(run.exit()).isZero();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(PlenaryCliTest.class.getResource("/akn/akomantoso30.xsd"))
                .newValidator().validate(new StreamSource(new StringReader(run.out())));
        assertThat(run.out()).contains("<FRBRuri value=\"/akn/un/doc/resolution/2017-05-23/cyber-crime\"/>");
    }

    @Test
    void unreadableTextPrintsFileAndLineAndExits2() throws Exception {
        Path bad = file("bad.txt", FRONT + "1. *Decides* a;\n\n3. *Decides* b.\n");
        Run run = run("parse", bad.toString());
        assertThat(run.exit()).isEqualTo(PlenaryCli.UNREADABLE_TEXT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(bad + ":9: operative paragraph numbered \"3.\"; expected \"2.\" "
                + "(operative paragraphs are numbered 1., 2., … in order)\n");

        Path twoNotes = file("notes.txt", FRONT + "1. *Decides* a.¹\n\n¹ One.\n\n¹ Again.\n");
        assertThat(run("render", twoNotes.toString(), "--format", "html").err())
                .startsWith(twoNotes + ":9: lines 9 and 11: two notes for footnote ¹");

        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, (FRONT + "1. *Decides* caf\u00e9.\n").getBytes(StandardCharsets.ISO_8859_1));
        Run notUtf8 = run("parse", latin1.toString());
        assertThat(notUtf8.exit()).isEqualTo(PlenaryCli.UNREADABLE_TEXT);
        assertThat(notUtf8.err()).isEqualTo(latin1 + ": the file is not UTF-8 text\n");
    }

    @Test
    void aMissingFileExits66() {
        Run run = run("parse", dir.resolve("missing.txt").toString());
        assertThat(run.exit()).isEqualTo(PlenaryCli.NO_INPUT);
        assertThat(run.err()).startsWith(dir.resolve("missing.txt") + ": cannot read the file (NoSuchFileException");
    }

    @Test
    void badArgumentsPrintUsageAndExit64() {
        for (String[] args : new String[][] {{}, {"parse"}, {"parse", "a", "b"}, {"convert", "a"},
                {"render", "a", "--format"}, {"render", "a", "--format", "odt"}, {"render", "a", "--format=json"},
                {"render", "a", "--colour", "red"}}) {
            Run run = run(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(PlenaryCli.USAGE);
            assertThat(run.err()).as(String.join(" ", args)).contains("usage: plenary-cli parse FILE");
            assertThat(run.out()).isEmpty();
        }
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("render FILE [--format text|html|akn|docx|pdf]");
    }

    @Test
    void rendersWordThatParsesBackToTheSameStructure() throws Exception {
        Run word = run("render", file("sample.txt", sample()).toString(), "--format", "docx");
        assertThat(word.exit()).isZero();
        assertThat(word.err()).isEmpty();
        Path docx = Files.write(dir.resolve("sample.docx"), word.bytes());
        assertThat(word.bytes()).startsWith((byte) 'P', (byte) 'K');

        Run parsed = run("parse", docx.toString());
        assertThat(parsed.exit()).isZero();
        assertThat(Json.mapper().readTree(parsed.out()))
                .isEqualTo(Json.mapper().valueToTree(DocumentView.of(UnTextReader.read(sample()))));
        Run text = run("render", docx.toString(), "--format", "text");
        assertThat(UnTextReader.read(text.out())).isEqualTo(UnTextReader.read(sample()));
    }

    @Test
    void rendersAPdfWhoseTextParsesToTheSameParagraphs() throws Exception {
        Run pdf = run("render", file("sample.txt", sample()).toString(), "--format=pdf");
        assertThat(pdf.exit()).isZero();
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        Path file = Files.write(dir.resolve("sample.pdf"), pdf.bytes());

        Run parsed = run("parse", file.toString());
        assertThat(parsed.exit()).as(parsed.err()).isZero();
        JsonNode read = Json.mapper().readTree(parsed.out());
        assertThat(read.get("sponsors")).hasSize(12);
        assertThat(read.get("preamble")).hasSize(7);
        assertThat(read.get("operative").findValuesAsText("number")).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(read.get("footnotes").findValuesAsText("marker")).containsExactly("1", "2");
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysExits2() throws Exception {
        Path docx = Files.writeString(dir.resolve("notes.docx"), "just some text");
        Run run = run("parse", docx.toString());
        assertThat(run.exit()).isEqualTo(PlenaryCli.UNREADABLE_TEXT);
        assertThat(run.err()).startsWith(docx + ":1: not a Word document (.docx)");
        Path pdf = Files.write(dir.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 1, 2});
        assertThat(run("render", pdf.toString()).err()).startsWith(pdf + ":1: the PDF cannot be read");
    }
}
