/** Flyway's Java migrations: what a migration needs Java for (the SQL ones are in resources/db/migration). */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
