package org.plenary.query.wording;

import org.junit.jupiter.api.Test;
import org.plenary.query.projection.DraftView;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.json.Json;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The wording served for a draft's amendments: each worded against the text of its base version, and a
 * delegation's pending amendments as one document (text, escaped HTML), also when they were proposed on
 * different versions.
 */
class AmendmentWordingsTest {

    private static final String V1 = """
            {"symbol": "A/C.3/72/L.9", "header": {"body": "General Assembly", "session": "Seventy-second session"},
             "title": "Cooperation", "sponsors": ["Brazil"],
             "preamble": [{"id": "pp1", "text": "*Recalling* its resolutions,"}],
             "operative": [{"id": "op1", "text": "*Decides* to act <now> & then;"}, {"id": "op2", "text": "*Requests* a report."}]}
            """;
    /** Version 3: A1 accepted, op1 reads "*Decides* to proceed <now> & then;". */
    private static final String V3 = V1.replace("to act", "to proceed");

    private final List<Long> textsAsked = new ArrayList<>();

    @Test
    void anAmendmentIsWordedAgainstTheTextItWasProposedOn() throws Exception {
        AmendmentWordings wordings = wordings();

        AmendmentWordings.Worded a1 = wordings.amendment("A1");

        assertThat(a1.addressedTo()).isEqualTo(2);
        assertThat(a1.instructions()).containsExactly("In operative paragraph 1, replace the word “act” with “proceed”");
        assertThat(a1.text()).isEqualTo("In operative paragraph 1, replace the word “act” with “proceed”\n");
        assertThat(textsAsked).containsExactly(2L);
        AmendmentWordings.Worded a2 = wordings.amendment("A2");
        assertThat(a2.addressedTo()).isEqualTo(3);
        assertThat(a2.instructions()).containsExactly("Delete operative paragraph 2",
                "After the first preambular paragraph, insert the following paragraph: “*Noting* the report,”");
        assertThat(a2.text()).contains("paragraph 2\n\nAfter the first");
        assertThat(textsAsked).as("the current text comes from the view").containsExactly(2L);
        assertThat(wordings.amendment("A9")).isNull();
    }

    @Test
    void aDelegationsPendingAmendmentsMakeOneDocument() throws Exception {
        AmendmentWordings wordings = wordings();

        assertThat(wordings.pendingBy("FRA")).extracting(DraftView.AmendmentView::amendmentId).containsExactly("A2", "A3");
        String text = wordings.document("FRA", false);

        assertThat(text).isEqualTo("""
                General Assembly

                Seventy-second session

                France: amendments to draft resolution A/C.3/72/L.9

                1. Delete operative paragraph 2;

                2. After the first preambular paragraph, insert the following paragraph: “*Noting* the report,”;

                3. In operative paragraph 1, replace the word “<now>” with “<soon> &”.
                """);
        assertThat(org.plenary.shared.wording.Wording.parse(text).instructions()).hasSize(3);
        String html = wordings.document("FRA", true);
        assertThat(html).contains("<h1>France: amendments to draft resolution A/C.3/72/L.9</h1>")
                .contains("<li>Delete operative paragraph 2;</li>")
                .contains("replace the word “&lt;now&gt;” with “&lt;soon&gt; &amp;”.</li>").doesNotContain("<now>");
        assertThat(wordings.pendingBy("DEU")).isEmpty();
    }

    @Test
    void amendmentsOnSeveralVersionsAreEachWordedAgainstTheirOwnText() throws Exception {
        DraftView view = view(List.of(amendment("A4", "DEU", "pending", 2,
                        "{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"start\":13,\"end\":16,\"text\":\"move\"}"),
                amendment("A5", "DEU", "pending", 3, "{\"op\":\"replaceTitle\",\"text\":\"Closer cooperation\"}")));
        AmendmentWordings wordings = new AmendmentWordings(view, this::text);

        String text = wordings.document("DEU", false);

        assertThat(text).contains("Germany: amendments to draft resolution A/C.3/72/L.9")
                .contains("1. In operative paragraph 1, replace the word “act” with “move”;")
                .contains("2. Replace the title with: “Closer cooperation”.");
    }

