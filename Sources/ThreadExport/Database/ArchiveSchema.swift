/// The tables of an archive database, version 1: what `ArchiveDatabase` creates in an empty file.
///
/// Every field of the model has a column; bodies are kept as plain text (`text`, what the full-text
/// index reads) and as sanitised HTML (`html`). Dates are the model's RFC 3339 text (a day alone,
/// or a time with or without its zone, as the page gave it), booleans 0 or 1, tags and categories
/// JSON arrays. The two FTS5 tables index the rows of `threads` and `comments` (external content)
/// and are kept in step by triggers, so a thread replaced is a thread re-indexed.
enum ArchiveSchema {
    /// The number in `schema_version`; a database of another version is refused, not changed.
    static let version = 1

    static let statements = """
        CREATE TABLE schema_version (
            version INTEGER NOT NULL
        );
        CREATE TABLE sites (
            id INTEGER PRIMARY KEY,
            -- The site's address, else its name, else the host of the thread's address.
            key TEXT NOT NULL UNIQUE,
            name TEXT,
            url TEXT
        );
        -- Authors as pages show them: one row per name and address ('' where there is none);
        -- for a pingback or trackback, the linking page's title and address.
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            url TEXT NOT NULL,
            avatar_url TEXT,
            UNIQUE (name, url)
        );
        CREATE TABLE threads (
            id INTEGER PRIMARY KEY,
            -- What makes a thread the same thread when it is written again (see the README).
            identity TEXT UNIQUE,
            site_id INTEGER NOT NULL REFERENCES sites (id),
            -- The thread's address: source_url, else post_url.
            url TEXT,
            has_post INTEGER NOT NULL,
            post_id TEXT,
            post_url TEXT,
            title TEXT,
            author_id INTEGER REFERENCES people (id),
            published TEXT,
            updated TEXT,
            tags TEXT NOT NULL,
            categories TEXT NOT NULL,
            text TEXT NOT NULL,
            html TEXT NOT NULL,
            platform TEXT NOT NULL,
            source_file TEXT,
            source_url TEXT,
            generator TEXT,
            language TEXT,
            encoding TEXT,
            saved_at TEXT,
            record_id TEXT,
            record_offset INTEGER,
            declared_comment_count INTEGER,
            page INTEGER,
            next_url TEXT,
            previous_url TEXT,
            -- When this row was written (UTC).
            written_at TEXT NOT NULL
        );
        CREATE TABLE comments (
            id INTEGER PRIMARY KEY,
            thread_id INTEGER NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
            -- Document order within the thread, from 0.
            position INTEGER NOT NULL,
            -- The comment's id and its parent's as the JSON gives them.
            source_id TEXT NOT NULL,
            source_parent_id TEXT,
            -- The parent's row, where the parent is in the same thread.
            parent_id INTEGER REFERENCES comments (id) ON DELETE CASCADE,
            depth INTEGER NOT NULL CHECK (depth >= 0),
            kind TEXT NOT NULL CHECK (kind IN ('comment', 'pingback', 'trackback')),
            author_id INTEGER REFERENCES people (id),
            published TEXT,
            published_text TEXT,
            url TEXT,
            by_post_author INTEGER NOT NULL,
            title TEXT,
            parent_inferred INTEGER NOT NULL,
            removed_later INTEGER NOT NULL,
            text TEXT NOT NULL,
            html TEXT NOT NULL,
            UNIQUE (thread_id, position)
        );
        CREATE TABLE diagnostics (
            id INTEGER PRIMARY KEY,
            thread_id INTEGER NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            code TEXT NOT NULL,
            message TEXT NOT NULL
        );
        CREATE INDEX comments_author ON comments (author_id);
        CREATE INDEX comments_parent ON comments (parent_id);
        CREATE INDEX threads_site ON threads (site_id);
        CREATE INDEX diagnostics_thread ON diagnostics (thread_id);

        -- content="TABLE" written just so: Datasette finds a table's index by that text.
        CREATE VIRTUAL TABLE threads_fts USING fts5 (
            title, text, content="threads", content_rowid="id", tokenize="unicode61 remove_diacritics 2");
        CREATE VIRTUAL TABLE comments_fts USING fts5 (
            title, text, content="comments", content_rowid="id", tokenize="unicode61 remove_diacritics 2");
        \(["threads", "comments"].map(indexTriggers).joined(separator: "\n"))
        """

    /// Triggers that keep `<table>_fts` in step with `<table>`: rows are indexed when inserted and
    /// taken out, with the values they were indexed with, when deleted or changed.
    private static func indexTriggers(_ table: String) -> String {
        let index = table + "_fts"
        let insert = "INSERT INTO \(index) (rowid, title, text) VALUES (new.id, new.title, new.text);"
        let delete = "INSERT INTO \(index) (\(index), rowid, title, text) VALUES ('delete', old.id, old.title, old.text);"
        return """
            CREATE TRIGGER \(table)_indexed AFTER INSERT ON \(table) BEGIN \(insert) END;
            CREATE TRIGGER \(table)_unindexed AFTER DELETE ON \(table) BEGIN \(delete) END;
            CREATE TRIGGER \(table)_reindexed AFTER UPDATE ON \(table) BEGIN \(delete) \(insert) END;
            """
    }
}
