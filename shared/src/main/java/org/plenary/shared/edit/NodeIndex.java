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
 * Every paragraph and item of a document by id: its text, label, parent, section, place among its siblings and
 * printed address. Built once per document in one pass; every lookup is a hash lookup.
 */
public final class NodeIndex {

    private record Node(String id, String text, String label, String parent, Section section, int position,
                        List<String> children) {
    }

    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<Section, List<String>> paragraphs = new EnumMap<>(Section.class);

    private NodeIndex() {
    }

    public static NodeIndex of(DraftDocument document) {
        NodeIndex index = new NodeIndex();
        for (Section section : Section.values()) {
            List<String> ids = new ArrayList<>();
            List<Paragraph> list = document.section(section);
            for (int i = 0; i < list.size(); i++) {
                Paragraph p = list.get(i);
                ids.add(p.id());
                index.put(new Node(p.id(), p.text(), null, null, section, i,
                        index.addItems(p.items(), p.id(), section)));
            }
            index.paragraphs.put(section, List.copyOf(ids));
        }
        return index;
    }

    private List<String> addItems(List<Item> items, String parent, Section section) {
        List<String> ids = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            ids.add(item.id());
            put(new Node(item.id(), item.text(), item.label(), parent, section, i,
                    addItems(item.items(), item.id(), section)));
        }
        return List.copyOf(ids);
    }

    private void put(Node node) {
        if (nodes.putIfAbsent(node.id(), node) != null) {
            throw new EditException("id " + node.id() + " is used twice in the document");
        }
    }

    public boolean contains(String id) {
        return id != null && nodes.containsKey(id);
    }

    public String text(String id) {
        return nodes.get(id).text();
    }

    /** The section of a top-level paragraph, or null when {@code id} is not a paragraph. */
    public Section topLevelSection(String id) {
        Node node = nodes.get(id);
        return node == null || node.parent() != null ? null : node.section();
    }

    /** The section a paragraph or item stands in, or null when there is no such node. */
    public Section section(String id) {
        Node node = nodes.get(id);
        return node == null ? null : node.section();
    }

    /** True for a preambular or operative paragraph, false for an item or an unknown id. */
    public boolean isParagraph(String id) {
        Node node = nodes.get(id);
        return node != null && node.parent() == null;
    }

    /** The paragraph or item that holds an item; null for a paragraph. */
    public String parent(String id) {
        return nodes.get(id).parent();
    }

    /** The label of an item as printed ("(a)", "-"); null for a paragraph. */
    public String label(String id) {
        return nodes.get(id).label();
    }

    /** The place of the node among its siblings, 0 for the first. */
    public int position(String id) {
        return nodes.get(id).position();
    }

    /** The ids of the items of a paragraph or item, in order. */
    public List<String> children(String id) {
        return nodes.get(id).children();
    }

    /** The ids of the paragraphs of a section, in order. */
    public List<String> paragraphs(Section section) {
        return paragraphs.get(section);
    }

    /** The ids of the node and its siblings in order: the paragraphs of its section, or the items of its parent. */
    public List<String> siblings(String id) {
        Node node = nodes.get(id);
        return node.parent() == null ? paragraphs.get(node.section()) : children(node.parent());
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

    /** True when {@code id} is {@code ancestor} or lies inside it. */
    public boolean within(String id, String ancestor) {
        for (String current = id; current != null; ) {
            if (current.equals(ancestor)) {
                return true;
            }
            Node node = nodes.get(current);
            current = node == null ? null : node.parent();
        }
        return false;
    }

    /** Every id in the subtree of {@code id}, itself first, in reading order. */
    public List<String> subtree(String id) {
        List<String> ids = new ArrayList<>();
        if (nodes.containsKey(id)) {
            collect(id, ids);
        }
        return ids;
    }

    private void collect(String id, List<String> out) {
        out.add(id);
        for (String child : nodes.get(id).children()) {
            collect(child, out);
        }
    }

    /** How the node is referred to in print: section, paragraph number and item path. */
    public PrintedAddress address(String id) {
        List<String> chain = selfAndAncestors(id);
        Node paragraph = nodes.get(chain.get(chain.size() - 1));
        List<String> segments = new ArrayList<>();
        for (int i = chain.size() - 2; i >= 0; i--) {
            Node item = nodes.get(chain.get(i));
            segments.add(PrintedAddress.segment(item.label(), item.position()));
        }
        return new PrintedAddress(paragraph.section(), paragraph.position() + 1,
                segments.isEmpty() ? null : String.join(".", segments));
    }

    public int size() {
        return nodes.size();
    }
}
