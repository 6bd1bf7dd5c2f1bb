package org.plenary.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Raw limits of the same broker and the same MongoDB-protocol server, with the record and document sizes
 * Plenary uses (event envelopes as the harness generates them): what the pipeline could do if it were only
 * one produce, one consume and one write per event.
 */
final class RawLimits {

    double kafkaProducePerS;
    double kafkaConsumePerS;
    final Latencies kafkaEndToEnd = new Latencies();
    double mongoInsertOnePerS;
    double mongoInsertOneConcurrentPerS;
    double mongoInsertManyPerS;
    double mongoBulkUpdatePerS;
    final Latencies mongoFindById = new Latencies();
    int recordBytes;

    private final String bootstrap;
    private final String mongoUri;
    private final List<String> samples;
    private final double seconds;
    private final int threads;

    /**
     * @param samples event envelopes (JSON) as published; records and documents cycle through them
     */
    RawLimits(String bootstrap, String mongoUri, List<String> samples, double seconds, int threads) {
        this.bootstrap = bootstrap;
        this.mongoUri = mongoUri;
        this.samples = samples;
        this.seconds = seconds;
        this.threads = threads;
        this.recordBytes = (int) samples.stream().mapToInt(String::length).average().orElse(0);
    }

    void run() throws Exception {
        kafka();
        mongo();
    }

    private void kafka() throws Exception {
        String topic = "bench.raw." + System.nanoTime();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 8, (short) 1))).all().get(30, TimeUnit.SECONDS);
            Thread.sleep(500); // let every partition leader serve (KAFKA-15591, docs/EMBEDDED.md)
        }
        List<byte[]> values = samples.stream().map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toList();
        long count;
        long started;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.BATCH_SIZE_CONFIG, 65536), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "warm", values.get(0))).get();
            started = System.nanoTime();
            long deadline = started + (long) (seconds * 1e9);
            count = 0;
            while (System.nanoTime() < deadline) {
                for (int i = 0; i < 1000; i++, count++) {
                    producer.send(new ProducerRecord<>(topic, "draft" + (count % 2000), values.get((int) (count % values.size()))));
                }
            }
            producer.flush();
            kafkaProducePerS = count / ((System.nanoTime() - started) / 1e9);
        }
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic)) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long target = count + 1;
            long read = 0;
            started = System.nanoTime();
            long deadline = started + TimeUnit.SECONDS.toNanos(120);
            while (read < target && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    read += record.value().length > 0 ? 1 : 0;
                }
            }
            kafkaConsumePerS = read / ((System.nanoTime() - started) / 1e9);
        }
        endToEnd(topic + ".e2e");
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** One record at a time at 1,000 records/s: the time from send to a consumer seeing it. */
    private void endToEnd(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 8, (short) 1))).all().get(30, TimeUnit.SECONDS);
            Thread.sleep(500);
        }
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong seen = new AtomicLong();
        KafkaConsumer<String, byte[]> consumer = consumer();
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo info : consumer.partitionsFor(topic)) {
            partitions.add(new TopicPartition(topic, info.partition()));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        Thread reader = new Thread(() -> {
            try (consumer) {
                while (!done.get()) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        long sent = ByteBuffer.wrap(record.value()).getLong();
                        kafkaEndToEnd.record(System.nanoTime() - sent);
                        seen.incrementAndGet();
                    }
                }
            }
        }, "bench-raw-e2e");
        reader.start();
        byte[] padding = samples.get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 2),
                new StringSerializer(), new ByteArraySerializer())) {
            long started = System.nanoTime();
            int n = (int) Math.max(500, seconds * 1000);
            for (int i = 0; i < n; i++) {
                long due = started + i * 1_000_000L;
                while (System.nanoTime() < due) {
                    java.util.concurrent.locks.LockSupport.parkNanos(100_000);
                }
                byte[] value = padding.clone();
                ByteBuffer.wrap(value).putLong(System.nanoTime());
                producer.send(new ProducerRecord<>(topic, "draft" + (i % 200), value));
            }
            producer.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (seen.get() < n && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } finally {
            done.set(true);
            reader.join(10_000);
        }
    }

    private void mongo() throws Exception {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoDatabase database = client.getDatabase("bench_raw");
            MongoCollection<Document> warm = database.getCollection("warm_up");
            timed(1, (t, i) -> warm.insertOne(document("w" + i, i))); // JIT of driver and server, not measured
            MongoCollection<Document> one = database.getCollection("insert_one");
            mongoInsertOnePerS = timed(1, (t, i) -> one.insertOne(document("t" + t + "/" + i, i)));
            MongoCollection<Document> concurrent = database.getCollection("insert_concurrent");
            mongoInsertOneConcurrentPerS = timed(threads, (t, i) -> concurrent.insertOne(document("t" + t + "/" + i, i)));
            MongoCollection<Document> many = database.getCollection("insert_many");
            int batch = 500;
            mongoInsertManyPerS = batch * timed(1, (t, i) -> {
                List<Document> documents = new ArrayList<>(batch);
                for (int j = 0; j < batch; j++) {
                    documents.add(document(i + "/" + j, j));
                }
                many.insertMany(documents, new InsertManyOptions().ordered(false));
            });
            long existing = (long) (mongoInsertOnePerS * seconds);
            mongoBulkUpdatePerS = batch * timed(1, (t, i) -> {
                List<WriteModel<Document>> updates = new ArrayList<>(batch);
                for (int j = 0; j < batch; j++) {
                    long n = (i * batch + j) % Math.max(1, existing);
                    updates.add(new UpdateOneModel<>(Filters.eq("_id", "t0/" + n), Updates.set("p", true)));
                }
                one.bulkWrite(updates, new BulkWriteOptions().ordered(false));
            });
            long deadline = System.nanoTime() + (long) (seconds * 1e9);
            for (long i = 0; System.nanoTime() < deadline; i++) {
                long started = System.nanoTime();
                one.find(Filters.eq("_id", "t0/" + (i * 7919) % Math.max(1, existing))).first();
                mongoFindById.record(System.nanoTime() - started);
            }
            database.drop();
        }
    }

    private Document document(String id, long seq) {
        return new Document("_id", id).append("d", id).append("s", seq)
                .append("e", samples.get((int) (seq % samples.size()))).append("p", false);
    }

    private interface Op {
        void run(int thread, long i) throws Exception;
    }

    /** Runs {@code op} in {@code n} threads for the configured time; operations per second in total. */
    private double timed(int n, Op op) throws InterruptedException {
        AtomicLong total = new AtomicLong();
        long started = System.nanoTime();
        long deadline = started + (long) (seconds * 1e9);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                long i = 0;
                try {
                    while (System.nanoTime() < deadline) {
                        op.run(thread, i++);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    total.addAndGet(i);
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return total.get() / ((System.nanoTime() - started) / 1e9);
    }
}
