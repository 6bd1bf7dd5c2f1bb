package org.plenary.platform.mongo;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where an app's MongoDB is ({@code plenary.mongo.*}), the same for both apps.
 *
 * @param uri      a MongoDB connection string; a replica set with {@code w=majority&journal=true} in production
 * @param database the database of the event store, the projections and the feed positions
 */
public record MongoSettings(@DefaultValue("mongodb://127.0.0.1:27017") String uri,
                            @DefaultValue("plenary") String database) {
}
