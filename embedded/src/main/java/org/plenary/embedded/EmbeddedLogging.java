package org.plenary.embedded;

import java.util.List;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Keeps the logs of the embedded servers quiet (WARN and above).
 *
 * <p>Kafka's broker and controller, mongo-java-server and Netty (under it) log a lot at INFO or DEBUG. This class sets the level of
 * {@link #QUIET_LOGGERS} to WARN when the SLF4J binding in use is Logback (the binding used by Spring Boot),
 * but only for loggers that have no level configured yet: a level set in {@code logback.xml} /
 * {@code logback-test.xml} always wins. With any other binding it does nothing.
 *
 * <p>Spring Boot re-initialises Logback when an application context starts, which drops levels set here.
 * Applications that start the embedded servers before or next to a Spring Boot context should therefore
 * also set {@code logging.level.<name>=WARN} for each of {@link #QUIET_LOGGERS}.
 */
public final class EmbeddedLogging {

    /** Logger names whose output is reduced to WARN. */
    public static final List<String> QUIET_LOGGERS = List.of(
            "kafka",
            "org.apache.kafka",
            "state.change.logger",
            "org.apache.zookeeper",
            "de.bwaldvogel.mongo",
            "org.h2",
            "io.netty");

    private static final String LOGBACK_CONTEXT = "ch.qos.logback.classic.LoggerContext";

    private EmbeddedLogging() {
    }

    /**
     * Sets {@link #QUIET_LOGGERS} to WARN where Logback is the active binding and no level is configured.
     *
     * @return true if Logback was found and the levels were applied, false otherwise
     */
    public static boolean quiet() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!LOGBACK_CONTEXT.equals(factory.getClass().getName())) {
            return false;
        }
        try {
            return LogbackLevels.quiet(factory, QUIET_LOGGERS);
        } catch (LinkageError e) {
            // a Logback classic of another generation than the one compiled against: leave logging alone
            return false;
        }
    }

    /** Only loaded when Logback is present, so this module works with other SLF4J bindings too. */
    private static final class LogbackLevels {
        static boolean quiet(ILoggerFactory factory, List<String> names) {
            ch.qos.logback.classic.LoggerContext context = (ch.qos.logback.classic.LoggerContext) factory;
            for (String name : names) {
                ch.qos.logback.classic.Logger logger = context.getLogger(name);
                if (logger.getLevel() == null) {
                    logger.setLevel(ch.qos.logback.classic.Level.WARN);
                }
            }
            return true;
        }
    }
}
