import AtlasCore
import Foundation
import GRDB

/// A stored document as a researcher sees its row.
public struct StoredDocument: Sendable, Hashable, Codable {
    public var id: String
    public var sha256: String
    public var path: String
    public var format: String
    public var sizeBytes: Int
    public var pageCount: Int?
    public var textLength: Int
    public var kind: String
    public var identifier: String?
    public var edition: String?
    public var status: String?
    public var part: String?
    public var language: String?
    public var title: String?
    public var source: String?
    public var date: String?
    public var runID: Int64

    init(row: Row) {
        id = row["id"]
        sha256 = row["sha256"]
        path = row["path"]
        format = row["format"]
        sizeBytes = row["size_bytes"]
        pageCount = row["page_count"]
        textLength = row["text_length"]
        kind = row["kind"]
        identifier = row["identifier"]
        edition = row["edition"]
        status = row["status"]
        part = row["part"]
        language = row["language"]
        title = row["title"]
        source = row["source"]
        date = row["date"]
        runID = row["run_id"]
    }
}

/// A stored failure: a file that could not be made into a document, and why.
public struct StoredFailure: Sendable, Hashable, Codable {
    public var path: String
    public var sha256: String?
    public var format: String?
    public var stage: String
    public var reason: String
    public var message: String
    public var runID: Int64
}

extension AtlasStore {
    public func documents() throws -> [StoredDocument] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM document ORDER BY path, id").map(StoredDocument.init(row:))
        }
    }

    /// The document a researcher names: by id (or a unique id prefix), by path, or by identifier
    /// (the newest edition in force first, then the newest).
    public func document(matching name: String) throws -> StoredDocument? {
        try pool.read { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT * FROM document
                    WHERE id = :name OR path = :name OR identifier = :name
                        OR (length(:name) >= 6 AND id LIKE :name || '%')
                        OR (part IS NOT NULL AND identifier || ' ' || part = :name)
                    ORDER BY id = :name DESC, path = :name DESC, part IS NOT NULL,
                        status = 'in-force' DESC, \(Self.editionOrder) DESC, language = 'en' DESC, id
                    LIMIT 1
                    """, arguments: ["name": name])
            return row.map(StoredDocument.init(row:))
        }
    }

    /// Sorts `MM/YYYY` editions as `YYYYMM`.
    static let editionOrder = "(substr(edition, 4, 4) || substr(edition, 1, 2))"

    public func failures() throws -> [StoredFailure] {
        try pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT path, sha256, format, stage, reason, message, run_id FROM failure ORDER BY path"
            ).map { row in
                StoredFailure(
                    path: row["path"], sha256: row["sha256"], format: row["format"], stage: row["stage"],
                    reason: row["reason"], message: row["message"], runID: row["run_id"])
            }
        }
    }

    /// The extracted text of a document, or `nil` when there is no such document.
    public func text(ofDocument id: String) throws -> String? {
        try pool.read { db in
            try String.fetchOne(db, sql: "SELECT text FROM document_text WHERE document_id = ?", arguments: [id])
        }
    }

    /// The extraction quality signals of a document, as JSON.
    public func quality(ofDocument id: String) throws -> String? {
        try pool.read { db in
            try String.fetchOne(db, sql: "SELECT quality FROM document WHERE id = ?", arguments: [id])
        }
    }

    public func passages(ofDocument id: String) throws -> [Passage] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT ordinal, section, heading, page, kind, text FROM passage
                    WHERE document_id = ? ORDER BY ordinal
                    """, arguments: [id]
            ).map { row in
                Passage(
                    ordinal: row["ordinal"], section: row["section"], heading: row["heading"], page: row["page"],
                    text: row["text"], kind: Passage.Kind(rawValue: row["kind"]) ?? .other)
            }
        }
    }
}
