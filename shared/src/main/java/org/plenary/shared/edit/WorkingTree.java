package org.plenary.shared.edit;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A copy-on-write working copy of a document's paragraphs for one amendment: only the sections and item lists
 * an operation reaches are opened into mutable nodes; everything else is shared with the input, which is never
 * changed.
 */
final class WorkingTree {

    /** A paragraph or item being edited. {@code children} is null while its items are untouched. */
    private static final class Node {
        final String id;
        final boolean paragraph;
        final Object original;
        String text;
        String label;
        List<Node> children;
        boolean changed;

        Node(String id, boolean paragraph, Object original, String text, String label) {
            this.id = id;
            this.paragraph = paragraph;
            this.original = original;
            this.text = text;
            this.label = label;
        }
    }

    private final DraftDocument document;
    private final NodeIndex index;
    private final Map<Section, List<Node>> sections = new EnumMap<>(Section.class);
    private final Map<String, Node> opened = new HashMap<>();
    private final Map<String, String> lastInsertedAfter = new HashMap<>();
    /** The style of each item list an operation reached; null for the style of a new list. */
    private final Map<String, ItemLabels.Style> styles = new HashMap<>();

    WorkingTree(DraftDocument document, NodeIndex index) {
        this.document = document;
        this.index = index;
    }

    void setText(String id, String text) {
        Node node = open(id);
        node.text = text;
        node.changed = true;
    }

    void insertParagraph(Section section, String after, String id, String text) {
        insert(sectionList(section), "section:" + section.json(), after, new Node(id, true, null, text, null));
    }

    void insertItem(String parentId, String after, String id, String text) {
        rememberStyle(parentId);
        insert(children(open(parentId)), "item:" + parentId, after, new Node(id, false, null, text, null));
    }

    /** Moves a base paragraph or item among its siblings; ids of siblings were checked by the caller. */
    void move(String id, String after) {
        String parent = index.parent(id);
        if (parent != null) {
            rememberStyle(parent);
        }
        List<Node> list = parent == null ? sectionList(index.section(id)) : children(open(parent));
        Node node = open(id);
        list.remove(node);
        list.add(after == null ? 0 : indexOf(list, after) + 1, node);
    }

    void delete(String id) {
        String parent = index.parent(id);
        if (parent != null) {
            rememberStyle(parent);
        }
        List<Node> list = parent == null ? sectionList(index.section(id)) : children(open(parent));
        list.remove(open(id));
        opened.remove(id);
        if (parent != null && list.isEmpty()) {
            styles.put(parent, null);
        }
    }

    /**
     * Relabels the items of {@code parentId} in their new order: in the style the list had, or as a new list when
     * it has no items left from before ({@link ItemLabels}).
     */
    void relabel(String parentId) {
        Node parent = opened.get(parentId);
        if (parent == null || parent.children == null) {
            return; // the parent was deleted
        }
        ItemLabels.Style style = styles.get(parentId);
        if (style == null) {
            style = ItemLabels.styleOf(List.of(), parent.paragraph ? null : parent.label);
        }
        List<String> current = new ArrayList<>(parent.children.size());
        for (Node child : parent.children) {
            current.add(child.original == null ? null : child.label);
        }
        List<String> labels = ItemLabels.relabel(style, current);
        for (int i = 0; i < labels.size(); i++) {
            Node child = parent.children.get(i);
            if (!labels.get(i).equals(child.label)) {
                child.label = labels.get(i);
                child.changed = true;
            }
        }
    }

    /**
     * Remembers the style of an item list before the amendment changes it. The style is forgotten when the list
     * loses its last item, so items inserted afterwards are labelled as a new list would be, whether the old
     * items went in this amendment or an earlier one.
     */
    private void rememberStyle(String parentId) {
        if (styles.containsKey(parentId)) {
            return;
        }
        ItemLabels.Style style = null;
        if (index.contains(parentId) && !index.children(parentId).isEmpty()) {
            List<String> before = new ArrayList<>();
            for (String child : index.children(parentId)) {
                before.add(index.label(child));
            }
            style = ItemLabels.styleOf(before, index.label(parentId));
        }
        styles.put(parentId, style);
    }

    DraftDocument build() {
        DraftDocument result = document;
        for (Map.Entry<Section, List<Node>> entry : sections.entrySet()) {
            List<Paragraph> paragraphs = new ArrayList<>(entry.getValue().size());
            for (Node node : entry.getValue()) {
                paragraphs.add(paragraph(node));
            }
            result = result.withSection(entry.getKey(), paragraphs);
        }
        return result;
    }

    private void insert(List<Node> list, String container, String after, Node node) {
        String key = container + "/" + after;
        String anchor = lastInsertedAfter.getOrDefault(key, after);
        list.add(anchor == null ? 0 : indexOf(list, anchor) + 1, node);
        node.children = new ArrayList<>();
        opened.put(node.id, node);
        lastInsertedAfter.put(key, node.id);
    }

    private Node open(String id) {
        Node node = opened.get(id);
        if (node != null) {
            return node;
        }
        String parent = index.parent(id);
        if (parent == null) {
            sectionList(index.section(id));
        } else {
            children(open(parent));
        }
        return opened.get(id);
    }

    private List<Node> sectionList(Section section) {
        return sections.computeIfAbsent(section, s -> {
            List<Node> nodes = new ArrayList<>();
            for (Paragraph p : document.section(s)) {
                Node node = new Node(p.id(), true, p, p.text(), null);
                opened.put(p.id(), node);
                nodes.add(node);
            }
            return nodes;
        });
    }

    private List<Node> children(Node node) {
        if (node.children == null) {
            List<Item> items = node.original instanceof Paragraph p ? p.items() : ((Item) node.original).items();
            node.children = new ArrayList<>(items.size());
            for (Item item : items) {
                Node child = new Node(item.id(), false, item, item.text(), item.label());
                opened.put(item.id(), child);
                node.children.add(child);
            }
        }
        return node.children;
    }

    private static int indexOf(List<Node> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id.equals(id)) {
                return i;
            }
        }
        throw new EditException("no paragraph or item with id " + id);
    }

    private Paragraph paragraph(Node node) {
        if (!node.changed && node.children == null) {
            return (Paragraph) node.original;
        }
        List<Item> items = node.children == null ? ((Paragraph) node.original).items() : items(node.children);
        return new Paragraph(node.id, node.text, items);
    }

    private List<Item> items(List<Node> nodes) {
        List<Item> items = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            if (!node.changed && node.children == null) {
                items.add((Item) node.original);
            } else {
                List<Item> children = node.children == null ? ((Item) node.original).items() : items(node.children);
                items.add(new Item(node.id, node.label, node.text, children));
            }
        }
        return items;
    }
}
