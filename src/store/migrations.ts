// Schema history. Append only: a released migration is never edited, so every
// database walks the same steps (tracked in PRAGMA user_version).
export const MIGRATIONS: readonly string[] = [
  // 1: the whole initial schema
  `
  CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    name TEXT,
    kind TEXT CHECK (kind IN ('funding','jobs','news')),
    enabled INTEGER NOT NULL DEFAULT 1,
    disabled_reason TEXT,
    etag TEXT,
    last_modified TEXT,
    body_hash TEXT,
    last_status TEXT,
    last_error TEXT,
    last_fetched_at TEXT,
    last_new_item_at TEXT,
    consecutive_errors INTEGER NOT NULL DEFAULT 0,
    next_fetch_at TEXT,
    title TEXT,
    created_at TEXT NOT NULL
  );

  CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    guid TEXT,
    link TEXT,
    title TEXT,
    summary TEXT,
    content TEXT,
    author TEXT,
    published_at TEXT,
    fetched_at TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    extracted_version INTEGER NOT NULL DEFAULT 0,
    UNIQUE (feed_id, key)
  );
  CREATE INDEX items_feed_link ON items(feed_id, link);
  CREATE INDEX items_feed_hash ON items(feed_id, content_hash);

  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    company TEXT,
    company_key TEXT,
    person_key TEXT,
    round TEXT,                  -- copies of the fields merging compares, so look-ups skip the JSON
    amount_usd REAL,
    target TEXT,
    title TEXT,
    data TEXT NOT NULL,          -- JSON of ExtractedEvent fields
    confidence REAL NOT NULL,
    occurred_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX events_type_company ON events(type, company_key, occurred_at);
  CREATE INDEX events_type_person ON events(type, person_key, company_key, occurred_at);
  CREATE INDEX events_occurred ON events(occurred_at);

  CREATE TABLE event_sources (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, item_id)
  );
  CREATE INDEX event_sources_item ON event_sources(item_id);

  CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    domain TEXT,
    industry TEXT,
    employees INTEGER,
    country TEXT,
    lifecycle TEXT,
    is_customer INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX accounts_domain ON accounts(domain);

  CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    identity TEXT NOT NULL UNIQUE,  -- email, profile URL, or name+company key
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    full_name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    email TEXT,
    company TEXT,
    company_key TEXT,
    position TEXT,
    connected_on TEXT,
    url TEXT,
    source TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX contacts_name ON contacts(name_key);
  CREATE INDEX contacts_company ON contacts(company_key);

  CREATE TABLE prospects (
    id TEXT PRIMARY KEY,
    company TEXT NOT NULL,
    company_key TEXT NOT NULL,
    domain TEXT,
    person TEXT,
    title TEXT,
    score REAL NOT NULL,
    data TEXT NOT NULL,            -- JSON: breakdown, warm_path, top_trigger, event_ids
    first_seen_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,      -- last time the score or content changed
    previous_score REAL
  );
  CREATE INDEX prospects_score ON prospects(score DESC);

  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
];
