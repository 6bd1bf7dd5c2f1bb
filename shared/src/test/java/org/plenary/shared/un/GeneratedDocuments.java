package org.plenary.shared.un;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Header;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;

/**
 * Random documents in the shapes the UN text layout can hold: drafts with or without sponsors, adopted
 * resolutions, bare documents; any header subset; preambular and operative paragraphs with nested (a)/(i)/bullet
 * lists, references, italics and footnote calls. The layout cannot tell a title from a body line when neither
 * an anchor line nor a subject surrounds it, so bare documents always have title and subject.
 */
final class GeneratedDocuments {

    private static final List<String> WORDS = List.of("the", "Member States", "international", "cooperation",
            "cybercrime", "report", "Commission", "Secretary-General", "resources", "[65/230](#)", "[A/76/479](#)",
            "*inter alia*", "in accordance with", "Expert Group", "sustainable", "development", "and", "of", "to",
            "\"quoted\"", "(2014)", "<b>&amp;</b>", "rule of law", "1.", "(a)", "20%");
    private static final List<String> PARTICIPLES = List.of("Recalling", "*Recalling also*", "Welcoming",
            "*Deeply concerned*", "Expressing appreciation", "*Noting with satisfaction*", "Reaffirming");
    private static final List<String> VERBS = List.of("*Requests*", "*Decides*", "*Encourages*", "*Invites*",
            "*Calls upon*", "*Urges*");
    private static final List<String> COUNTRIES = List.of("Belarus", "Brazil", "China", "Iran (Islamic Republic of)",
            "Trinidad and Tobago", "Bosnia and Herzegovina", "United Kingdom of Great Britain and Northern Ireland",
            "Russian Federation", "South Africa", "Saint Vincent and the Grenadines", "Côte d’Ivoire", "Türkiye");
    private static final String LETTERS = "abcdefghijklm";
    private static final List<String> ROMANS = List.of("i", "ii", "iii", "iv", "v", "vi", "vii");

    private GeneratedDocuments() {
    }

    enum Shape { DRAFT, ADOPTED, BARE }

    static Arbitrary<DraftDocument> documents() {
        return Arbitraries.of(Shape.values()).flatMap(GeneratedDocuments::documents);
    }

    private static Arbitrary<DraftDocument> documents(Shape shape) {
        Arbitrary<Header> header = header();
        Arbitrary<List<String>> sponsors = shape == Shape.DRAFT
                ? Arbitraries.of(COUNTRIES).list().uniqueElements().ofMaxSize(5) : Arbitraries.just(List.of());
        Arbitrary<String> kind = shape == Shape.DRAFT
                ? Arbitraries.of("draft resolution", "revised draft resolution").injectNull(0.15)
                : Arbitraries.just(null);
        Arbitrary<String> note = shape == Shape.DRAFT
                ? Arbitraries.just("on behalf of the Group of African States").injectNull(0.7) : Arbitraries.just(null);
        Arbitrary<String> symbol = shape == Shape.ADOPTED ? Arbitraries.of("76/186", "A/RES/74/270").injectNull(0.3)
                : Arbitraries.of("E/CN.15/2017/L.4/Rev.1", "A/C.3/76/L.12").injectNull(0.6);
        Arbitrary<String> title = text(3, 12, "").map(t -> "Strengthening " + t);
        Arbitrary<String> subject = Arbitraries.of("The General Assembly,", "The Security Council,",
                "The Commission on Crime Prevention and Criminal Justice,", "*The Human Rights Council*,");
        Arbitrary<Boolean> withTitle = Arbitraries.of(true, true, true, false);
        Arbitrary<Boolean> withSubject = Arbitraries.of(true, true, true, false);
        Arbitrary<List<String>> preamble = text(4, 25, "").list().ofMaxSize(5);
        Arbitrary<List<String>> operative = text(4, 25, "").list().ofMaxSize(6);
        Arbitrary<List<List<Item>>> itemLists = items("x", 0).list().ofSize(6);
        Arbitrary<List<String>> notes = text(2, 10, ".").list().ofMaxSize(11);
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(any(header, sponsors, kind, note, symbol, title, subject, withTitle,
                withSubject, preamble, operative, itemLists, notes, seed)).as(v -> assemble(shape, v));
    }

