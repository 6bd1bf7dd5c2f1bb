package org.plenary.local;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.plenary.command.store.PublicationLog;
import org.plenary.command.store.PublicationMarks;

import java.time.Duration;

/** What the local stack's event store says is not published yet, read as a restarted node's recovery reads it. */
final class StoredPublications {

    private StoredPublications() {
    }

    /** How many stored events may not have been published ({@link PublicationLog#unpublished()}). */
    static long unpublished(PlenaryStack stack) {
        try (MongoClient client = MongoClients.create(stack.mongo().connectionString())) {
            MongoDatabase database = client.getDatabase("plenary");
            return new PublicationLog(database.getCollection("events"),
                    new PublicationMarks(database.getCollection("publication_marks"), Duration.ofDays(1))).unpublished().size();
        }
    }
}
