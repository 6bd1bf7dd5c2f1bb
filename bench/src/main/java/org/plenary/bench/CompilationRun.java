package org.plenary.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.plenary.shared.consultation.ParagraphStatus;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.AlternativeProposedEvent;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.BracketPlacedEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.EventCodec;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.draft.ParagraphStatusChangedEvent;
import org.plenary.shared.edit.ReplaceText;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Measurement "compilation" (issue 17): the compilation text of one draft in informal consultations — {@code
 * amendments} pending amendments (overlapping ones too: a compilation shows them all), {@code brackets} open brackets,
 * ten alternatives and two settled paragraphs — read as UN-layout text and as HTML, at the current version.
 */
final class CompilationRun {

    static final class Result {
        int reads;
        final Latencies text = new Latencies();
        final Latencies html = new Latencies();
    }

    private CompilationRun() {
    }

    static Result run(CommandClient client, String bootstrap, String topic, int amendments, int brackets, int reads)
            throws Exception {
        String draftId = "comp" + Long.toString(System.nanoTime(), 36);
        long events = produce(bootstrap, topic, draftId, amendments, brackets);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (TimeTravelRun.projected(client, draftId) < events) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the consultation draft was not projected within 5 minutes");
            }
            Thread.sleep(50);
        }
        String path = "/api/drafts/" + draftId + "/compilation";
        Result result = new Result();
        try (MiniHttp connection = new MiniHttp(client.queryUrl)) { // timed on the lean client (MiniHttp)
            for (int i = 0; i < Math.min(100, reads); i++) { // warm-up
                read(connection, path + "?format=" + (i % 2 == 0 ? "text" : "html"));
            }
            for (int i = 0; i < reads; i++) {
                long t = System.nanoTime();
                read(connection, path);
                result.text.record(System.nanoTime() - t);
                t = System.nanoTime();
                read(connection, path + "?format=html");
                result.html.record(System.nanoTime() - t);
            }
        }
        result.reads = reads;
        return result;
    }

    /** The draft's events straight to the topic, encoded as the command side would; returns how many. */
    private static long produce(String bootstrap, String topic, String draftId, int amendments, int brackets) {
        Random random = new Random(17);
        Instant at = Instant.now();
        DraftEvent submitted = DraftModel.submitted(draftId, 3, at);
        DraftDocument document = DraftModel.document(3, true);
        List<DraftEvent> events = new ArrayList<>(List.of(submitted));
        for (int i = 1; i <= amendments; i++) {
            String id = paragraph(random);
            int start = 12 + random.nextInt(DraftModel.TEXT_LENGTH - 24);
            events.add(new AmendmentProposedEvent(draftId, "A" + i, 1, "benchmark",
                    List.of(new ReplaceText(id, start, start + 6, "replaced")), delegation(random), at));
        }
        for (int i = 1; i <= brackets; i++) {
            String id = paragraph(random);
            int start = 12 + random.nextInt(DraftModel.TEXT_LENGTH - 40);
            int end = start + 4 + random.nextInt(20);
            String text = (id.startsWith("pp") ? document.preamble().get(Integer.parseInt(id.substring(2)) - 1)
                    : document.operative().get(Integer.parseInt(id.substring(2)) - 1)).text();
            events.add(new BracketPlacedEvent(draftId, "B" + i, id, start, end, text.substring(start, end),
                    delegation(random), null, null, "BRA", at));
        }
        for (int i = 1; i <= 10; i++) {
            String id = "op" + (1 + (i - 1) % DraftModel.OPERATIVE);
            events.add(new AlternativeProposedEvent(draftId, id, 1 + (i - 1) / DraftModel.OPERATIVE,
                    "*Invites* Member States to consider alternative " + i + ";", null, delegation(random), at));
        }
        events.add(new ParagraphStatusChangedEvent(draftId, "pp1", ParagraphStatus.AGREED_AD_REF, ParagraphStatus.OPEN,
                null, "BRA", at));
        events.add(new ParagraphStatusChangedEvent(draftId, "pp1", ParagraphStatus.AGREED, ParagraphStatus.AGREED_AD_REF,
                null, "BRA", at));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int seq = 0; seq < events.size(); seq++) {
                EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), draftId, seq, events.get(seq));
                producer.send(new ProducerRecord<>(topic, draftId, EventCodec.encode(envelope).getBytes(StandardCharsets.UTF_8)));
            }
            producer.flush();
        }
        return events.size();
    }

    /** A paragraph other than pp1, which is agreed (brackets and amendments there would not be made). */
    private static String paragraph(Random random) {
        int n = random.nextInt(DraftModel.PREAMBLE - 1 + DraftModel.OPERATIVE);
        return n < DraftModel.PREAMBLE - 1 ? "pp" + (n + 2) : "op" + (n - DraftModel.PREAMBLE + 2);
    }

    private static String delegation(Random random) {
        return DraftModel.POOL.get(random.nextInt(DraftModel.POOL.size()));
    }

    private static void read(MiniHttp connection, String path) throws Exception {
        connection.get(path).expect(200, path);
    }
}
