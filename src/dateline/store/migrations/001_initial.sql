-- Articles and the items extracted from them. Item ids (E1, T1, P1, Q1, V1) are local to an
-- article; (article_id, id) is the key. Article ids are content hashes or the input's id.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    dct TEXT,
    title TEXT,
    url TEXT,
    source TEXT,
    text TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '{}',
    warnings TEXT NOT NULL DEFAULT '[]',
    document TEXT NOT NULL,             -- the whole output record, JSON
    processed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_dct ON articles (dct);

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    label TEXT, canonical TEXT,
    country TEXT, sector TEXT, role TEXT,
    mentions TEXT NOT NULL DEFAULT '[]',
    confidence REAL,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX entities_canonical ON entities (canonical);
CREATE INDEX entities_country_sector ON entities (country, sector);

CREATE TABLE timexes (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    type TEXT, value TEXT, precision TEXT, mod TEXT, confidence REAL,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE places (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    name TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL, geonameid INTEGER,
    feature TEXT, role TEXT, confidence REAL,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    kind TEXT, cue TEXT, speaker TEXT, speaker_entity TEXT, speaker_canonical TEXT,
    source_type TEXT, event TEXT, confidence REAL,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    type TEXT NOT NULL, mode TEXT, contexts TEXT, modality TEXT,
    trigger TEXT, trigger_start INTEGER, trigger_end INTEGER,
    sentence_start INTEGER, sentence_end INTEGER,
    actor_text TEXT, actor_entity TEXT, actor_country TEXT, actor_sector TEXT,
    recipient_text TEXT, recipient_entity TEXT, recipient_country TEXT, recipient_sector TEXT,
    date TEXT, date_precision TEXT, place_id TEXT, place_precision INTEGER,
    killed INTEGER, injured INTEGER, missing INTEGER, arrested INTEGER, displaced INTEGER,
    released INTEGER,
    cameo TEXT, acled TEXT, source_quote TEXT, confidence REAL,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_date ON events (date);

CREATE TABLE stances (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    holder TEXT, target TEXT, polarity TEXT, evidence_start INTEGER, evidence_end INTEGER,
    confidence REAL,
    PRIMARY KEY (article_id, n)
);
