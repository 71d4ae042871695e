import AtlasCore
import GRDB

extension AtlasStore {
    /// The schema. A migration is frozen once it has shipped: change the schema by adding one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-documents") { db in
            try db.execute(sql: v1Tables)
            try db.execute(sql: v1ReportViews)
            try seedStudyGroups(db)
        }
        migrator.registerMigration("v2-reclassification") { db in
            try db.execute(sql: v2Reclassification)
        }
        migrator.registerMigration("v3-document-terms") { db in
            try db.execute(sql: v3DocumentTerms)
            try backfillDocumentTerms(db)
        }
        return migrator
    }

    /// The terms of each document's text, as `similar` compares them (`Similarity.terms`); the weights are
    /// not stored, since the IDF changes as the store grows.
    private static let v3DocumentTerms = """
        CREATE TABLE document_term (
            document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            term TEXT NOT NULL,                       -- a Tokenizer key: folded, no hyphens; Chinese bigrams
            count REAL NOT NULL,                      -- occurrences in the text
            neutral INTEGER NOT NULL,                 -- 1: written as an identifier or acronym (X.509, PSP)
            PRIMARY KEY (document_id, term)
        ) WITHOUT ROWID;
        """

    /// The terms of the documents stored before `v3-document-terms`.
    private static func backfillDocumentTerms(_ db: Database) throws {
        for id in try String.fetchAll(db, sql: "SELECT document_id FROM document_text ORDER BY document_id") {
            let text = try String.fetchOne(
                db, sql: "SELECT text FROM document_text WHERE document_id = ?", arguments: [id])
            try insertTerms(Similarity.terms(text ?? "", tokenizer: Tokenizer()), of: id, db)
        }
    }

    static func insertTerms(_ terms: Similarity.Terms, of documentID: String, _ db: Database) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT INTO document_term (document_id, term, count, neutral) VALUES (?, ?, ?, ?)")
        for term in terms.counts.keys.sorted() {
            try statement.execute(binding: [documentID, term, terms.counts[term]!, terms.neutral.contains(term)])
        }
    }

    private static let v1Tables = """
        -- One row per ingest run, with what it ran and what it did.
        CREATE TABLE run (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL,                 -- ISO 8601, UTC
            finished_at TEXT,
            status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'interrupted')),
            tool_version TEXT NOT NULL,
            extractor_version TEXT NOT NULL,
            taxonomy_version TEXT,
            taxonomy_hash TEXT,
            config_hash TEXT,
            command TEXT NOT NULL,                    -- the command line that started the run
            files_seen INTEGER NOT NULL DEFAULT 0,
            documents_loaded INTEGER NOT NULL DEFAULT 0,
            documents_skipped INTEGER NOT NULL DEFAULT 0,   -- already stored, same content and config
            failures INTEGER NOT NULL DEFAULT 0
        );

        -- One row per distinct file content: what the document is, and where it came from.
        CREATE TABLE document (
            id TEXT PRIMARY KEY,                      -- first 16 hex digits of sha256
            sha256 TEXT NOT NULL UNIQUE,
            path TEXT NOT NULL,                       -- where the file was found
            format TEXT NOT NULL CHECK (format IN ('pdf', 'docx')),
            size_bytes INTEGER NOT NULL,
            page_count INTEGER,                       -- NULL for DOCX, which has no pages
            text_length INTEGER NOT NULL,             -- characters of extracted text
            kind TEXT NOT NULL DEFAULT 'other',       -- recommendation | amendment | corrigendum | erratum |
                                                      -- supplement | annex | contribution | td | liaison | report | other
            identifier TEXT,                          -- X.1281, Y.4901/L.1601, T25-SG17-C-0123
            edition TEXT,                             -- MM/YYYY for Recommendations
            status TEXT,                              -- in-force | superseded | pre-published
            part TEXT,                                -- Amd 1, Cor 2, Suppl 85
            study_period TEXT,                        -- 2025-2028
            working_party TEXT,                       -- WP3/17
            meeting TEXT,                             -- Geneva, 8-17 April 2026
            common_text TEXT,                         -- the ISO/IEC twin of a common text: ISO/IEC 29151
            language TEXT,                            -- en | fr | es | ru | zh | ar
            title TEXT,
            source TEXT,                              -- the front-page Source of contributions and TDs
            date TEXT,                                -- YYYY-MM or YYYY-MM-DD
            fields TEXT NOT NULL DEFAULT '{}',        -- JSON: front-page fields as written
            disagreements TEXT NOT NULL DEFAULT '[]', -- JSON: where less trusted sources disagreed
            metadata TEXT NOT NULL DEFAULT '{}',      -- JSON: the file's own metadata (PDF Info, docProps)
            quality TEXT NOT NULL DEFAULT '{}',       -- JSON: extraction quality signals
            extractor_version TEXT NOT NULL,
            taxonomy_version TEXT,
            taxonomy_hash TEXT,
            config_hash TEXT,
            run_id INTEGER NOT NULL REFERENCES run(id)
        );
        CREATE INDEX document_path ON document(path);
        CREATE INDEX document_identifier ON document(identifier);
        CREATE INDEX document_kind ON document(kind);

        CREATE TABLE document_text (
            document_id TEXT PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
            text TEXT NOT NULL                        -- pages separated by form feeds (U+000C)
        );

        -- Paragraphs, list items and table rows, with the clause they stand in.
        CREATE TABLE passage (
            id TEXT PRIMARY KEY,                      -- <document id>-<ordinal>
            document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,                 -- position in the document, from 0
            section TEXT,                             -- 6.2.1, Annex A, Appendix I
            heading TEXT,
            page INTEGER,                             -- 1-based, PDF only
            kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('requirement', 'use-case', 'gap', 'other')),
            text TEXT NOT NULL,
            UNIQUE (document_id, ordinal)
        );

        -- Taxonomy categories given to documents (passage_id NULL) and to passages, with their evidence.
        CREATE TABLE label (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            passage_id TEXT REFERENCES passage(id) ON DELETE CASCADE,
            category TEXT NOT NULL,                   -- taxonomy node id: identity, identity-foundational-id
            score REAL NOT NULL,
            keyword_score REAL NOT NULL,
            tfidf_score REAL NOT NULL,
            evidence TEXT NOT NULL DEFAULT '[]',      -- JSON: [{term, field, passage, start, end, weight}]
            taxonomy_version TEXT
        );
        CREATE INDEX label_document ON label(document_id);
        CREATE INDEX label_category ON label(category);

        -- What each document cites, normalised, and the stored document it resolves to (NULL: unresolved).
        CREATE TABLE reference (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            passage_id TEXT REFERENCES passage(id) ON DELETE SET NULL,
            cited TEXT NOT NULL,                      -- ITU-T X.509, ISO/IEC 27001, IETF RFC 6749
            kind TEXT NOT NULL,                       -- itu-t | iso | iec | iso-iec | ietf | w3c | etsi | ieee | work-item | other
            edition TEXT,                             -- MM/YYYY when the citation names one
            raw TEXT NOT NULL,                        -- as written
            resolved_document_id TEXT REFERENCES document(id) ON DELETE SET NULL,
            UNIQUE (document_id, cited)
        );
        CREATE INDEX reference_cited ON reference(cited);
        CREATE INDEX reference_resolved ON reference(resolved_document_id);

        -- ITU-T study groups (2025-2028 numbering) and their Questions.
        CREATE TABLE study_group (
            id TEXT PRIMARY KEY,                      -- SG17, TSAG
            number INTEGER,
            title TEXT,
            merged_into TEXT REFERENCES study_group(id)   -- SG9 and SG16 became SG21 in 2025
        );
        CREATE TABLE question (
            id TEXT PRIMARY KEY,                      -- Q10/17
            study_group_id TEXT NOT NULL REFERENCES study_group(id),
            number INTEGER NOT NULL
        );
        CREATE TABLE document_study_group (
            document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            study_group_id TEXT NOT NULL REFERENCES study_group(id),
            as_written TEXT,                          -- SG16, Study Group XVII: when it differs
            PRIMARY KEY (document_id, study_group_id)
        );
        CREATE TABLE document_question (
            document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL REFERENCES question(id),
            PRIMARY KEY (document_id, question_id)
        );

        -- Links between stored documents, recomputed after every run.
        CREATE TABLE document_link (
            from_document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            to_document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            relation TEXT NOT NULL CHECK (relation IN ('supersedes', 'amends', 'corrects', 'supplements', 'translation-of')),
            PRIMARY KEY (from_document_id, to_document_id, relation)
        );

        -- The taxonomy the labels come from (replaced when the taxonomy changes), so reports and
        -- researchers can join labels to names, parents, expected study groups and GovStack blocks.
        CREATE TABLE category (
            id TEXT PRIMARY KEY,                      -- identity, identity-foundational-id
            parent_id TEXT REFERENCES category(id),   -- NULL for the 15 topics
            position INTEGER NOT NULL,                -- order in the taxonomy file
            label TEXT NOT NULL,                      -- English label
            labels TEXT NOT NULL DEFAULT '{}',        -- JSON: label per language
            definition TEXT
        );
        CREATE TABLE category_study_group (           -- study groups expected to work on a category
            category_id TEXT NOT NULL REFERENCES category(id) ON DELETE CASCADE,
            study_group_id TEXT NOT NULL,
            PRIMARY KEY (category_id, study_group_id)
        );
        CREATE TABLE building_block (                 -- GovStack building blocks
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            status TEXT
        );
        CREATE TABLE category_building_block (
            category_id TEXT NOT NULL REFERENCES category(id) ON DELETE CASCADE,
            building_block_id TEXT NOT NULL REFERENCES building_block(id) ON DELETE CASCADE,
            PRIMARY KEY (category_id, building_block_id)
        );

        -- Full-text search (FTS5, BM25). The indexed text is SearchText.indexForm of the original:
        -- Chinese and Japanese runs written as character bigrams; search with the same form.
        CREATE VIRTUAL TABLE passage_search USING fts5(
            text,                                     -- the passage in index form
            passage_id UNINDEXED,
            document_id UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE VIRTUAL TABLE document_search USING fts5(
            title,                                    -- title, identifier, source, keywords in index form
            document_id UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2'
        );

        -- Files that could not be made into documents, and why.
        CREATE TABLE failure (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            path TEXT NOT NULL UNIQUE,                -- the latest failure of each file
            sha256 TEXT,
            format TEXT,
            stage TEXT NOT NULL,                      -- discover | extract | load
            reason TEXT NOT NULL,                     -- empty | encrypted | corrupt | truncated | unsupported |
                                                      -- too-large | timeout | crashed | unreadable
            message TEXT NOT NULL,
            run_id INTEGER NOT NULL REFERENCES run(id)
        );
        """

    /// What re-classifying a stored document without extracting it again needs: each passage's clause
    /// path (the classifier weighs front matter less), and a count of re-classified documents per run.
    private static let v2Reclassification = """
        -- JSON: the clause numbers from the top down to the passage's section: ["6", "6.2", "6.2.1"].
        ALTER TABLE passage ADD COLUMN section_path TEXT NOT NULL DEFAULT '[]';
        -- Stored documents whose labels this run replaced because the taxonomy or classifier changed.
        ALTER TABLE run ADD COLUMN documents_reclassified INTEGER NOT NULL DEFAULT 0;
        """

    /// The 2025-2028 study groups, and the two merged into SG21 (kept so older documents resolve).
    private static func seedStudyGroups(_ db: Database) throws {
        let groups: [(String, Int?, String, String?)] = [
            ("SG2", 2, "Operational aspects of telecommunications and ICTs", nil),
            ("SG3", 3, "Economic and policy issues", nil),
            ("SG5", 5, "Environment, climate action, circular economy and electromagnetic fields", nil),
            ("SG9", 9, "Broadband cable and television (merged into SG21 in 2025)", "SG21"),
            ("SG11", 11, "Signalling requirements, protocols, test specifications and combating counterfeiting", nil),
            ("SG12", 12, "Performance, quality of service and quality of experience", nil),
            ("SG13", 13, "Future networks and emerging network technologies", nil),
            ("SG15", 15, "Networks, technologies and infrastructures for transport, access and home", nil),
            ("SG16", 16, "Multimedia (merged into SG21 in 2025)", "SG21"),
            ("SG17", 17, "Security", nil),
            ("SG20", 20, "IoT, digital twins and smart sustainable cities and communities", nil),
            ("SG21", 21, "Technologies for multimedia, content delivery and cable television", nil),
            ("TSAG", nil, "Telecommunication Standardization Advisory Group", nil),
        ]
        for (id, number, title, mergedInto) in groups where mergedInto == nil {
            try db.execute(
                sql: "INSERT INTO study_group (id, number, title) VALUES (?, ?, ?)", arguments: [id, number, title])
        }
        for (id, number, title, mergedInto) in groups where mergedInto != nil {
            try db.execute(
                sql: "INSERT INTO study_group (id, number, title, merged_into) VALUES (?, ?, ?, ?)",
                arguments: [id, number, title, mergedInto])
        }
    }
}