    @SuppressWarnings("unchecked")
    private static DraftDocument assemble(Shape shape, List<Object> v) {
        Header header = (Header) v.get(0);
        List<String> sponsors = (List<String>) v.get(1);
        String kind = (String) v.get(2);
        String note = sponsors.isEmpty() ? null : (String) v.get(3);
        if (kind == null && sponsors.isEmpty() && shape == Shape.DRAFT) {
            kind = "draft resolution";
        }
        String adoption = shape == Shape.ADOPTED ? "Resolution adopted by the General Assembly on 16 December 2021" : null;
        boolean anchor = shape != Shape.BARE;
        boolean withTitle = !anchor || (Boolean) v.get(7);
        // Without subject formula and operative paragraphs a text is no resolution.
        boolean withSubject = !anchor || !withTitle || (Boolean) v.get(8) || ((List<?>) v.get(10)).isEmpty();
        List<List<Item>> itemLists = (List<List<Item>>) v.get(11);
        java.util.Random random = new java.util.Random((Long) v.get(13));
        List<Paragraph> preamble = paragraphs("pp", (List<String>) v.get(9), PARTICIPLES, ",", itemLists, random);
        List<Paragraph> operative = paragraphs("op", (List<String>) v.get(10), VERBS, ";", itemLists, random);
        List<String> noteTexts = (List<String>) v.get(12);
        List<Footnote> footnotes = new ArrayList<>();
        List<Paragraph> callable = new ArrayList<>(preamble);
        callable.addAll(operative);
        for (int i = 0; i < noteTexts.size() && !callable.isEmpty(); i++) {
            String marker = String.valueOf(i + 1);
            footnotes.add(new Footnote(marker, noteTexts.get(i)));
            int at = random.nextInt(callable.size());
            callable.set(at, callable.get(at).withText(withCall(callable.get(at).text(), marker, random)));
        }
        preamble = callable.subList(0, preamble.size());
        operative = callable.subList(preamble.size(), callable.size());
        List<String> closing = shape == Shape.ADOPTED && !operative.isEmpty() && random.nextBoolean()
                ? List.of("53rd plenary meeting", "16 December 2021") : List.of();
        return new DraftDocument(header, kind, (String) v.get(4), sponsors, note, adoption,
                withTitle ? (String) v.get(5) : null, withSubject ? (String) v.get(6) : null,
                preamble, operative, footnotes, closing);
    }

    /** Puts a call after a word; never right after another call, which would read as one number ("¹²"). */
    private static String withCall(String text, String marker, java.util.Random random) {
        List<Integer> slots = new ArrayList<>();
        for (int i = 1; i <= text.length(); i++) {
            if ((i == text.length() || text.charAt(i) == ' ') && Superscripts.DIGITS.indexOf(text.charAt(i - 1)) < 0) {
                slots.add(i);
            }
        }
        if (slots.isEmpty()) {
            return text + " see" + Superscripts.toSuperscript(marker);
        }
        int at = slots.get(random.nextInt(slots.size()));
        return text.substring(0, at) + Superscripts.toSuperscript(marker) + text.substring(at);
    }

