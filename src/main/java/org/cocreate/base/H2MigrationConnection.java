package org.cocreate.base;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * On H2, the migrations run on a connection of their own that stays open as long as the application runs.
 *
 * <p>H2 2.4 keeps, in a CHECK constraint with an IN list ({@code check (kind in ('GOODS', 'SERVICE'))}),
 * the session that created the constraint, and compares with it on every insert; once that session is
 * closed, every insert the constraint checks fails ("Check constraint invalid", caused by "The database has
 * been closed"). Flyway used a connection of the pool, and the pool retires its connections after 30
 * minutes: on a freshly migrated H2 database, grants, redemptions, stock movements and new catalogue items
 * then failed until the next restart (a restart loads the constraints in H2's own session, which never
 * closes). H2MigrationConnectionTest proves it. PostgreSQL is not affected and keeps the pool.
 */
@Component
class H2MigrationConnection implements FlywayConfigurationCustomizer, DisposableBean {

    private final DataSourceProperties properties;
    private @Nullable SingleConnectionDataSource connection;

    H2MigrationConnection(DataSourceProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        String url = properties.determineUrl();
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return;
        }
        // suppressClose: Flyway's close() leaves the one connection open.
        connection = new SingleConnectionDataSource(url, properties.determineUsername(),
                properties.determinePassword(), true);
        configuration.dataSource(connection);
    }

    @Override
    public void destroy() {
        if (connection != null) {
            connection.destroy();
        }
    }
}
