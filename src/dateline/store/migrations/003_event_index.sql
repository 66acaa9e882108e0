-- event_index: one narrow row per event with what the explorer filters on, kept by a trigger
-- (the writer stays unchanged). Filters and counts run on this table and its indexes; the
-- wide events row is read only for the page of results.
--
-- day_start, day_end: the days an event's date may mean, from its TIMEX3 value: "2025-10-14"
-- one day, "2025-W41" Monday to Sunday, "2025-10" the month, "2025-SU" June to August,
-- "2025" the year. A date-range filter keeps an event when all those days are in the range.
CREATE TABLE event_index (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    type TEXT, mode TEXT, modality TEXT,
    actor_text TEXT, actor_country TEXT, actor_sector TEXT,
    recipient_text TEXT, recipient_country TEXT, recipient_sector TEXT,
    date TEXT, day_start TEXT, day_end TEXT,
    place_name TEXT, place_country TEXT, lat REAL, lon REAL,
    UNIQUE (article_id, event_id),
    FOREIGN KEY (article_id, event_id) REFERENCES events (article_id, id) ON DELETE CASCADE
);
CREATE INDEX event_index_date ON event_index (date, type);
CREATE INDEX event_index_type ON event_index (type, day_start);
CREATE INDEX event_index_mode ON event_index (mode, day_start);
CREATE INDEX event_index_modality ON event_index (modality, day_start);
CREATE INDEX event_index_actor ON event_index (actor_country, day_start);
CREATE INDEX event_index_recipient ON event_index (recipient_country, day_start);
CREATE INDEX event_index_actor_sector ON event_index (actor_sector, day_start);
CREATE INDEX event_index_recipient_sector ON event_index (recipient_sector, day_start);
CREATE INDEX event_index_days ON event_index (day_start, day_end);
CREATE INDEX event_index_place_country ON event_index (place_country, day_start);
CREATE INDEX event_index_place_name ON event_index (place_name COLLATE NOCASE);
CREATE INDEX event_index_lat_lon ON event_index (lat, lon);

CREATE VIEW event_index_source AS
SELECT article_id, id AS event_id, type, mode, modality, actor_text, actor_country,
       actor_sector, recipient_text, recipient_country, recipient_sector, date, day_start,
       CASE kind
           WHEN 'day' THEN day_start
           WHEN 'week' THEN date(day_start, '+6 days')
           WHEN 'month' THEN date(day_start, '+1 month', '-1 day')
           WHEN 'season' THEN date(day_start, '+3 months', '-1 day')
           WHEN 'year' THEN date(day_start, '+1 year', '-1 day')
       END AS day_end,
       place_name, place_country, lat, lon
FROM (
    SELECT e.*, p.name AS place_name, p.country AS place_country, p.lat AS lat, p.lon AS lon,
           CASE
               WHEN e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN 'day'
               WHEN e.date GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]*' THEN 'week'
               WHEN e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' THEN 'month'
               WHEN e.date GLOB '[0-9][0-9][0-9][0-9]-[SFAW][PUAI]' THEN 'season'
               WHEN e.date GLOB '[0-9][0-9][0-9][0-9]' THEN 'year'
           END AS kind,
           CASE
               WHEN e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
                   THEN date(substr(e.date, 1, 10))
               WHEN e.date GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]*'
                   THEN date(substr(e.date, 1, 4) || '-01-04',
                             '-' || ((CAST(strftime('%w', substr(e.date, 1, 4) || '-01-04')
                                           AS INTEGER) + 6) % 7) || ' days',
                             '+' || ((CAST(substr(e.date, 7, 2) AS INTEGER) - 1) * 7)
                             || ' days')
               WHEN e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' THEN date(e.date || '-01')
               WHEN e.date GLOB '[0-9][0-9][0-9][0-9]-SP' THEN substr(e.date, 1, 4) || '-03-01'
               WHEN e.date GLOB '[0-9][0-9][0-9][0-9]-SU' THEN substr(e.date, 1, 4) || '-06-01'
               WHEN e.date GLOB '[0-9][0-9][0-9][0-9]-[FA][AU]'
                   THEN substr(e.date, 1, 4) || '-09-01'
               WHEN e.date GLOB '[0-9][0-9][0-9][0-9]-WI' THEN substr(e.date, 1, 4) || '-12-01'
               WHEN e.date GLOB '[0-9][0-9][0-9][0-9]' THEN e.date || '-01-01'
           END AS day_start
    FROM events e
    LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place_id
);

CREATE TRIGGER event_index_insert AFTER INSERT ON events BEGIN
    INSERT OR REPLACE INTO event_index (article_id, event_id, type, mode, modality,
        actor_text, actor_country, actor_sector, recipient_text, recipient_country,
        recipient_sector, date, day_start, day_end, place_name, place_country, lat, lon)
    SELECT * FROM event_index_source WHERE article_id = new.article_id AND event_id = new.id;
END;
CREATE TRIGGER event_index_delete AFTER DELETE ON events BEGIN
    DELETE FROM event_index WHERE article_id = old.article_id AND event_id = old.id;
END;
INSERT INTO event_index (article_id, event_id, type, mode, modality, actor_text,
    actor_country, actor_sector, recipient_text, recipient_country, recipient_sector, date,
    day_start, day_end, place_name, place_country, lat, lon)
    SELECT * FROM event_index_source;
