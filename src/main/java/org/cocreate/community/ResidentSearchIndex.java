package org.cocreate.community;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the table the one search field looks in (resident_search_prefix, see V7) in step with the residents:
 * one row for every prefix of up to six characters of every search token of a resident
 * ({@link ResidentSearchKey#prefixes}). Every place that
 * creates a resident or changes their name, phone or card calls it in the same transaction; residents are
 * never deleted, and if one were, the rows go with them (on delete cascade).
 */
@Component
public class ResidentSearchIndex {

    /**
     * The database counts the name's length itself, so that the order of the results is exactly that of
     * {@code order by length(name)} on each database (H2 counts UTF-16 units, PostgreSQL code points).
     */
    private static final String INSERT = """
            insert into resident_search_prefix (community_id, prefix, name_length, name, resident_id)
            values (?, ?, char_length(cast(? as varchar(50))), ?, ?)""";
    private static final int BATCH = 1_000;

    /** What the rows of a resident are made of: the columns of the resident the tokens come from. */
    public record Indexed(long residentId, long communityId, String name, @Nullable String phone,
            String cardCode) {
    }

    private final JdbcTemplate jdbc;

    ResidentSearchIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A resident just registered (saved, so with an id). */
    void add(Resident resident) {
        write(jdbc, List.of(indexed(resident)));
    }

    /** Residents just imported, in batches. */
    void addAll(Collection<Resident> residents) {
        write(jdbc, residents.stream().map(ResidentSearchIndex::indexed).toList());
    }

    /** A resident whose name, phone or card may have changed: their rows are written anew. */
    void replace(Resident resident) {
        jdbc.update("delete from resident_search_prefix where resident_id = ?", resident.id());
        add(resident);
    }

    /**
     * Writes the rows of residents that have none yet, in batches. Public for those that write residents
     * without the application: the migration that fills the table for existing residents, the benchmarks.
     */
    public static void write(JdbcTemplate jdbc, List<Indexed> residents) {
        List<Object[]> rows = new ArrayList<>();
        for (Indexed resident : residents) {
            for (String prefix : ResidentSearchKey.prefixes(
                    ResidentSearchKey.tokens(resident.name(), resident.phone(), resident.cardCode()))) {
                rows.add(new Object[] {resident.communityId(), prefix, resident.name(), resident.name(),
                        resident.residentId()});
            }
            if (rows.size() >= BATCH) {
                jdbc.batchUpdate(INSERT, rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows);
        }
    }

    private static Indexed indexed(Resident resident) {
        return new Indexed(resident.id(), resident.getCommunityId(), resident.getName(), resident.getPhone(),
                resident.getCardCode());
    }
}
