package org.plenary.shared.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.plenary.shared.edit.DraftFixture.ids;
import static org.plenary.shared.edit.DraftFixture.nodes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plenary.shared.document.DocumentIds;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.DraftFixture.Node;

/** Laws of the edit engine over generated drafts and amendments. */
class DocumentEditorPropertiesTest {

    // Markup, footnote calls and a character outside the BMP (two chars in Java) so offsets meet surrogates.
    private static final List<String> TOKENS = List.of("Recalling", "the", "Council", "*Requests*", "[65/230](#)",
            "¹", "²", " ", " ", ",", ";", "(a)", "\uD835\uDC9C", "é", "Côte d’Ivoire");

    @Provide
    Arbitrary<DraftDocument> documents() {
        Arbitrary<String> text = texts();
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

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(10).map(tokens -> String.join("", tokens));
    }

    @Provide
    Arbitrary<String> fragments() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(3).map(tokens -> String.join("", tokens));
    }

    @Provide
    Arbitrary<String> paragraphTexts() {
        return Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(8).map(tokens -> "*Decides* " + String.join("", tokens));
    }

    @Property
    void aReplacementSplicesTheTextAndLeavesEverythingElseAlone(@ForAll("documents") DraftDocument document,
            @ForAll("fragments") String text, @ForAll Random random) {
        List<Node> before = nodes(document);
        Assume.that(!before.isEmpty());
        int target = random.nextInt(before.size());
        Node node = before.get(target);
        List<Integer> offsets = boundaries(node.text());
        int a = offsets.get(random.nextInt(offsets.size()));
        int b = offsets.get(random.nextInt(offsets.size()));
        int start = Math.min(a, b);
        int end = Math.max(a, b);
        Assume.that(start != end || !text.isEmpty());

        DraftDocument result = DocumentEditor.apply(document, List.of(new ReplaceText(node.id(), start, end, text)));

        List<Node> expected = new ArrayList<>(before);
        String old = node.text();
        expected.set(target, new Node(node.id(), node.parent(), node.label(),
                old.substring(0, start) + text + old.substring(end)));
        assertThat(nodes(result)).isEqualTo(expected);
        assertThat(result.withSection(Section.PREAMBLE, document.preamble())
                .withSection(Section.OPERATIVE, document.operative())).isEqualTo(document);
    }

    @Property
    void replacementsInOneParagraphAtOnceEqualThemOneByOneFromRightToLeft(
            @ForAll("documents") DraftDocument document, @ForAll Random random) {
        List<Node> before = nodes(document);
        Assume.that(!before.isEmpty());
        Node node = before.get(random.nextInt(before.size()));
        List<ReplaceText> replacements = nonOverlapping(node, random);
        Assume.that(!replacements.isEmpty());

        List<EditOperation> shuffled = new ArrayList<>(replacements);
        Collections.shuffle(shuffled, random);
        DraftDocument atOnce = DocumentEditor.apply(document, shuffled);

        List<ReplaceText> rightToLeft = new ArrayList<>(replacements);
        rightToLeft.sort(Comparator.comparingInt(ReplaceText::start).reversed());
        DraftDocument oneByOne = document;
        StringBuilder model = new StringBuilder(node.text());
        for (ReplaceText r : rightToLeft) {
            oneByOne = DocumentEditor.apply(oneByOne, List.of(r));
            model.replace(r.start(), r.end(), r.text());
        }
        assertThat(atOnce).isEqualTo(oneByOne);
        assertThat(DraftFixture.textOf(atOnce, node.id())).isEqualTo(model.toString());
    }

    @Property
    void deletingAnInsertedParagraphGivesBackTheDocument(@ForAll("documents") DraftDocument document,
            @ForAll Section section, @ForAll("paragraphTexts") String text, @ForAll Random random) {
        List<Paragraph> paragraphs = document.section(section);
        int anchorIndex = random.nextInt(paragraphs.size() + 1) - 1;
        String after = anchorIndex < 0 ? null : paragraphs.get(anchorIndex).id();

        DraftDocument inserted = DocumentEditor.apply(document,
                List.of(new InsertParagraph(section, after, text, "new1")));

        assertThat(inserted.section(section)).hasSize(paragraphs.size() + 1);
        assertThat(inserted.section(section).get(anchorIndex + 1)).isEqualTo(new Paragraph("new1", text));
        assertThat(DocumentEditor.apply(inserted, List.of(new DeleteParagraph("new1")))).isEqualTo(document);
    }

    @Property
    void applyNeverChangesItsInputAndKeepsIdsUnique(@ForAll("documents") DraftDocument document,
            @ForAll Random random, @ForAll("paragraphTexts") String text, @ForAll("fragments") String fragment) {
        DraftDocument copy = deepCopy(document);
        List<EditOperation> operations = anyOperations(document, random, text, fragment);
        List<EditOperation> operationsCopy = new ArrayList<>(operations);

        String validateMessage = messageOf(() -> DocumentEditor.validate(document, operations));
        DraftDocument result = null;
        String applyMessage = null;
        try {
            result = DocumentEditor.apply(document, operations);
        } catch (EditException e) {
            applyMessage = e.getMessage();
        }

        assertThat(document).isEqualTo(copy);
        assertThat(operations).isEqualTo(operationsCopy);
        assertThat(applyMessage).isEqualTo(validateMessage);
        if (result != null) {
            List<String> ids = ids(result);
            assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
            DraftDocument applied = result;
            assertThatCode(() -> NodeIndex.of(applied)).doesNotThrowAnyException();
        }
    }

    @Property
    void paragraphCountChangesByInsertsMinusDeletes(@ForAll("documents") DraftDocument document,
            @ForAll Random random, @ForAll("paragraphTexts") String text, @ForAll("fragments") String fragment) {
        ValidAmendment amendment = validAmendment(document, random, text, fragment);
        Assume.that(!amendment.operations().isEmpty());

        DraftDocument result = DocumentEditor.apply(document, amendment.operations());

        int paragraphsBefore = document.preamble().size() + document.operative().size();
        int paragraphsAfter = result.preamble().size() + result.operative().size();
        assertThat(paragraphsAfter).isEqualTo(paragraphsBefore + amendment.inserts() - amendment.paragraphDeletes());
        assertThat(nodes(result)).hasSize(nodes(document).size() + amendment.inserts() - amendment.nodesDeleted());
        List<String> ids = ids(result);
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    }

    /** Offsets in {@code text} that do not split a character. */
    private static List<Integer> boundaries(String text) {
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i <= text.length(); i = i < text.length() ? text.offsetByCodePoints(i, 1) : i + 1) {
            offsets.add(i);
        }
        return offsets;
    }

    private static List<ReplaceText> nonOverlapping(Node node, Random random) {
        List<Integer> offsets = boundaries(node.text());
        List<Integer> cuts = new ArrayList<>();
        int pairs = random.nextInt(5);
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
                continue; // two edits at one offset have no order; the engine rejects them
            }
            String text = TOKENS.get(random.nextInt(TOKENS.size()));
            if (random.nextInt(3) == 0 && start != end) {
                text = "";
            }
            out.add(new ReplaceText(node.id(), start, end, text));
            previousStart = start;
        }
        return out;
    }

    /** Operations that may or may not apply: known, unknown, deleted and reused ids mixed. */
    private static List<EditOperation> anyOperations(DraftDocument document, Random random, String text,
            String fragment) {
        List<String> ids = new ArrayList<>(ids(document));
        ids.add("op99");
        ids.add("new1");
        List<EditOperation> ops = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            String id = ids.get(random.nextInt(ids.size()));
            switch (random.nextInt(3)) {
                case 0 -> {
                    String old = ids(document).contains(id) ? DraftFixture.textOf(document, id) : "";
                    int a = random.nextInt(old.length() + 2);
                    int b = random.nextInt(old.length() + 2);
                    ops.add(new ReplaceText(id, Math.min(a, b), Math.max(a, b), fragment));
                }
                case 1 -> {
                    Section section = random.nextBoolean() ? Section.PREAMBLE : Section.OPERATIVE;
                    String after = random.nextInt(4) == 0 ? null : ids.get(random.nextInt(ids.size()));
                    String newId = random.nextBoolean() ? "new" + random.nextInt(3) : ids.get(random.nextInt(ids.size()));
                    ops.add(new InsertParagraph(section, after, text, newId));
                }
                default -> ops.add(new DeleteParagraph(id));
            }
        }
        return ops;
    }

    private record ValidAmendment(List<EditOperation> operations, int inserts, int paragraphDeletes, int nodesDeleted) {
    }

    /** An amendment that applies: distinct deletes, inserts after surviving paragraphs, one replacement per node. */
    private static ValidAmendment validAmendment(DraftDocument document, Random random, String text, String fragment) {
        List<EditOperation> ops = new ArrayList<>();
        int inserts = 0;
        int paragraphDeletes = 0;
        int nodesDeleted = 0;
        int fresh = 0;
        for (Section section : Section.values()) {
            List<String> anchors = new ArrayList<>();
            anchors.add(null);
            for (Paragraph p : document.section(section)) {
                if (random.nextInt(4) == 0) {
                    ops.add(new DeleteParagraph(p.id()));
                    paragraphDeletes++;
                    nodesDeleted += 1 + subtreeSize(p.items());
                    continue;
                }
                anchors.add(p.id());
                if (random.nextBoolean()) {
                    ops.add(replacementIn(p.id(), p.text(), random, fragment));
                }
                for (Item item : p.items()) {
                    int choice = random.nextInt(4);
                    if (choice == 0) {
                        ops.add(new DeleteParagraph(item.id()));
                        nodesDeleted += 1 + subtreeSize(item.items());
                    } else if (choice == 1) {
                        ops.add(replacementIn(item.id(), item.text(), random, fragment));
                    }
                }
            }
            int count = random.nextInt(3);
            for (int i = 0; i < count; i++) {
                String after = anchors.get(random.nextInt(anchors.size()));
                ops.add(new InsertParagraph(section, after, text, "new" + ++fresh));
                inserts++;
            }
        }
        Collections.shuffle(ops, random);
        return new ValidAmendment(ops, inserts, paragraphDeletes, nodesDeleted);
    }

    private static ReplaceText replacementIn(String id, String old, Random random, String fragment) {
        List<Integer> offsets = boundaries(old);
        int a = offsets.get(random.nextInt(offsets.size()));
        int b = offsets.get(random.nextInt(offsets.size()));
        String text = fragment.isEmpty() && a == b ? "x" : fragment;
        return new ReplaceText(id, Math.min(a, b), Math.max(a, b), text);
    }

    private static int subtreeSize(List<Item> items) {
        int size = 0;
        for (Item item : items) {
            size += 1 + subtreeSize(item.items());
        }
        return size;
    }

    private static String messageOf(Runnable action) {
        try {
            action.run();
            return null;
        } catch (EditException e) {
            return e.getMessage();
        }
    }

    private static DraftDocument deepCopy(DraftDocument d) {
        return new DraftDocument(d.header(), d.kind(), d.symbol(), new ArrayList<>(d.sponsors()), d.sponsorsNote(),
                d.adoption(), d.title(), d.subject(), copyParagraphs(d.preamble()), copyParagraphs(d.operative()),
                new ArrayList<>(d.footnotes()), new ArrayList<>(d.closing()));
    }

    private static List<Paragraph> copyParagraphs(List<Paragraph> paragraphs) {
        List<Paragraph> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            out.add(new Paragraph(p.id(), new String(p.text()), copyItems(p.items())));
        }
        return out;
    }

    private static List<Item> copyItems(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (Item item : items) {
            out.add(new Item(item.id(), item.label(), new String(item.text()), copyItems(item.items())));
        }
        return out;
    }
}
