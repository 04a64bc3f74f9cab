package org.cocreate.base;

import java.sql.Driver;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.ClassUtils;

/**
 * What the nodes of a sub-district share, chosen from the database in use: on PostgreSQL, live events go
 * between the nodes by {@code LISTEN}/{@code NOTIFY} and scheduled jobs take an advisory lock; on H2 (one
 * node) both stay in this process. {@code cocreate.cluster.mode} overrides the choice: {@code auto} (the
 * default), {@code local} or {@code postgres}.
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClusterConfiguration.class);

    enum Mode { LOCAL, POSTGRES }

    @Bean
    Mode clusterMode(@Value("${cocreate.cluster.mode:auto}") String mode, JdbcConnectionDetails database) {
        Mode chosen = switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> DatabaseDriver.fromJdbcUrl(database.getJdbcUrl()) == DatabaseDriver.POSTGRESQL
                    ? Mode.POSTGRES : Mode.LOCAL;
            case "local" -> Mode.LOCAL;
            case "postgres" -> Mode.POSTGRES;
            default -> throw new IllegalArgumentException(
                    "cocreate.cluster.mode must be auto, local or postgres, not " + mode);
        };
        log.info(chosen == Mode.POSTGRES
                ? "Several nodes: live events go by PostgreSQL LISTEN/NOTIFY, jobs take advisory locks"
                : "One node: live events and job locks stay in this process");
        return chosen;
    }

    @Bean(destroyMethod = "close")
    LiveEvents liveEvents(Mode mode, JdbcConnectionDetails database, DataSource dataSource) {
        var events = new LiveEvents();
        if (mode == Mode.POSTGRES) {
            var relay = new PostgresRelay(events, listeningConnections(database), dataSource);
            events.relayThrough(relay);
            relay.start();
        }
        return events;
    }

    @Bean
    ClusterLock clusterLock(Mode mode, DataSource dataSource) {
        return mode == Mode.POSTGRES ? ClusterLock.onPostgres(dataSource) : ClusterLock.inProcess();
    }

    /** The listening connection is not the pool's: it stays open as long as the node runs. */
    static PostgresRelay.Connector listeningConnections(JdbcConnectionDetails database) {
        var driver = BeanUtils.instantiateClass(ClassUtils.resolveClassName(database.getDriverClassName(),
                ClusterConfiguration.class.getClassLoader()), Driver.class);
        var connections = new SimpleDriverDataSource(driver, database.getJdbcUrl(), database.getUsername(),
                database.getPassword());
        return connections::getConnection;
    }
}
