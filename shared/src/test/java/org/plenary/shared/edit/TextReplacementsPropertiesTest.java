package org.plenary.shared.edit;

import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick path for words replaced in paragraphs ({@link TextReplacements}) gives what the general path gives, and
 * applies nothing the general path refuses: random drafts (items, footnote calls, characters outside the BMP) and
 * random replacements, valid and not (items, unknown ids, ranges outside the text or splitting a character,
 * overlapping ranges, footnote calls replaced, line breaks, control characters and lone surrogates brought in, other
 * kinds of operation mixed in). Seeds are printed with a failure.
 */
class TextReplacementsPropertiesTest {

    private static final List<String> TEXTS = List.of("", "new", "the Council", "\uD835\uDC9C", "a\nb", "tab\there",
            "lone \uD800", "[A/76/1](#)", " and ");

    @Test
    void theQuickPathEqualsTheGeneralPathAndRefusesNothingItAccepts() {
        int quick = 0;
        int applied = 0;
        for (int seed = 0; seed < 20_000; seed++) {
            Random random = new Random(seed);
            DraftDocument document = RandomDrafts.draft(random);
            List<String> ids = RandomDrafts.nodeIds(document);
            if (ids.isEmpty()) {
                continue;
            }
            List<EditOperation> operations = operations(document, ids, random);

            DraftDocument general;
            try {
                general = DocumentEditor.apply(document, NodeIndex.of(document), operations);
            } catch (EditException refused) {
                general = null;
            }
            DraftDocument fast = TextReplacements.applyOrNull(document, operations);
            if (fast != null) {
                quick++;
                assertThat(fast).as("seed %d: %s", seed, operations).isEqualTo(general);
            }
            if (general != null) {
                applied++;
            }
        }
        assertThat(applied).isGreaterThan(5_000);
        assertThat(quick).as("the quick path takes most amendments the general path applies").isGreaterThan(applied / 3);
    }

    private static List<EditOperation> operations(DraftDocument document, List<String> ids, Random random) {
        List<EditOperation> operations = new ArrayList<>();
        int count = 1 + random.nextInt(random.nextInt(8) == 0 ? 6 : 2);
        for (int i = 0; i < count; i++) {
            if (random.nextInt(30) == 0) {
                operations.add(new DeleteParagraph(ids.get(random.nextInt(ids.size()))));
                continue;
            }
            String id = random.nextInt(40) == 0 ? "nope" : ids.get(random.nextInt(ids.size()));
            String text = NodeIndex.of(document).contains(id) ? NodeIndex.of(document).text(id) : "";
            int start = random.nextInt(text.length() + 2) - (random.nextInt(50) == 0 ? 2 : 0);
            int end = start + random.nextInt(Math.max(1, Math.min(12, text.length() + 2 - Math.max(start, 0))));
            String replacement = random.nextInt(3) == 0 ? RandomDrafts.words(random, 1, 3)
                    : TEXTS.get(random.nextInt(TEXTS.size()));
            operations.add(new ReplaceText(id, start, end, replacement));
        }
        return operations;
    }
}
