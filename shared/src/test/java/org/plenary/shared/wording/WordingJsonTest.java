package org.plenary.shared.wording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.shared.edit.DraftFixture;
import org.plenary.shared.json.Json;

/** What was read travels as JSON in the shape the API documents, and comes back equal. */
class WordingJsonTest {

    private static final String DOCUMENT = """
            China: amendment to draft resolution E/CN.15/2017/L.4/Rev.1

            1. Delete paragraph 2 (c);

            2. In operative paragraph 4, replace the word “possible” with “concrete”;

            3. After the first preambular paragraph, insert the following paragraph: “Noting the report,”;

            4. Rephrase operative paragraph 5.
            """;

    @Test
    void aParsedAmendment() throws Exception {
        ParsedAmendment parsed = Wording.parse(DOCUMENT);

        String json = Json.mapper().writeValueAsString(parsed);

        assertThat(json).startsWith("{\"sponsors\":[\"China\"],\"target\":\"E/CN.15/2017/L.4/Rev.1\",\"instructions\":[")
                .contains("{\"number\":1,\"line\":3,\"text\":\"Delete paragraph 2 (c);\",\"operations\":"
                        + "[{\"op\":\"deleteParagraph\",\"section\":\"operative\",\"number\":2,\"item\":\"c\"}]}")
                .contains("{\"op\":\"replaceWords\",\"section\":\"operative\",\"number\":4,\"find\":\"possible\","
                        + "\"text\":\"concrete\"}")
                .contains("{\"op\":\"insertParagraph\",\"section\":\"preamble\",\"after\":1,\"text\":\"Noting the report,\","
                        + "\"items\":[]}")
                .contains("\"unresolved\":[{\"line\":9,\"text\":\"Rephrase operative paragraph 5.\",\"why\":");
        assertThat(Json.mapper().readValue(json, ParsedAmendment.class)).isEqualTo(parsed);
    }

    @Test
    void aResolvedAmendment() throws Exception {
        ResolvedAmendment resolved = Wording.read(DraftFixture.cybercrimeDraft(), DOCUMENT);

        String json = Json.mapper().writeValueAsString(resolved);

        assertThat(json).contains("{\"op\":\"deleteParagraph\",\"paragraphId\":\"op2.3\"}")
                .contains("{\"op\":\"replaceText\",\"paragraphId\":\"op4\",\"start\":41,\"end\":49,\"text\":\"concrete\"}")
                .contains("{\"op\":\"insertParagraph\",\"section\":\"preamble\",\"after\":\"pp1\",\"text\":\"Noting the "
                        + "report,\",\"paragraphId\":\"new1\"}");
        // one list of operations per instruction; the convenience list of all of them is not part of the JSON
        assertThat(json.split("\"operations\"", -1)).hasSize(resolved.instructions().size() + 1);
        assertThat(Json.mapper().readValue(json, ResolvedAmendment.class)).isEqualTo(resolved);
    }
}
