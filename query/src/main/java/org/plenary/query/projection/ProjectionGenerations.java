package org.plenary.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which generation of projection collections is active, which projections it holds (document
 * {@code projection_meta/active}: their {@link Projection#generationKey() generation keys}) and the consumer group
 * that projects into it. A generation that lacks a key of the registered projections
 * ({@link ProjectionSet#generationKeys()}: one was added, or one changed how it stores its documents) is rebuilt
 * from the topic at start (backfill). Every query node follows the active generation ({@link GenerationWatcher}) and
 * says which one it serves (collection {@code query_nodes}, a heartbeat per node).
 */
public class ProjectionGenerations {

    /**
     * @param group the consumer group projecting into this generation; null for one recorded before groups were
     *              (it is projected by the configured group)
     */
    public record Active(int generation, List<String> projections, Instant switchedAt, String group) {
        public boolean holdsAll(List<String> wanted) {
            return projections.containsAll(wanted);
        }

        /** The group projecting into this generation: its own, or {@code configured} for an old record. */
        public String groupOr(String configured) {
            return group == null ? configured : group;
        }
    }

    private static final String ID = "active";
    private final MongoCollection<Document> meta;
    private final MongoCollection<Document> nodes;

    public ProjectionGenerations(MongoDatabase database) {
        this.meta = database.getCollection("projection_meta");
        this.nodes = database.getCollection("query_nodes");
    }

    /** The consumer group of generation {@code generation}, made from the configured one. */
    public static String groupOf(String configured, int generation) {
        return generation == 0 ? configured : configured + ".g" + generation;
    }

    public Optional<Active> active() {
        Document document = meta.find(Filters.eq("_id", ID)).first();
        if (document == null) {
            return Optional.empty();
        }
        return Optional.of(new Active(document.getInteger("generation"), document.getList("projections", String.class),
                Instant.parse(document.getString("switchedAt")), document.getString("group")));
    }

    /** Records {@code generation} as active, holding {@code projections}, projected by {@code group}. */
    public void activate(int generation, List<String> projections, String group) {
        Document active = new Document("_id", ID).append("generation", generation).append("projections", projections)
                .append("switchedAt", Instant.now().toString());
        if (group != null) {
            active.append("group", group);
        }
        meta.replaceOne(Filters.eq("_id", ID), active, new ReplaceOptions().upsert(true));
    }

    /** {@link #activate(int, List, String)} keeping the group of the configuration (no replay involved). */
    public void activate(int generation, List<String> projections) {
        activate(generation, projections, null);
    }

    /** Records that node {@code node} serves {@code generation} now. */
    public void serving(String node, int generation) {
        nodes.replaceOne(Filters.eq("_id", node), new Document("_id", node).append("generation", generation)
                .append("at", Instant.now().toString()), new ReplaceOptions().upsert(true));
    }

    /** The generation each node serves, of the nodes heard from within {@code recent}. */
    public Map<String, Integer> servingNodes(Duration recent) {
        Instant since = Instant.now().minus(recent);
        Map<String, Integer> serving = new LinkedHashMap<>();
        for (Document node : nodes.find()) {
            if (Instant.parse(node.getString("at")).isAfter(since)) {
                serving.put(node.getString("_id"), node.getInteger("generation"));
            }
        }
        return serving;
    }
}
