-- The solieu database, schema version 1 (docs/database.md explains every column).
--
-- solieu runs this script, in one transaction, on a database that has no
-- schema_version table yet; `sqlite3 new.sqlite < schema.sql` makes the same
-- empty database. The build compiles this file into solieu as kSchemaSql
-- (src/store/schema.cc); it is the only copy.

-- One row: the version of this schema. A solieu that knows only older
-- versions refuses the file rather than write rows it does not understand.
CREATE TABLE schema_version (
  version INTEGER NOT NULL
);
INSERT INTO schema_version (version) VALUES (1);

-- One row per `solieu extract` run that wrote to the database.
CREATE TABLE runs (
  id        INTEGER PRIMARY KEY,
  started   TEXT NOT NULL,                 -- UTC, ISO 8601
  finished  TEXT,                          -- NULL while running, or when interrupted
  status    TEXT NOT NULL,                 -- running, done, failed
  settings  TEXT NOT NULL,                 -- solieu version, options, patterns fingerprint
  inserted  INTEGER NOT NULL DEFAULT 0,    -- articles new to the database
  replaced  INTEGER NOT NULL DEFAULT 0,    -- articles whose rows were replaced
  unchanged INTEGER NOT NULL DEFAULT 0     -- articles skipped as unchanged
);

-- One row per article: the article fields of the JSON record.
CREATE TABLE articles (
  id                  TEXT PRIMARY KEY,    -- the record's "id"
  source              TEXT NOT NULL,
  url                 TEXT,
  title               TEXT,
  published           TEXT,                -- ISO 8601, as in the record
  category            TEXT,
  author              TEXT,
  page_views          INTEGER,
  encoding            TEXT NOT NULL,       -- UTF-8, UTF-16LE, UTF-16BE
  invalid_bytes       INTEGER NOT NULL,    -- bytes replaced by U+FFFD
  text_bytes          INTEGER NOT NULL,    -- size of the text as given
  content_hash        TEXT NOT NULL,       -- FNV-1a 64 of the text as given, 16 hex digits
  extraction_hash     TEXT NOT NULL,       -- FNV-1a 64 of the given metadata and the run's settings
  report_period_start TEXT,
  report_period_end   TEXT,
  report_period_text  TEXT,
  places              TEXT NOT NULL DEFAULT '[]',  -- the record's "places", JSON
  quantity_count      INTEGER NOT NULL,    -- rows in quantities
  run_id              INTEGER NOT NULL REFERENCES runs (id)
);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_published ON articles (published);

-- The administrative units each article names (the record's "places").
CREATE TABLE places (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,             -- 0, 1, ... in order of first mention
  text       TEXT NOT NULL,
  name       TEXT,
  type       TEXT NOT NULL,
  code       TEXT,
  era        TEXT,
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  mentions   INTEGER NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX places_code ON places (code);

-- One row per figure: every field of a quantity in the JSON record.
CREATE TABLE quantities (
  article_id       TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal          INTEGER NOT NULL,       -- 0, 1, ... in order of position
  text             TEXT NOT NULL,
  span_start       INTEGER NOT NULL,       -- "start"
  span_end         INTEGER NOT NULL,       -- "end"
  value            REAL,
  unit             TEXT,
  dimension        TEXT NOT NULL,
  normalized_value REAL,
  normalized_unit  TEXT,
  qualifier        TEXT NOT NULL,
  low              REAL,
  high             REAL,
  of_total         REAL,                   -- "of"
  indicator        TEXT,
  status           TEXT,
  status_detail    TEXT,
  object           TEXT,
  period_start     TEXT,
  period_end       TEXT,
  period_text      TEXT,
  place_text       TEXT,
  place_name       TEXT,
  place_type       TEXT,
  place_code       TEXT,
  place_era        TEXT,
  place_start      INTEGER,
  place_end        INTEGER,
  pattern          TEXT NOT NULL,
  sentence         INTEGER NOT NULL,
  sentence_start   INTEGER,                -- "sentence_span"[0]
  sentence_end     INTEGER,                -- "sentence_span"[1]
  flags            TEXT,                   -- comma-separated: no_diacritics,ambiguous_separator
  alternative      REAL,
  PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX quantities_indicator ON quantities (indicator);
CREATE INDEX quantities_place_code ON quantities (place_code);
CREATE INDEX quantities_period ON quantities (period_start, period_end);