    private static List<Paragraph> paragraphs(String prefix, List<String> texts, List<String> openings, String end,
                                              List<List<Item>> itemLists, java.util.Random random) {
        List<Paragraph> result = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String id = prefix + (i + 1);
            List<Item> items = random.nextInt(3) == 0 ? renumber(id, itemLists.get(random.nextInt(itemLists.size())))
                    : List.of();
            String opening = openings.get(random.nextInt(openings.size()));
            result.add(new Paragraph(id, opening + " " + texts.get(i) + (items.isEmpty() ? end : ":"), items));
        }
        return result;
    }

    /** A list of sibling items of one label kind, each maybe holding a nested list of another kind. */
    private static Arbitrary<List<Item>> items(String parentId, int depth) {
        return Combinators.combine(Arbitraries.of("letter", "roman", "bullet"), text(1, 8, ";").list().ofMinSize(1)
                        .ofMaxSize(depth == 0 ? 10 : 4),
                depth >= 2 ? Arbitraries.just(List.<List<Item>>of())
                        : Arbitraries.lazy(() -> items(parentId, depth + 1)).injectNull(0.6).list().ofSize(10)
                                .map(l -> l.stream().map(x -> x == null ? List.<Item>of() : x).toList()))
                .as((kind, texts, nested) -> {
                    List<Item> items = new ArrayList<>();
                    for (int i = 0; i < texts.size(); i++) {
                        String label = switch (kind) {
                            case "letter" -> "(" + LETTERS.charAt(i) + ")";
                            case "roman" -> "(" + ROMANS.get(Math.min(i, ROMANS.size() - 1)) + ")";
                            default -> "-";
                        };
                        if (kind.equals("roman") && i >= ROMANS.size()) {
                            break;
                        }
                        items.add(new Item(parentId + "." + (i + 1), label, texts.get(i),
                                i < nested.size() ? nested.get(i) : List.of()));
                    }
                    return items;
                });
    }

    private static List<Item> renumber(String parentId, List<Item> items) {
        List<Item> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String id = parentId + "." + (i + 1);
            Item item = items.get(i);
            result.add(new Item(id, item.label(), item.text(), renumber(id, item.items())));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<Arbitrary<Object>> any(Arbitrary<?>... arbitraries) {
        List<Arbitrary<Object>> all = new ArrayList<>();
        for (Arbitrary<?> a : arbitraries) {
            all.add((Arbitrary<Object>) a);
        }
        return all;
    }

    private static Arbitrary<String> text(int minWords, int maxWords, String end) {
        return Arbitraries.of(WORDS).list().ofMinSize(minWords).ofMaxSize(maxWords)
                .map(words -> "x " + String.join(" ", words) + end)
                .map(s -> s.substring(2));
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Header> header() {
        Arbitrary<String> organ = Arbitraries.of("General Assembly", "Economic and Social Council", "Security Council")
                .injectNull(0.3);
        Arbitrary<String> distribution = Arbitraries.of("Distr.: Limited", "Distr.: General").injectNull(0.3);
        Arbitrary<String> date = Arbitraries.of("23 May 2017", "1 July 2020").injectNull(0.3);
        Arbitrary<String> original = Arbitraries.of("English", "French").injectNull(0.3);
        Arbitrary<String> body = Arbitraries.of("Commission on Crime Prevention and Criminal Justice",
                "Human Rights Council", "Third Committee").injectNull(0.4);
        Arbitrary<String> session = Arbitraries.of("Twenty-sixth session", "Seventy-sixth session").injectNull(0.3);
        Arbitrary<String> place = Arbitraries.of("Vienna, 22-26 May 2017", "New York, 14-25 March 2022").injectNull(0.4);
        Arbitrary<Integer> agenda = Arbitraries.integers().between(0, 2);
        Arbitrary<List<String>> unrecognised = Arbitraries.of("Advance unedited version", "Provisional",
                "Reissued for technical reasons").list().uniqueElements().ofMaxSize(2);
        Arbitrary<Header> headers = Combinators.combine(any(organ, distribution, date, original, body, session, place,
                        agenda, unrecognised))
                .as(v -> {
                    int a = (Integer) v.get(7);
                    String item = a == 0 ? null : a == 1 ? "Agenda item 7" : "Item 4 of the provisional agenda";
                    String itemTitle = item == null ? null
                            : "World crime trends and emerging issues and responses in the field of crime prevention";
                    // A body printed without a principal organ is the organ itself.
                    String organName = v.get(0) == null ? (String) v.get(4) : (String) v.get(0);
                    String bodyName = v.get(0) == null ? null : (String) v.get(4);
                    return new Header(organName, (String) v.get(1), (String) v.get(2), (String) v.get(3),
                            bodyName, (String) v.get(5), (String) v.get(6), item, itemTitle, (List<String>) v.get(8));
                });
        return Arbitraries.frequencyOf(Tuple.of(3, headers), Tuple.of(1, Arbitraries.just(Header.EMPTY)));
    }
}
