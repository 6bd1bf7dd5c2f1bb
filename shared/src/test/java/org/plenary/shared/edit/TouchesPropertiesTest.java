package org.plenary.shared.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.plenary.shared.document.DraftDocument;

/** The keys of {@link Touches} never miss an overlap: two amendments that overlap share a key. */
class TouchesPropertiesTest {

    @Property(tries = 3000)
    void amendmentsThatOverlapShareAKey(@ForAll long seed) {
        Random random = new Random(seed);
        DraftDocument draft = RandomDrafts.draft(random);
        NewIds ids = NewIds.of(draft);
        List<EditOperation> a = RandomDrafts.amendment(draft, random, ids);
        List<EditOperation> b = RandomDrafts.amendment(draft, random, ids);
        Assume.that(a != null && b != null);
        NodeIndex index = NodeIndex.of(draft);
        boolean overlap = Overlaps.on(draft, index).overlap(a, b);
        Set<String> shared = new HashSet<>(Touches.of(a, draft, index));
        shared.retainAll(Touches.of(b, draft, index));
        Statistics.label("overlap").collect(overlap);
        Statistics.label("share a key").collect(!shared.isEmpty());

        if (overlap) {
            assertThat(shared).as("%s and %s overlap", a, b).isNotEmpty();
        }
    }
}
