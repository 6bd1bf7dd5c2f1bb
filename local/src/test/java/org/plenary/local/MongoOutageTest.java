package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.embedded.FreePorts;
import org.plenary.shared.json.Json;
import org.plenary.shared.un.UnTextReader;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MongoDB-protocol server away for a while, command side: commands are refused with 503 and a message (the
 * store may not have them: a retry with the same Idempotency-Key is safe), health and readiness say MongoDB is
 * DOWN, and once it is back the command node works again without a restart, having lost nothing it acknowledged.
 * The query app is not restarted either (its own outage: {@link QueryMongoOutageTest}).
 */
class MongoOutageTest {

    @TempDir
    Path data;
    private PlenaryStack stack;
    private final Http http = new Http();

    @AfterEach
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void commandsGet503WhileMongoIsAwayAndTheNodeRecoversWithoutARestart() throws Exception {
        int mongoPort = FreePorts.pick();
        stack = PlenaryStack.builder().dataDirectory(data).oneStore().ports(0, 0, 0, mongoPort)
                .property("plenary.mongo.uri", "mongodb://127.0.0.1:" + mongoPort + "/?serverSelectionTimeoutMS=1500")
                .build().start();
        String command = stack.commandUrl() + "/api/drafts";
        String sample = Json.mapper().writeValueAsString(UnTextReader.read(PlenaryLocal.readSample()));
        String draft = http.post(command, "dev:SECRETARIAT", sample).json().get("draftId").asText();
        Acknowledged acknowledged = new Acknowledged();
        acknowledged.join(draft, "FRA", http.post(command + "/" + draft + "/cosponsors", "dev:FRA", null).json().get("version").asLong());

        stack.stopMongo();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger handler = (Logger) LoggerFactory.getLogger("org.plenary.command.web.StoreExceptionHandler");
        handler.addAppender(log);

        Http.Response refused = http.post(command + "/" + draft + "/cosponsors", "dev:KEN", null);
        handler.detachAppender(log);
        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(log.list).as("the warning names the command").isNotEmpty()
                .allSatisfy(line -> assertThat(line.getMDCPropertyMap()).containsEntry("draftId", draft)
                        .containsKey("commandId"));
        assertThat(refused.json().get("message").asText()).contains("event store is out of reach").contains("Idempotency-Key");
        Http.Response newDraft = http.post(command, "dev:SECRETARIAT", sample);
        assertThat(newDraft.status()).as(newDraft.body()).isEqualTo(503);
        JsonNode health = http.get(stack.commandUrl() + "/actuator/health").json();
        assertThat(health.get("status").asText()).isEqualTo("DOWN");
        assertThat(health.get("components").get("mongo").get("status").asText()).isEqualTo("DOWN");
        assertThat(http.get(stack.commandUrl() + "/actuator/health/readiness").status()).isEqualTo(503);

        stack.startMongo();

        Http.Response joined = null;
        for (int i = 0; i < 100 && (joined == null || joined.status() == 503); i++) {
            joined = http.post(command + "/" + draft + "/cosponsors", "dev:KEN", null);
            Thread.sleep(joined.status() == 503 ? 100 : 0);
        }
        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        assertThat(joined.json().get("version").asLong()).isEqualTo(3);
        acknowledged.join(draft, "KEN", 3);
        assertThat(http.get(stack.commandUrl() + "/actuator/health/readiness").status()).isEqualTo(200);

        assertThat(acknowledged.checkStore(stack.mongo().connectionString())).isEqualTo(2);
        assertThat(acknowledged.checkProjections(http, stack.queryUrl())).isEqualTo(2);
        assertThat(Acknowledged.replayEqualsLive(http, stack.queryUrl())).isEqualTo(1);
        acknowledged.report("MongoDB away and back, command side (2 commands refused with 503)", 1);
    }
}
