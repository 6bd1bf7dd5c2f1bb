package org.plenary.query.consultation;

import org.junit.jupiter.api.Test;
import org.plenary.query.projection.ConsultationEvents;
import org.plenary.query.projection.DraftView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.query.projection.ConsultationEvents.at;

class ProgressTest {

    private static final DraftView VIEW = ConsultationEvents.built(ConsultationEvents.negotiation());

    @Test
    void countsNowAndEveryChangeOfThemOverTime() {
        Progress.Result progress = Progress.of(VIEW, VIEW.version());

        assertThat(progress.now()).isEqualTo(new Progress.Counts(17, at(16), 1, 1, 2, 0));
        assertThat(progress.series()).containsExactly(
                new Progress.Counts(1, at(0), 3, 0, 0, 0),
                new Progress.Counts(2, at(1), 3, 0, 0, 1), // B1
                new Progress.Counts(6, at(5), 3, 0, 0, 2), // B2
                new Progress.Counts(10, at(8), 3, 0, 0, 1), // B1 lapsed with Alt 1
                new Progress.Counts(12, at(11), 4, 0, 0, 1), // op3 inserted by A2
                new Progress.Counts(13, at(12), 3, 1, 0, 1),
                new Progress.Counts(14, at(13), 3, 1, 0, 0),
                new Progress.Counts(15, at(14), 2, 2, 0, 0),
                new Progress.Counts(16, at(15), 2, 1, 1, 0),
                new Progress.Counts(17, at(16), 1, 1, 2, 0));
    }

    @Test
    void anEarlierPointCutsTheSeries() {
        Progress.Result progress = Progress.of(VIEW, 12);

        assertThat(progress.now()).isEqualTo(new Progress.Counts(12, at(11), 4, 0, 0, 1));
        assertThat(progress.series()).hasSize(5);
    }
}
