package org.plenary.command.draft;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.NodeIndex;
import org.plenary.shared.edit.ReplaceText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When each paragraph or item last changed, so an amendment written against an older version can be
 * checked: it applies only if nothing it touches changed since.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class TextChanges {

    record Change(long version, String amendmentId, boolean deleted) {
    }

    private final Map<String, Change> lastChange = new HashMap<>();

    /** Records the accepted operations applied at {@code version}; call before applying them. */
    void record(DraftDocument before, List<EditOperation> operations, long version, String amendmentId) {
        NodeIndex index = NodeIndex.of(before);
        for (EditOperation op : operations) {
            if (op instanceof ReplaceText replace) {
                lastChange.put(replace.paragraphId(), new Change(version, amendmentId, false));
            } else if (op instanceof DeleteParagraph delete) {
                for (String id : index.subtree(delete.paragraphId())) {
                    lastChange.put(id, new Change(version, amendmentId, true));
                }
            }
        }
    }

    /** A message naming what changed after {@code baseVersion} in what the operations touch, or null. */
    String conflict(long baseVersion, List<EditOperation> operations) {
        for (EditOperation op : operations) {
            String target = op == null ? null : op.target();
            Change change = target == null ? null : lastChange.get(target);
            if (change != null && (change.deleted() || change.version() > baseVersion)) {
                if (change.deleted() && change.version() <= baseVersion) {
                    continue; // already gone at the base version: the editor reports the unknown id
                }
                String template = change.deleted() ? Rejections.PARAGRAPH_DELETED : Rejections.PARAGRAPH_CHANGED;
                return template.formatted(target, change.version(), change.amendmentId(), baseVersion);
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextChanges other && lastChange.equals(other.lastChange);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lastChange);
    }
}
