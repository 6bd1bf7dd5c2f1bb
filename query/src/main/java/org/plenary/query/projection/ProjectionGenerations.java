package org.plenary.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which generation of projection collections is active and which projections it holds (document
 * {@code projection_meta/active}: their {@link Projection#generationKey() generation keys}). A generation that
 * lacks a key of the registered projections ({@link ProjectionSet#generationKeys()}: one was added, or one
 * changed how it stores its documents) is rebuilt from the topic at start (backfill).
 */
public class ProjectionGenerations {

    public record Active(int generation, List<String> projections, Instant switchedAt) {
        public boolean holdsAll(List<String> wanted) {
            return projections.containsAll(wanted);
        }
    }

    private static final String ID = "active";
    private final MongoCollection<Document> meta;

    public ProjectionGenerations(MongoDatabase database) {
        this.meta = database.getCollection("projection_meta");
    }

    public Optional<Active> active() {
        Document document = meta.find(Filters.eq("_id", ID)).first();
        if (document == null) {
            return Optional.empty();
        }
        return Optional.of(new Active(document.getInteger("generation"), document.getList("projections", String.class),
                Instant.parse(document.getString("switchedAt"))));
    }

    /** Records {@code generation} as active, holding {@code projections}. */
    public void activate(int generation, List<String> projections) {
        meta.replaceOne(Filters.eq("_id", ID), new Document("_id", ID).append("generation", generation)
                .append("projections", projections).append("switchedAt", Instant.now().toString()),
                new ReplaceOptions().upsert(true));
    }
}
