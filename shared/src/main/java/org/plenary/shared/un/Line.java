package org.plenary.shared.un;

import java.util.ArrayList;
import java.util.List;

/** One input line with its 1-based number; {@code content} is the line without surrounding white space. */
record Line(int number, String content, int indent) {

    static List<Line> split(String text) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Line> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            String expanded = raw[i].replace("\t", "    ").replace('\u00A0', ' ');
            String content = expanded.strip();
            int indent = content.isEmpty() ? 0 : expanded.indexOf(content.charAt(0));
            lines.add(new Line(i + 1, content, indent));
        }
        return lines;
    }

    boolean blank() {
        return content.isEmpty();
    }
}
