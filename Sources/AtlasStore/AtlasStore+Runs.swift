import AtlasCore
import Foundation
import GRDB

/// What a run did, counted as it went.
public struct RunCounts: Sendable, Hashable, Codable {
    public var filesSeen = 0
    public var documentsLoaded = 0
    public var documentsSkipped = 0
    /// Already stored with the same content but classified with another taxonomy or classifier:
    /// labelled again from the stored passages, without extracting.
    public var documentsReclassified = 0
    public var failures = 0

    public init() {}
}

extension AtlasStore {
    public func beginRun(
        command: String, toolVersion: String, extractorVersion: String, startedAt: Date,
        provenance: Provenance? = nil
    ) throws -> Int64 {
        try pool.write { db in
            // A run still marked running was killed: no process writes a store but the current one.
            try db.execute(sql: "UPDATE run SET status = 'interrupted' WHERE status = 'running'")
            try db.execute(
                sql: """
                    INSERT INTO run (started_at, status, tool_version, extractor_version, taxonomy_version,
                        taxonomy_hash, config_hash, command)
                    VALUES (?, 'running', ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    Self.timestamp(startedAt), toolVersion, extractorVersion, provenance?.taxonomyVersion,
                    provenance?.taxonomyHash, provenance?.configHash, command,
                ])
            return db.lastInsertedRowID
        }
    }

    public func finishRun(_ runID: Int64, counts: RunCounts, finishedAt: Date, interrupted: Bool = false) throws {
        try pool.write { db in
            try db.execute(
                sql: """
                    UPDATE run SET finished_at = ?, status = ?, files_seen = ?, documents_loaded = ?,
                        documents_skipped = ?, documents_reclassified = ?, failures = ?
                    WHERE id = ?
                    """,
                arguments: [
                    Self.timestamp(finishedAt), interrupted ? "interrupted" : "finished", counts.filesSeen,
                    counts.documentsLoaded, counts.documentsSkipped, counts.documentsReclassified, counts.failures,
                    runID,
                ])
        }
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}

/// A stored run.
public struct StoredRun: Sendable, Hashable, Codable {
    public var id: Int64
    public var status: String
    public var command: String
    public var counts: RunCounts
}

extension AtlasStore {
    public func runs() throws -> [StoredRun] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, status, command, files_seen, documents_loaded, documents_skipped, documents_reclassified,
                        failures
                    FROM run ORDER BY id
                    """
            ).map { row in
                var counts = RunCounts()
                counts.filesSeen = row["files_seen"]
                counts.documentsLoaded = row["documents_loaded"]
                counts.documentsSkipped = row["documents_skipped"]
                counts.documentsReclassified = row["documents_reclassified"]
                counts.failures = row["failures"]
                return StoredRun(id: row["id"], status: row["status"], command: row["command"], counts: counts)
            }
        }
    }
}
