package org.plenary.command.draft;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditException;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.NodeIndex;
import org.plenary.shared.edit.Rebase;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.plenary.command.draft.DraftRejection.Kind.CONFLICT;
import static org.plenary.command.draft.DraftRejection.Kind.INVALID;

/**
 * The draft's last text changes, each with the text before it, so that an amendment written against a recent
 * version is carried over the changes made since (by {@link Rebase}, as pending amendments are) instead of being
 * refused. Only the last {@value #KEPT} changes are kept (they are part of the snapshot); an amendment written
 * before them is refused and must be written again against the current text.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class TextLog {

    static final int KEPT = 8;

    /** A change of the text: made at {@code version} by {@code source}, its operations addressed to {@code before}. */
    record Change(long version, String source, DraftDocument before, List<EditOperation> operations) {
    }

    private List<Change> changes = new ArrayList<>();
    /** The version of the newest change no longer kept; 0 when none was dropped. */
    private long forgottenUpTo;

    /** A log that knows no change, nor anything before {@code version} (a snapshot from before logs were kept). */
    static TextLog forgottenUpTo(long version) {
        TextLog log = new TextLog();
        log.forgottenUpTo = version;
        return log;
    }

    /** Records a change as it is applied: {@code before} is the text it applies to. */
    void record(long version, String source, DraftDocument before, List<EditOperation> operations) {
        changes.add(new Change(version, source, before, operations));
        if (changes.size() > KEPT) {
            forgottenUpTo = changes.remove(0).version();
        }
    }

    /** The version of the last change of the text; 1 (the submitted text) when none. */
    long lastChange() {
        return changes.isEmpty() ? Math.max(1, forgottenUpTo) : changes.get(changes.size() - 1).version();
    }

    /**
     * Operations written against the text at {@code baseVersion}, validated there and carried over every change
     * since, so they address {@code current}; refused (400) when they do not apply to their base text, (409) when a
     * change since overlaps them or the base is older than the changes kept.
     */
    List<EditOperation> carry(DraftResolution draft, long baseVersion, List<EditOperation> operations,
                              DraftDocument current) {
        int first = 0;
        while (first < changes.size() && changes.get(first).version() <= baseVersion) {
            first++;
        }
        draft.require(baseVersion >= forgottenUpTo, CONFLICT,
                Rejections.BASE_VERSION_TOO_OLD, baseVersion, lastChange());
        DraftDocument base = first < changes.size() ? changes.get(first).before() : current;
        try {
            DocumentEditor.validate(base, operations);
        } catch (EditException e) {
            throw draft.rejection(INVALID, e.getMessage());
        }
        List<EditOperation> carried = operations;
        for (int i = first; i < changes.size(); i++) {
            Change change = changes.get(i);
            Rebase.Result result = Rebase.over(change.before(), NodeIndex.of(change.before()), change.operations(),
                    change.source()).rebase(carried);
            if (result instanceof Rebase.Overtaken overtaken) {
                throw draft.rejection(CONFLICT, Rejections.OVERTAKEN_SINCE_BASE.formatted(baseVersion,
                        overtaken.message()));
            }
            carried = ((Rebase.Rebased) result).operations();
        }
        return carried;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextLog other && changes.equals(other.changes) && forgottenUpTo == other.forgottenUpTo;
    }

    @Override
    public int hashCode() {
        return Objects.hash(changes, forgottenUpTo);
    }
}
