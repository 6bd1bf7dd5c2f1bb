package org.plenary.query.feed;

import org.junit.jupiter.api.Test;
import org.plenary.query.web.BadRequestException;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedIdsTest {

    @Test
    void aDraftFeedResumesAfterLastEventIdBeforeTheAfterParameter() {
        assertThat(DraftEventId.resumeAfter("d1", "d1:7", "3")).isEqualTo(7);
        assertThat(DraftEventId.resumeAfter("d1", null, "3")).isEqualTo(3);
        assertThat(DraftEventId.resumeAfter("d1", " ", "d1:4")).isEqualTo(4);
        assertThat(DraftEventId.resumeAfter("d1", null, null)).isNull();
    }

    @Test
    void aDraftFeedRefusesIdsOfOtherDraftsAndNonsense() {
        assertThatThrownBy(() -> DraftEventId.resumeAfter("d1", "d2:7", null))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("not an event of draft d1");
        assertThatThrownBy(() -> DraftEventId.resumeAfter("d1", null, "-1")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> DraftEventId.resumeAfter("d1", null, "x")).isInstanceOf(BadRequestException.class);
    }

    @Test
    void aPositionListsOnlyTheDraftsThatMovedSinceItsSnapshot() {
        FeedPosition position = new FeedPosition("snap", Map.of("a", 3L, "b", 5L), Map.of());
        assertThat(position.encode()).isEqualTo("snap");
        position.advance("b", 6);
        position.advance("c", 1);
        assertThat(position.encode()).isEqualTo("snap,b:6,c:1");
        assertThat(position.version("a")).isEqualTo(3);
        assertThat(position.version("b")).isEqualTo(6);
        assertThat(position.version("z")).isZero();
        assertThat(position.movedCount()).isEqualTo(2);
    }

    @Test
    void aPositionParsesWhatItEncodes() {
        FeedPosition.Parsed parsed = FeedPosition.parse("snap,b:6,c:1");
        assertThat(parsed.snapshotId()).isEqualTo("snap");
        assertThat(parsed.moved()).containsExactlyInAnyOrderEntriesOf(Map.of("b", 6L, "c", 1L));
        FeedPosition position = new FeedPosition(parsed.snapshotId(), Map.of("b", 5L), parsed.moved());
        assertThat(position.encode()).isEqualTo("snap,b:6,c:1");
        assertThatThrownBy(() -> FeedPosition.parse("snap,b")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> FeedPosition.parse("sn ap")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> FeedPosition.parse("snap,b:-2")).isInstanceOf(BadRequestException.class);
    }

    @Test
    void rebasingKeepsOnlyTheDraftsThatMovedAfterTheSnapshot() {
        FeedPosition position = new FeedPosition("old", Map.of("a", 1L), Map.of("a", 2L, "b", 1L));
        Map<String, Long> snapshot = position.versions();
        position.advance("b", 2);
        position.rebase("new", snapshot);
        assertThat(position.encode()).isEqualTo("new,b:2");
        assertThat(position.version("a")).isEqualTo(2);
    }
}