    @Test
    void aSubAmendmentIsWordedAgainstTheTextAsItsParentWouldLeaveIt() throws Exception {
        List<String> amendments = new ArrayList<>(List.of(amendment("A2", "FRA", "pending", 3,
                "{\"op\":\"deleteParagraph\",\"paragraphId\":\"op2\"},"
                        + "{\"op\":\"insertParagraph\",\"section\":\"preamble\",\"after\":\"pp1\",\"text\":\"*Noting* the report,\","
                        + "\"paragraphId\":\"pp2\"}")));
        amendments.add(amendment("A8", "DEU", "pending", 3,
                "{\"op\":\"replaceText\",\"paragraphId\":\"pp2\",\"start\":13,\"end\":19,\"text\":\"reports\"}")
                .replaceFirst("}$", ",\"amends\":\"A2\"}"));
        AmendmentWordings wordings = new AmendmentWordings(view(amendments), this::text);

        AmendmentWordings.Worded a8 = wordings.amendment("A8");

        assertThat(a8.amends()).isEqualTo("A2");
        assertThat(a8.instructions()).containsExactly("In the second preambular paragraph, replace the word “report” with “reports”");
        assertThat(wordings.document("DEU", false)).contains("Germany: amendment to draft resolution A/C.3/72/L.9")
                .contains("1. To amendment A2: In the second preambular paragraph, replace the word “report” with “reports”.");
    }

    @Test
    void operationsThatDoNotFitTheirTextAreRefusedSayingSo() throws Exception {
        DraftView view = view(List.of(amendment("A7", "DEU", "pending", 3,
                "{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"start\":30,\"end\":90,\"text\":\"x\"}")));
        AmendmentWordings wordings = new AmendmentWordings(view, this::text);

        assertThatThrownBy(() -> wordings.amendment("A7")).isInstanceOf(AmendmentWordings.CannotWord.class)
                .hasMessageStartingWith("the operations cannot be worded against version 3: ");
        assertThatThrownBy(() -> wordings.document("DEU", false)).isInstanceOf(AmendmentWordings.CannotWord.class);
    }

    private AmendmentWordings wordings() throws Exception {
        return new AmendmentWordings(view(List.of(
                amendment("A1", "FRA", "accepted", 2,
                        "{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"start\":13,\"end\":16,\"text\":\"proceed\"}"),
                amendment("A2", "FRA", "pending", 3, "{\"op\":\"deleteParagraph\",\"paragraphId\":\"op2\"},"
                        + "{\"op\":\"insertParagraph\",\"section\":\"preamble\",\"after\":\"pp1\",\"text\":\"*Noting* the report,\","
                        + "\"paragraphId\":\"pp2\"}"),
                amendment("A3", "FRA", "pending", 3,
                        "{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"start\":21,\"end\":26,\"text\":\"<soon> &\"}"),
                amendment("A6", "DEU", "withdrawn", 3, "{\"op\":\"replaceTitle\",\"text\":\"Other\"}"))), this::text);
    }

    private DraftDocument text(long version) {
        textsAsked.add(version);
        try {
            return Json.mapper().readValue(version >= 3 ? V3 : V1, DraftDocument.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A view at version 3 read from JSON, as the projection stores it (fields added later keep their defaults). */
    private static DraftView view(List<String> amendments) throws Exception {
        return Json.mapper().readValue("{\"draftId\":\"d1\",\"version\":3,\"document\":" + V3 + ",\"mainSponsors\":[\"BRA\"],"
                + "\"amendments\":[" + String.join(",", amendments) + "]}", DraftView.class);
    }

    private static String amendment(String id, String proposer, String status, long base, String operations) {
        return "{\"amendmentId\":\"" + id + "\",\"proposer\":\"" + proposer + "\",\"status\":\"" + status + "\",\"baseVersion\":"
                + base + ",\"operations\":[" + operations + "],\"proposedVersion\":" + (base + 1) + "}";
    }
}
