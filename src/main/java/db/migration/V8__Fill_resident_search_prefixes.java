package db.migration;

import java.util.List;
import org.cocreate.community.ResidentSearchIndex;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Fills the search index of V7 for the residents registered before it, with the same code that writes it
 * for new residents (the pinyin readings are computed in Java, not in SQL).
 */
public class V8__Fill_resident_search_prefixes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        var jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        List<ResidentSearchIndex.Indexed> residents = jdbc.query(
                "select id, community_id, name, phone, card_code from resident order by id",
                (row, n) -> new ResidentSearchIndex.Indexed(row.getLong("id"), row.getLong("community_id"),
                        row.getString("name"), row.getString("phone"), row.getString("card_code")));
        ResidentSearchIndex.write(jdbc, residents);
    }
}
