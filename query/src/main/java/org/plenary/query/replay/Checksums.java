package org.plenary.query.replay;

import org.plenary.query.projection.ProjectionSet;
import org.plenary.query.projection.ProjectionStore;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The checksum per draft of two generations of the projections, side by side. */
final class Checksums {

    private Checksums() {
    }

    /**
     * @param readers threads reading the live generation: the rebuilt one's sums come mostly from what its rebuild
     *                wrote ({@code ProjectionStore.forRebuild}), the live one's are read whole
     */
    static Map<String, ReplayProgress.DraftChecksum> compare(ProjectionSet projections, ProjectionStore live,
                                                             ProjectionStore rebuilt, int readers) {
        // both generations at once: the live one is read, the rebuilt one mostly known from its writes
        CompletableFuture<Map<String, String>> liveRead = CompletableFuture.supplyAsync(
                () -> projections.checksums(live, readers));
        Map<String, String> rebuiltSums = projections.checksums(rebuilt);
        Map<String, String> liveSums = liveRead.join();
        Map<String, ReplayProgress.DraftChecksum> result = new LinkedHashMap<>();
        for (String draftId : liveSums.keySet()) {
            String sum = rebuiltSums.get(draftId);
            result.put(draftId, new ReplayProgress.DraftChecksum(liveSums.get(draftId), sum, liveSums.get(draftId).equals(sum)));
        }
        for (String draftId : rebuiltSums.keySet()) {
            result.putIfAbsent(draftId, new ReplayProgress.DraftChecksum(null, rebuiltSums.get(draftId), false));
        }
        return result;
    }
}
