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
    public var title: String?
    public var textLength: Int
    public var runID: Int64
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
    /// Whether a document with this content is already stored.
    public func containsDocument(sha256: String) throws -> Bool {
        try pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM document WHERE sha256 = ?)", arguments: [sha256])
                ?? false
        }
    }

    /// Stores one document and its text in one transaction, and clears any earlier failure of its path.
    public func saveDocument(
        _ source: SourceFile, _ extracted: ExtractedDocument, runID: Int64, extractorVersion: String
    )
        throws
    {
        let text = extracted.text
        let metadata = try String(decoding: JSONEncoder.sorted.encode(extracted.metadata), as: UTF8.self)
        try pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO document (id, sha256, path, format, size_bytes, page_count, title, text_length,
                        metadata, extractor_version, run_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    source.documentID, source.sha256, source.path, extracted.format.rawValue, source.size,
                    extracted.pageCount, extracted.title, text.count, metadata, extractorVersion, runID,
                ])
            try db.execute(
                sql: "INSERT INTO document_text (document_id, text) VALUES (?, ?)",
                arguments: [source.documentID, text])
            try db.execute(sql: "DELETE FROM failure WHERE path = ?", arguments: [source.path])
        }
    }

    /// Records that a file failed, replacing an earlier failure of the same path.
    public func saveFailure(
        path: String, source: SourceFile?, stage: String, failure: ExtractionFailure, runID: Int64
    )
        throws
    {
        try pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO failure (path, sha256, format, stage, reason, message, run_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, format = excluded.format,
                        stage = excluded.stage, reason = excluded.reason, message = excluded.message,
                        run_id = excluded.run_id
                    """,
                arguments: [
                    path, source?.sha256, source?.format.rawValue, stage, failure.reason.rawValue, failure.message,
                    runID,
                ])
        }
    }

    public func documents() throws -> [StoredDocument] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, sha256, path, format, size_bytes, page_count, title, text_length, run_id
                    FROM document ORDER BY path, id
                    """
            ).map { row in
                StoredDocument(
                    id: row["id"], sha256: row["sha256"], path: row["path"], format: row["format"],
                    sizeBytes: row["size_bytes"], pageCount: row["page_count"], title: row["title"],
                    textLength: row["text_length"], runID: row["run_id"])
            }
        }
    }

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
}

extension JSONEncoder {
    /// Sorted keys, so the same values always give the same bytes.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
