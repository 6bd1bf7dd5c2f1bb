package org.plenary.platform.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes sure a topic exists and can be written to at once, used wherever a topic is created (the command app
 * before its producer starts, the embedded broker for tests and the local run).
 *
 * <p>A topic is ready when the metadata shows a leader for every partition <em>and</em> each leader serves its
 * partition. Leaders in the metadata are not enough: the broker publishes a new partition in its metadata cache
 * before its replica manager leads it, and an idempotent producer whose first batch lands in that window gets
 * NOT_LEADER_OR_FOLLOWER, has its next in-flight batch accepted, then retries the first one with
 * OUT_OF_ORDER_SEQUENCE_NUMBER until it expires: the batch is lost (KAFKA-15591, not fixed in Kafka 3.9; see
 * docs/EMBEDDED.md). A ListOffsets request is answered only by the serving leader of a partition, so its success
 * closes the window.
 */
public final class TopicReadiness {

    /** How long {@link #ensure(Admin, NewTopic)} waits for the brokers. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private TopicReadiness() {
    }

    /** {@link #ensure(Admin, NewTopic, Duration)} within {@link #DEFAULT_TIMEOUT}. */
    public static int ensure(Admin admin, NewTopic topic) {
        return ensure(admin, topic, DEFAULT_TIMEOUT);
    }

    /**
     * Creates the topic unless one of that name exists (then it is left as it is: neither its partition count,
     * which would move keys to other partitions, nor its config change), and waits until it is ready. Idempotent,
     * also against another process creating the same topic at the same time.
     *
     * @return the number of partitions the topic has
     * @throws IllegalStateException if Kafka refuses the topic or it is not ready within {@code timeout}, or the
     *                               thread is interrupted (its interrupt flag is then set again)
     */
    public static int ensure(Admin admin, NewTopic topic, Duration timeout) {
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(topic, "topic");
        long deadline = deadline(timeout);
        try {
            if (!admin.listTopics().names().get(remainingMillis(deadline), TimeUnit.MILLISECONDS).contains(topic.name())) {
                try {
                    admin.createTopics(List.of(topic)).all().get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic.name(), e.getCause());
                    }
                }
            }
            return awaitLeaders(admin, topic.name(), deadline);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list the topics", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("topic " + topic.name() + " not ready within " + timeout + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + topic.name(), e);
        }
    }

    /**
     * Waits until every partition of an existing topic has a leader that serves it.
     *
     * @return the number of partitions the topic has
     * @throws IllegalStateException as {@link #ensure(Admin, NewTopic, Duration)}
     */
    public static int awaitReady(Admin admin, String topic, Duration timeout) {
        try {
            return awaitLeaders(admin, topic, deadline(timeout));
        } catch (TimeoutException e) {
            throw new IllegalStateException("topic " + topic + " not ready within " + timeout + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for topic " + topic, e);
        }
    }

    private static int awaitLeaders(Admin admin, String name, long deadline) throws InterruptedException, TimeoutException {
        int partitions = -1;
        while (partitions < 0) {
            try {
                TopicDescription description = admin.describeTopics(List.of(name)).topicNameValues().get(name)
                        .get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
                List<TopicPartitionInfo> infos = description.partitions();
                if (!infos.isEmpty() && infos.stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
                    partitions = infos.size();
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw new IllegalStateException("cannot describe topic " + name, e.getCause());
                }
            }
            pauseBeforeRetry(partitions < 0, deadline, "no leader for every partition of " + name);
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int partition = 0; partition < partitions; partition++) {
            latest.put(new TopicPartition(name, partition), OffsetSpec.latest());
        }
        boolean served = false;
        while (!served) {
            try {
                admin.listOffsets(latest, new ListOffsetsOptions().timeoutMs((int) remainingMillis(deadline)))
                        .all().get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
                served = true;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException)) {
                    throw new IllegalStateException("cannot list offsets of topic " + name, e.getCause());
                }
            }
            pauseBeforeRetry(!served, deadline, "the leader does not serve every partition of " + name);
        }
        return partitions;
    }

    private static void pauseBeforeRetry(boolean retry, long deadline, String timeoutMessage)
            throws InterruptedException, TimeoutException {
        if (!retry) {
            return;
        }
        if (System.nanoTime() > deadline) {
            throw new TimeoutException(timeoutMessage);
        }
        Thread.sleep(20);
    }

    private static long deadline(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, not " + timeout);
        }
        return System.nanoTime() + timeout.toNanos();
    }

    private static long remainingMillis(long deadline) {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    }
}
