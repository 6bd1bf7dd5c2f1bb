package org.plenary.shared.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.plenary.shared.document.Section;
import org.plenary.shared.wording.PrintedOperation.NewItem;

/**
 * Whatever the printer writes, the parser reads back to the same edit: every form, with quoted words full of
 * quotation marks, punctuation and the very phrases the parser looks for.
 */
class PrintedRoundTripPropertiesTest {

    private static final List<String> WORDS = List.of("the", "Council", "and", ",", ";", ":", "after the word",
            "with", "by", "in paragraph 5", "(second occurrence)", "“quoted”", "\"straight\"", "«angle»", "Côte d’Ivoire",
            "3.", "(a)", "*Requests*", "[65/230](#)", "¹", "delete", "insert the following paragraph:", "\uD835\uDC9C");

    @Property(tries = 3000)
    void whatIsPrintedIsReadBack(@ForAll long seed) {
        Random random = new Random(seed);
        List<PrintedOperation> ops = operations(random);
        String instruction = Printer.instruction(ops);
        Assume.that(quotable(ops));

        assertThat(InstructionParser.parse(instruction)).as(instruction).isEqualTo(ops);
    }

    private static List<PrintedOperation> operations(Random random) {
        Section section = random.nextBoolean() ? Section.PREAMBLE : Section.OPERATIVE;
        int number = 1 + random.nextInt(30);
        String item = random.nextInt(3) == 0 ? null : item(random);
        switch (random.nextInt(9)) {
            case 0:
                return List.of(new PrintedOperation.DeleteParagraph(section, number, item));
            case 1:
                return List.of(new PrintedOperation.ReplaceParagraph(section, number, item, text(random)));
            case 2:
                return List.of(new PrintedOperation.InsertParagraph(section, random.nextInt(3) == 0 ? null : number,
                        text(random), newItems(random, 0)));
            case 3:
                return List.of(new PrintedOperation.InsertItem(section, number, item,
                        random.nextBoolean() ? null : segment(random), text(random), newItems(random, 1)));
            case 4:
                if (item == null) {
                    return List.of(new PrintedOperation.MoveParagraph(section, number, null,
                            random.nextBoolean() ? null : 1 + random.nextInt(30), null));
                }
                return List.of(new PrintedOperation.MoveParagraph(section, number, item, null,
                        random.nextBoolean() ? null : segment(random)));
            case 5:
                return List.of(new PrintedOperation.ReplaceTitle(text(random)));
            case 6:
                return List.of(new PrintedOperation.ReplaceFootnote(String.valueOf(1 + random.nextInt(20)), text(random)));
            default:
                List<PrintedOperation> clauses = new ArrayList<>();
                for (int i = 0; i <= random.nextInt(3); i++) {
                    clauses.add(wordEdit(random, section, number, item));
                }
                return clauses;
        }
    }

    private static PrintedOperation wordEdit(Random random, Section section, int number, String item) {
        String anchor = words(random);
        boolean anchored = random.nextBoolean();
        boolean after = random.nextBoolean();
        Integer occurrence = random.nextInt(3) == 0 ? 1 + random.nextInt(25) : null;
        if (random.nextBoolean()) {
            String at = anchored ? null : random.nextBoolean() ? "start" : "end";
            return new PrintedOperation.InsertWords(section, number, item, anchored && after ? anchor : null,
                    anchored && !after ? anchor : null, at, anchored ? occurrence : null, words(random));
        }
        String find = anchored && random.nextInt(4) == 0 ? null : words(random);
        String text = random.nextInt(3) == 0 ? "" : words(random);
        return new PrintedOperation.ReplaceWords(section, number, item, find, text, anchored && after ? anchor : null,
                anchored && !after ? anchor : null, occurrence);
    }

    private static String item(Random random) {
        List<String> segments = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(2); i++) {
            segments.add(segment(random));
        }
        return String.join(".", segments);
    }

    private static String segment(Random random) {
        return List.of("a", "b", "c", "h", "i", "ii", "iv", "-1", "-3", "aa").get(random.nextInt(10));
    }

    /** Quoted words: anything, spaces at either end included. */
    private static String words(Random random) {
        StringBuilder out = new StringBuilder(random.nextInt(5) == 0 ? " " : "");
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return out.append(random.nextInt(5) == 0 ? " " : "").toString();
    }

    /** A paragraph's text: like quoted words, but as texts are, without spaces at either end. */
    private static String text(Random random) {
        return words(random).strip();
    }

    private static List<NewItem> newItems(Random random, int depth) {
        List<NewItem> out = new ArrayList<>();
        if (depth < 3 && random.nextInt(3) == 0) {
            for (int i = 0; i <= random.nextInt(3); i++) {
                out.add(new NewItem(text(random), newItems(random, depth + 1)));
            }
        }
        return out;
    }

    /** Words holding every closing mark cannot be quoted unambiguously; the printer never meets them in practice. */
    private static boolean quotable(List<PrintedOperation> ops) {
        String all = ops.toString();
        return !(all.contains("\u201D") && all.contains("\"") && all.contains("\u00BB") && all.contains("\u2019"));
    }
}
