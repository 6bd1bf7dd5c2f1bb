package org.plenary.query.projection;

import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentsTest {

    /**
     * The MongoDB-protocol server looks a query up in an index only when the query's top-level fields are exactly the
     * index's: {@code {$and: [{_id}, {version}]}} (what {@code Filters.and} renders) would scan the collection.
     */
    @Test
    void theExpectedVersionFilterIsOnePlainDocumentOnTheIndexFields() {
        Document view = new Document("draftId", "d1").append("version", 7L).append("_id", "d1");
        Document filter = Documents.expectedFilter(view, new Document("version", 6L));
        assertThat(filter.keySet()).containsExactly("_id", "version");
        assertThat(filter.toBsonDocument()).isEqualTo(BsonDocument.parse("{\"_id\": \"d1\", \"version\": {\"$numberLong\": \"6\"}}"));
    }
}
