package org.plenary.shared.edit;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every paragraph and item of a document by id: its text, its parent and, for paragraphs, its section.
 */
public final class NodeIndex {

    private record Node(String text, String parent, Section section) {
    }

    private final Map<String, Node> nodes = new HashMap<>();

    private NodeIndex() {
    }

    public static NodeIndex of(DraftDocument document) {
        NodeIndex index = new NodeIndex();
        for (Section section : Section.values()) {
            for (Paragraph p : document.section(section)) {
                index.put(p.id(), new Node(p.text(), null, section));
                index.addItems(p.items(), p.id());
            }
        }
        return index;
    }

    private void addItems(List<Item> items, String parent) {
        for (Item item : items) {
            put(item.id(), new Node(item.text(), parent, null));
            addItems(item.items(), item.id());
        }
    }

    private void put(String id, Node node) {
        if (nodes.putIfAbsent(id, node) != null) {
            throw new EditException("id " + id + " is used twice in the document");
        }
    }

    public boolean contains(String id) {
        return nodes.containsKey(id);
    }

    public String text(String id) {
        return nodes.get(id).text();
    }

    /** The section of a top-level paragraph, or null when {@code id} is not a paragraph. */
    public Section topLevelSection(String id) {
        Node node = nodes.get(id);
        return node == null ? null : node.section();
    }

    /** The id itself followed by the ids of the nodes that hold it, innermost first. */
    public List<String> selfAndAncestors(String id) {
        List<String> chain = new ArrayList<>();
        for (String current = id; current != null; ) {
            chain.add(current);
            Node node = nodes.get(current);
            current = node == null ? null : node.parent();
        }
        return chain;
    }

    /** Every id in the subtree of {@code id}, itself included. */
    public List<String> subtree(String id) {
        List<String> ids = new ArrayList<>();
        for (String candidate : nodes.keySet()) {
            if (selfAndAncestors(candidate).contains(id)) {
                ids.add(candidate);
            }
        }
        return ids;
    }

    public int size() {
        return nodes.size();
    }
}
