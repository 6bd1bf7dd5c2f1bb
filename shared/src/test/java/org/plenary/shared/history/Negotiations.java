package org.plenary.shared.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.plenary.shared.document.DocumentIds;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.DraftFixture;
import org.plenary.shared.edit.DraftFixture.Node;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.ReplaceText;

/** Generated drafts and sequences of amendments that apply to them, each one to the text its predecessors left. */
final class Negotiations {

    // Markup, footnote calls, characters outside the BMP (two chars in Java, so offsets meet surrogates).
    static final List<String> TOKENS = List.of("Recalling", "the", "Council", "*Requests*", "[65/230](#)", "¹", "²",
            " ", " ", ",", ";", "(a)", "\uD835\uDC9C", "é", "Côte d’Ivoire", "<script>", "&");

    static final List<String> DELEGATIONS = List.of("USA", "GHA", "BRA", "CHN", "FRA");

    /** An amendment and who brought it. */
    record Amendment(List<EditOperation> operations, Attribution attribution) {
    }

    private Negotiations() {
    }

    static Arbitrary<String> texts(int maxTokens) {
        return Arbitraries.of(TOKENS).list().ofMaxSize(maxTokens).map(tokens -> String.join("", tokens));
    }

    static Arbitrary<DraftDocument> documents() {
        Arbitrary<String> text = texts(10);
        Arbitrary<Item> subItem = text.map(t -> new Item(null, "(i)", t, List.of()));
        Arbitrary<Item> item = Combinators.combine(text, subItem.list().ofMaxSize(2))
                .as((t, sub) -> new Item(null, "(a)", t, sub));
        Arbitrary<Paragraph> paragraph = Combinators.combine(text, item.list().ofMaxSize(3))
                .as((t, items) -> new Paragraph(null, t, items));
        return Combinators.combine(paragraph.list().ofMaxSize(4), paragraph.list().ofMaxSize(5))
                .as((preamble, operative) -> DocumentIds.assignMissing(new DraftDocument(null, "draft resolution",
                        "A/C.3/76/L.7", List.of("Ghana", "Brazil"), null, null, "Countering cybercrime",
                        "The General Assembly,", preamble, operative, List.of(), List.of())));
    }

    static final Attribution ORIGINAL = new Attribution(null, "GHA", Instant.parse("2021-10-01T09:00:00Z"), null,
            null, 0);

    /** {@code count} amendments, each valid against the document the previous ones produced. */
    static List<Amendment> amendments(DraftDocument document, int count, Random random) {
        List<Amendment> out = new ArrayList<>();
        DraftDocument current = document;
        int[] fresh = {0};
        for (int n = 1; n <= count; n++) {
            List<EditOperation> operations = amendment(current, random, fresh);
            String proposer = DELEGATIONS.get(random.nextInt(DELEGATIONS.size()));
            Instant at = ORIGINAL.proposedAt().plusSeconds(3600L * n);
            Attribution attribution = new Attribution("A" + n, proposer, at, "GHA", at.plusSeconds(60), n);
            out.add(new Amendment(operations, attribution));
            current = DocumentEditor.apply(current, operations);
        }
        return out;
    }

    /** One amendment valid against {@code document}: deletes, inserts after surviving paragraphs, replacements. */
    static List<EditOperation> amendment(DraftDocument document, Random random, int[] fresh) {
        List<EditOperation> ops = new ArrayList<>();
        Set<String> deleted = new HashSet<>();
        for (Section section : Section.values()) {
            List<String> anchors = new ArrayList<>();
            anchors.add(null);
            for (Paragraph p : document.section(section)) {
                if (random.nextInt(6) == 0) {
                    ops.add(new DeleteParagraph(p.id()));
                    deleted.add(p.id());
                    continue;
                }
                anchors.add(p.id());
                if (random.nextInt(3) == 0) {
                    ops.addAll(replacements(p.id(), p.text(), random));
                }
                items(p.items(), random, ops);
            }
            int inserts = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
            for (int i = 0; i < inserts; i++) {
                String after = anchors.get(random.nextInt(anchors.size()));
                ops.add(new InsertParagraph(section, after, "*Decides* " + fragment(random, 1 + random.nextInt(6)),
                        "x" + ++fresh[0]));
            }
        }
        if (ops.isEmpty()) {
            String text = "*Requests* " + fragment(random, 3);
            ops.add(new InsertParagraph(Section.OPERATIVE, null, text, "x" + ++fresh[0]));
        }
        Collections.shuffle(ops, random);
        return ops;
    }

    private static void items(List<Item> items, Random random, List<EditOperation> ops) {
        for (Item item : items) {
            int choice = random.nextInt(6);
            if (choice == 0) {
                ops.add(new DeleteParagraph(item.id()));
                continue;
            }
            if (choice == 1) {
                ops.addAll(replacements(item.id(), item.text(), random));
            }
            items(item.items(), random, ops);
        }
    }

    /** One to three replacements in one text that do not overlap, start at distinct offsets and split no character. */
    static List<ReplaceText> replacements(String id, String text, Random random) {
        List<Integer> offsets = boundaries(text);
        List<Integer> cuts = new ArrayList<>();
        int pairs = 1 + random.nextInt(3);
        for (int i = 0; i < 2 * pairs; i++) {
            cuts.add(offsets.get(random.nextInt(offsets.size())));
        }
        Collections.sort(cuts);
        List<ReplaceText> out = new ArrayList<>();
        int previousStart = -1;
        for (int i = 0; i < cuts.size(); i += 2) {
            int start = cuts.get(i);
            int end = cuts.get(i + 1);
            if (start == previousStart) {
                continue;
            }
            String replacement = random.nextInt(3) == 0 ? "" : fragment(random, 1 + random.nextInt(3));
            if (start == end && replacement.isEmpty()) {
                replacement = "¹";
            }
            out.add(new ReplaceText(id, start, end, replacement));
            previousStart = start;
        }
        return out;
    }

    static String fragment(Random random, int tokens) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            out.append(TOKENS.get(random.nextInt(TOKENS.size())));
        }
        return out.toString();
    }

    /** Offsets in {@code text} that do not split a character. */
    static List<Integer> boundaries(String text) {
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i <= text.length(); i = i < text.length() ? text.offsetByCodePoints(i, 1) : i + 1) {
            offsets.add(i);
        }
        return offsets;
    }

    static List<Node> nodes(DraftDocument document) {
        return DraftFixture.nodes(document);
    }
}
