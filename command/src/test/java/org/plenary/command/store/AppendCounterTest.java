package org.plenary.command.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The watermark is the lowest number not done, whatever order numbers are done in. */
class AppendCounterTest {

    @Test
    void theWatermarkStopsAtTheFirstNumberNotDone() {
        AppendCounter counter = new AppendCounter();
        assertThat(counter.assign(1)).isZero();
        assertThat(counter.assign(3)).isEqualTo(1);
        assertThat(counter.next()).isEqualTo(4);

        counter.done(2); // acknowledged before 0 and 1 (another partition)
        counter.done(3);
        assertThat(counter.watermark()).isZero();

        counter.done(0);
        assertThat(counter.watermark()).isEqualTo(1);
        counter.done(1);
        assertThat(counter.watermark()).as("2 and 3 were done already").isEqualTo(4);
    }

    @Test
    void numbersNeverHandedOutOrDoneTwiceChangeNothing() {
        AppendCounter counter = new AppendCounter();
        counter.assign(2);
        counter.done(5);
        counter.done(-1);
        assertThat(counter.watermark()).isZero();
        counter.done(0);
        counter.done(0);
        assertThat(counter.watermark()).isEqualTo(1);
        counter.assign(4); // 2..5 now handed out; 5 was not then, so it is not done
        counter.done(1, 4);
        assertThat(counter.watermark()).isEqualTo(5);
    }

    @Test
    void aNumberLeftOutstandingHoldsTheWatermarkAcrossManyDoneAfterIt() {
        AppendCounter counter = new AppendCounter();
        long stuck = counter.assign(1);
        int many = 200_000; // more than the bits kept before the set is compacted
        long first = counter.assign(many);
        counter.done(first, many);
        assertThat(counter.watermark()).isEqualTo(stuck);

        counter.done(stuck);
        assertThat(counter.watermark()).isEqualTo(first + many);
        long later = counter.assign(2);
        counter.done(later + 1);
        assertThat(counter.watermark()).isEqualTo(later);
        counter.done(later);
        assertThat(counter.watermark()).isEqualTo(counter.next());
    }
}
