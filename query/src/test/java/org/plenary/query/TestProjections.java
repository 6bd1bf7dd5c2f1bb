package org.plenary.query;

import org.plenary.query.projection.DraftViewProjection;
import org.plenary.query.projection.ProjectionSet;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.query.projection.checkpoint.CheckpointProjection;
import org.plenary.query.projection.history.NegotiationHistoryProjection;

import java.util.List;

/** The projections of {@link ProjectionsConfig}, on a store of the test's own. */
public record TestProjections(ProjectionStore store, DraftViewProjection drafts, NegotiationHistoryProjection history,
                              CheckpointProjection checkpoints, ProjectionSet set) {

    public static TestProjections on(ProjectionStore store, int checkpointInterval) {
        DraftViewProjection drafts = new DraftViewProjection(store);
        NegotiationHistoryProjection history = new NegotiationHistoryProjection(store);
        CheckpointProjection checkpoints = new CheckpointProjection(store, checkpointInterval);
        return new TestProjections(store, drafts, history, checkpoints,
                new ProjectionSet(drafts, List.of(history, checkpoints)));
    }
}
