package org.plenary.embedded.h2;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;
import java.util.Map;

/**
 * mongo-java-server's H2 backend with its unique indexes ({@code _id} and ours) in maps ordered by
 * {@link IndexKeyOrder} instead of H2's serializing default, and documents written as BSON ({@link StoredForm}),
 * which reads what was written before as it was. An index written before (map {@code <db>.<collection>._index_<name>}) is copied once into its ordered map
 * ({@code … ._index_<name>.ordered}) when its database is opened, and removed in the same commit: a crash before
 * that commit leaves the old index, copied again at the next start.
 */
public final class TypedIndexH2Backend extends H2Backend {

    static final String ORDERED = ".ordered";

    public TypedIndexH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /** Inner: H2Database's constructor opens the indexes already, before a field of a subclass would be set. */
    private final class Database extends H2Database {

        Database(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            MVStore store = getMvStore();
            String previous = previousName(collectionName, indexName);
            MVMap<KeyValue, Object> ordered = store.openMap(previous + ORDERED,
                    new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyOrder()));
            if (store.hasMap(previous)) {
                MVMap<KeyValue, Object> unordered = store.openMap(previous);
                ordered.clear();
                for (Map.Entry<KeyValue, Object> entry : unordered.entrySet()) {
                    ordered.put(entry.getKey(), entry.getValue());
                }
                store.removeMap(unordered);
            }
            return new KeyValueIndex(ordered, indexName, keys, sparse);
        }

        /** As H2Database opens a collection (same map names), its documents in {@link StoredForm}. */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String name = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> documents = getMvStore().openMap("databases." + name,
                    new MVMap.Builder<Object, Document>().valueType(new StoredForm()));
            MVMap<String, Object> meta = getMvStore().openMap("meta." + name);
            return new H2Collection(this, collectionName, options, documents, meta, cursorRegistry);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName); // removes the map under its previous name, if any
            String name = previousName(collection.getCollectionName(), indexName) + ORDERED;
            if (getMvStore().hasMap(name)) {
                getMvStore().removeMap(name);
            }
        }

        /** The name mongo-java-server's H2Database gives the map of an index. */
        private String previousName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        }
    }
}
