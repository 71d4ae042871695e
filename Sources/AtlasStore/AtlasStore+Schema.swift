import GRDB

extension AtlasStore {
    /// The schema. A migration is frozen once it has shipped: change the schema by adding one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-documents") { db in
            try db.execute(
                sql: """
                    CREATE TABLE run (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        started_at TEXT NOT NULL,        -- ISO 8601, UTC
                        finished_at TEXT,
                        status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'interrupted')),
                        tool_version TEXT NOT NULL,
                        extractor_version TEXT NOT NULL,
                        command TEXT NOT NULL,           -- the command line that started the run
                        files_seen INTEGER NOT NULL DEFAULT 0,
                        documents_loaded INTEGER NOT NULL DEFAULT 0,
                        documents_skipped INTEGER NOT NULL DEFAULT 0,  -- already stored, same content
                        failures INTEGER NOT NULL DEFAULT 0
                    );

                    CREATE TABLE document (
                        id TEXT PRIMARY KEY,             -- first 16 hex digits of sha256
                        sha256 TEXT NOT NULL UNIQUE,
                        path TEXT NOT NULL,              -- where the file was found
                        format TEXT NOT NULL CHECK (format IN ('pdf', 'docx')),
                        size_bytes INTEGER NOT NULL,
                        page_count INTEGER,              -- NULL for DOCX, which has no pages
                        title TEXT,
                        text_length INTEGER NOT NULL,    -- characters of extracted text
                        metadata TEXT NOT NULL DEFAULT '{}',  -- JSON: the file's own metadata
                        extractor_version TEXT NOT NULL,
                        run_id INTEGER NOT NULL REFERENCES run(id)
                    );
                    CREATE INDEX document_path ON document(path);

                    CREATE TABLE document_text (
                        document_id TEXT PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
                        text TEXT NOT NULL               -- pages separated by form feeds (U+000C)
                    );

                    CREATE TABLE failure (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        path TEXT NOT NULL UNIQUE,       -- the latest failure of each file
                        sha256 TEXT,
                        format TEXT,
                        stage TEXT NOT NULL,             -- discover | extract | load
                        reason TEXT NOT NULL,            -- empty | encrypted | corrupt | truncated | unsupported | too-large | unreadable | …
                        message TEXT NOT NULL,
                        run_id INTEGER NOT NULL REFERENCES run(id)
                    );
                    """)
        }
        return migrator
    }
}
