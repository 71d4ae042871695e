import AtlasCore
import Foundation
import GRDB

/// A stored document's provenance: what decides whether a run skips it, re-classifies it or extracts it.
public struct StoredProvenance: Sendable, Hashable {
    public var documentID: String
    public var taxonomyHash: String?
    public var configHash: String?
}

/// What the classifier reads, as stored: the same values a fresh extraction would give it.
public struct StoredClassificationInput: Sendable, Hashable {
    public var text: String
    public var title: String?
    public var fields: [String: String]
    public var passages: [Passage]
}

extension AtlasStore {
    /// The stored document with this content, if any.
    public func storedProvenance(sha256: String) throws -> StoredProvenance? {
        try pool.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT id, taxonomy_hash, config_hash FROM document WHERE sha256 = ?
                    """, arguments: [sha256]
            ).map { row in
                StoredProvenance(
                    documentID: row["id"], taxonomyHash: row["taxonomy_hash"], configHash: row["config_hash"])
            }
        }
    }

    /// The text, title, front-page fields and passages of a stored document, for re-classifying it.
    public func classificationInput(documentID: String) throws -> StoredClassificationInput? {
        try pool.read { db in
            guard
                let document = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT d.title, d.fields, t.text FROM document d JOIN document_text t ON t.document_id = d.id
                        WHERE d.id = ?
                        """, arguments: [documentID])
            else { return nil }
            let decoder = JSONDecoder()
            let passages = try Row.fetchAll(
                db,
                sql: """
                    SELECT ordinal, section, heading, page, kind, text, section_path FROM passage
                    WHERE document_id = ? ORDER BY ordinal
                    """, arguments: [documentID]
            ).map { row in
                var passage = Passage(
                    ordinal: row["ordinal"], section: row["section"], heading: row["heading"], page: row["page"],
                    text: row["text"], kind: Passage.Kind(rawValue: row["kind"]) ?? .other)
                passage.sectionPath = try decoder.decode(
                    [String].self, from: Data((row["section_path"] as String).utf8))
                return passage
            }
            let fields = try decoder.decode([String: String].self, from: Data((document["fields"] as String).utf8))
            return StoredClassificationInput(
                text: document["text"], title: document["title"], fields: fields, passages: passages)
        }
    }

    /// Replaces a stored document's labels and passage kinds with a new classification, and records
    /// the taxonomy and classifier it was made with and the run that made it, in one transaction.
    /// Its text, passages, references and identity stay as they are.
    public func replaceClassification(
        documentID: String, labels: [Label], passages: [Passage], provenance: Provenance, runID: Int64
    ) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM label WHERE document_id = ?", arguments: [documentID])
            try insertLabels(labels, of: documentID, taxonomyVersion: provenance.taxonomyVersion, db)
            let statement = try db.makeStatement(sql: "UPDATE passage SET kind = ? WHERE id = ? AND kind <> ?")
            for passage in passages {
                let kind = passage.kind.rawValue
                try statement.execute(binding: [kind, Self.passageID(documentID, passage.ordinal), kind])
            }
            try db.execute(
                sql: """
                    UPDATE document SET taxonomy_version = ?, taxonomy_hash = ?, config_hash = ?, run_id = ?
                    WHERE id = ?
                    """,
                arguments: [
                    provenance.taxonomyVersion, provenance.taxonomyHash, provenance.configHash, runID, documentID,
                ])
        }
    }

    /// The stored failure of this path for this content, when the same extractor version recorded it.
    public func storedFailure(path: String, sha256: String, extractorVersion: String) throws -> ExtractionFailure? {
        try pool.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT f.reason, f.message FROM failure f JOIN run r ON r.id = f.run_id
                        WHERE f.path = ? AND f.sha256 = ? AND r.extractor_version = ?
                        """, arguments: [path, sha256, extractorVersion]),
                let reason = ExtractionFailure.Reason(rawValue: row["reason"])
            else { return nil }
            return ExtractionFailure(reason, row["message"])
        }
    }
}
