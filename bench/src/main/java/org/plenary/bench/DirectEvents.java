package org.plenary.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.plenary.shared.draft.EventCodec;
import org.plenary.shared.draft.EventEnvelope;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Produces realistic negotiations straight to the event topic, encoded with the application's own codec
 * ({@link EventCodec}) and keyed by draft id: each draft starts with its submission and continues with valid
 * sequences, so the projector applies every event. Drafts are interleaved, as concurrent negotiations are.
 */
final class DirectEvents {

    private DirectEvents() {
    }

    /** Sample envelopes (JSON) of one generated negotiation: the record and document sizes of the raw limits. */
    static List<String> samples(int count) {
        List<String> samples = new ArrayList<>();
        String draftId = "sample" + count;
        DraftModel model = new DraftModel(draftId, 0);
        Random random = new Random(7);
        Instant at = Instant.parse("2025-01-01T10:00:00Z");
        samples.add(EventCodec.encode(new EventEnvelope(UUID.randomUUID().toString(), draftId, 0,
                DraftModel.submitted(draftId, 0, at))));
        model.version = 1;
        for (int i = 1; i < count; i++) {
            long seq = model.version;
            samples.add(EventCodec.encode(new EventEnvelope(UUID.randomUUID().toString(), draftId, seq,
                    model.event(model.next(random), at.plusSeconds(i)))));
        }
        return samples.subList(1, samples.size()); // the submission is rare: leave it out of the average
    }

    /**
     * Produces {@code drafts} negotiations of {@code eventsPerDraft} events each ({@code prefix}0, …);
     * returns the number of events produced.
     */
    static long produce(String bootstrap, String topic, String prefix, int drafts, int eventsPerDraft, long seed) {
        List<DraftModel> models = new ArrayList<>();
        for (int d = 0; d < drafts; d++) {
            models.add(new DraftModel(prefix + d, 0));
        }
        Random random = new Random(seed);
        Instant start = Instant.now();
        long produced = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 262144, ProducerConfig.COMPRESSION_TYPE_CONFIG, "none"),
                new StringSerializer(), new ByteArraySerializer())) {
            int chunk = 10; // events of one draft in a row before the next draft's
            for (int round = 0; round * chunk < eventsPerDraft; round++) {
                for (int d = 0; d < drafts; d++) {
                    DraftModel model = models.get(d);
                    for (int k = 0; k < chunk && model.version < eventsPerDraft; k++) {
                        Instant at = start.plusMillis(produced);
                        EventEnvelope envelope;
                        if (model.version == 0) {
                            envelope = new EventEnvelope(UUID.randomUUID().toString(), model.draftId, 0,
                                    DraftModel.submitted(model.draftId, d, at));
                            model.version = 1;
                        } else {
                            long seq = model.version;
                            envelope = new EventEnvelope(UUID.randomUUID().toString(), model.draftId, seq,
                                    model.event(model.next(random), at));
                        }
                        producer.send(new ProducerRecord<>(topic, model.draftId,
                                EventCodec.encode(envelope).getBytes(StandardCharsets.UTF_8)));
                        produced++;
                    }
                }
            }
            producer.flush();
        }
        return produced;
    }
}
