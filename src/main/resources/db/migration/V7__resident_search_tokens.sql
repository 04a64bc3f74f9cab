-- The one search field as an index instead of a scan (issue 11). It was `search_key like '% query%'` over
-- every resident of the community: 50,000 keys read for each key typed at the counter. Now every prefix of
-- every token of a resident up to 6 characters (ResidentSearchKey.prefixes) is a row, so that a query is an
-- equality lookup (a longer query is looked up by its first 6 characters and checked against search_key).
-- The primary key leads with (community_id, prefix) and goes on in the order the search shows its results
-- (shortest names first, then by name, then by id): the first 20 matches are the first 20 rows of the index,
-- read without a sort on H2 and PostgreSQL alike. name_length is length(name) as the database counts it
-- (written by the database, see ResidentSearchIndex), so that the order is the one `order by length(name)`
-- gave. The rows are written by ResidentSearchIndex whenever a resident's name, phone or card changes, and
-- for the residents already registered by V8 (a Java migration: the pinyin needs Java).
-- Written to run on H2 (2.4) and PostgreSQL (14+).
create table resident_search_prefix (
    community_id bigint       not null,
    prefix       varchar(40)  not null, -- 6 characters (ResidentSearchKey.INDEXED_LENGTH), with room
    name_length  integer      not null,
    name         varchar(50)  not null,
    resident_id  bigint       not null references resident (id) on delete cascade,
    primary key (community_id, prefix, name_length, name, resident_id)
);
-- A resident's rows are replaced when their name, phone or card changes.
create index ix_resident_search_prefix_resident on resident_search_prefix (resident_id);
