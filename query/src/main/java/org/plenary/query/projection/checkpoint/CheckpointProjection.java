package org.plenary.query.projection.checkpoint;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.plenary.query.projection.ChecksumGroup;
import org.plenary.query.projection.Documents;
import org.plenary.query.projection.DraftState;
import org.plenary.query.projection.Projection;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.query.projection.Projector;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.EventEnvelope;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Projection "checkpoints": the text of each draft every {@code interval} versions, {@code {draftId, version,
 * document}} keyed {@code <draftId>/<version>} (collection {@code checkpoints}), so the text at any version costs
 * one small read plus the amendments accepted after it (time travel). Checkpoints written before texts alone were
 * kept hold the whole view, of which only these fields are read.
 */
public final class CheckpointProjection implements Projection {

    public static final String NAME = "checkpoints";
    static final String COLLECTION = "checkpoints";

    /** What a checkpoint stores: the text at a version (the rest of a past view follows from the current one). */
    record TextCheckpoint(String draftId, long version, DraftDocument document) {
    }

    private final ProjectionStore store;
    private final int interval;

    /**
     * @param store    the store the reads use (the live one: it follows the replay's switch)
     * @param interval every this many versions the text is kept
     */
    public CheckpointProjection(ProjectionStore store, int interval) {
        if (interval < 1) {
            throw new IllegalArgumentException("checkpoint interval must be at least 1, not " + interval);
        }
        this.store = store;
        this.interval = interval;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> collections() {
        return List.of(COLLECTION);
    }

    /** Every this many versions a checkpoint is kept. */
    public int interval() {
        return interval;
    }

    public static String key(String draftId, long version) {
        return draftId + "/" + version;
    }

    /** The text of the draft as it was at {@code version}, if a checkpoint was kept there; else null. */
    public DraftDocument findText(String draftId, long version) {
        Document checkpoint = store.collection(COLLECTION).find(Filters.eq("_id", key(draftId, version)))
                .projection(Projections.include("document")).first();
        Document document = checkpoint == null ? null : checkpoint.get("document", Document.class);
        return document == null ? null : Documents.fromDocument(document, DraftDocument.class);
    }

    /**
     * Adds nothing: a checkpoint is a cache of a text the history and the view give too (time travel without
     * checkpoints reads the same text from history), and checkpoints written before texts alone were kept hold
     * the whole view, so byte comparison would report a difference where the text is the same.
     */
    @Override
    public void checksum(ProjectionStore in, ChecksumGroup group) {
    }

    @Override
    public Projector projector(ProjectionStore target, int cachedDrafts) {
        return new CheckpointProjector(target);
    }

    /** Keeps the text at every interval-th version; a checkpoint never changes once taken. */
    private final class CheckpointProjector implements Projector {

        private final ProjectionStore target;
        private final Map<String, TextCheckpoint> taken = new LinkedHashMap<>();

        CheckpointProjector(ProjectionStore target) {
            this.target = target;
        }

        @Override
        public void apply(DraftState draft, EventEnvelope envelope, String json) {
            if (draft.version() % interval == 0) {
                // the document is immutable (an accepted amendment replaces it): kept by reference until written
                taken.put(key(draft.draftId(), draft.version()),
                        new TextCheckpoint(draft.draftId(), draft.version(), draft.document()));
            }
        }

        /**
         * Inserts each checkpoint: it is taken once per version, so the store holds it only when a batch is applied
         * again (then the insert meets it and is retried as a replacement by the same text). An upsert cost the
         * MongoDB-protocol server a lookup and a copy for each of the ten thousand checkpoints of a replay.
         */
        @Override
        public void flush() {
            Documents.writeAll(target.writeTarget(COLLECTION), taken.entrySet(),
                    checkpoint -> Documents.toDocument(checkpoint.getKey(), checkpoint.getValue()), checkpoint -> true);
            taken.clear();
        }

        /** A checkpoint is final once taken. */
        @Override
        public void flushCompleted() {
            flush();
        }

        @Override
        public void reset() {
            taken.clear();
        }
    }
}
