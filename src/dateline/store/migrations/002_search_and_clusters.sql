-- Full-text search over article text and quotes (FTS5), kept in sync by triggers so that the
-- writer (SqliteStore.write) stays unchanged. The FTS tables keep their own copy of the text
-- and the item keys as UNINDEXED columns: robust to VACUUM renumbering rowids.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM articles_fts WHERE article_id = old.id;
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    DELETE FROM articles_fts WHERE article_id = old.id;
    INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, new.title, new.text);
END;
INSERT INTO articles_fts (article_id, title, text) SELECT id, title, text FROM articles;

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    article_id UNINDEXED, quote_id UNINDEXED, speaker, text,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (article_id, quote_id, speaker, text)
    VALUES (new.article_id, new.id, coalesce(new.speaker_canonical, new.speaker), new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    DELETE FROM quotes_fts WHERE article_id = old.article_id AND quote_id = old.id;
END;
INSERT INTO quotes_fts (article_id, quote_id, speaker, text)
    SELECT article_id, id, coalesce(speaker_canonical, speaker), text FROM quotes;

-- Indexes for the explorer's filters.
CREATE INDEX events_actor_country ON events (actor_country, date);
CREATE INDEX events_recipient_country ON events (recipient_country, date);
CREATE INDEX events_type_date ON events (type, date);
CREATE INDEX places_country ON places (country);
CREATE INDEX quotes_speaker ON quotes (speaker_canonical);

-- Near-duplicate (syndicated) articles: each article that repeats an earlier one points to it.
CREATE TABLE article_duplicates (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    duplicate_of TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    similarity REAL NOT NULL          -- estimated Jaccard similarity of word shingles
);

-- Reports of the same real event across articles. Computed by dateline.cluster.update_clusters;
-- the id is a hash of the earliest member event's (article_id, event id).
CREATE TABLE event_clusters (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL, mode TEXT,
    date_start TEXT, date_end TEXT, date_precision TEXT,
    actor_text TEXT, actor_country TEXT, actor_sector TEXT,
    recipient_text TEXT, recipient_country TEXT, recipient_sector TEXT,
    place_name TEXT, country TEXT, lat REAL, lon REAL,
    n_events INTEGER NOT NULL,        -- member events (all reports)
    n_articles INTEGER NOT NULL,      -- distinct articles
    n_sources INTEGER NOT NULL,       -- distinct articles, syndicated copies counted once
    killed_low INTEGER, killed_best INTEGER, killed_high INTEGER,
    injured_low INTEGER, injured_best INTEGER, injured_high INTEGER,
    counts TEXT NOT NULL DEFAULT '{}', -- every count kind: {"missing": {"low":, "best":, "high":}}
    first_article_id TEXT NOT NULL, first_event_id TEXT NOT NULL
);
CREATE INDEX event_clusters_type_date ON event_clusters (type, date_start);

-- The event sources: which article's event reports which cluster.
CREATE TABLE event_cluster_members (
    article_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    cluster_id TEXT NOT NULL REFERENCES event_clusters (id) ON DELETE CASCADE,
    duplicate_of TEXT,                -- the article this one repeats, when syndicated
    PRIMARY KEY (article_id, event_id),
    FOREIGN KEY (article_id, event_id) REFERENCES events (article_id, id) ON DELETE CASCADE
);
CREATE INDEX event_cluster_members_cluster ON event_cluster_members (cluster_id);
