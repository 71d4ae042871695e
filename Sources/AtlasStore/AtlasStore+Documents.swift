import AtlasCore
import Foundation
import GRDB

extension AtlasStore {
    /// Stores one document with its text, passages, labels, references, study groups and Questions
    /// in one transaction, and clears any earlier failure of its path. A killed process leaves either
    /// all of it or none of it.
    public func save(_ document: ProcessedDocument, provenance: Provenance, runID: Int64) throws {
        try save([document], provenance: provenance, runID: runID)
    }

    /// Stores several documents in one transaction (cheaper than one each: fewer commits, fewer
    /// full-text segments to merge). A killed process leaves all of them or none of them.
    public func save(_ documents: [ProcessedDocument], provenance: Provenance, runID: Int64) throws {
        guard !documents.isEmpty else { return }
        let rows = try documents.map { try DocumentRow($0) }
        try pool.write { db in
            for (document, row) in zip(documents, rows) {
                try insert(document, row, provenance: provenance, runID: runID, db)
            }
        }
    }

    /// The JSON columns and term counts of a `document` row, made before the write transaction.
    private struct DocumentRow {
        var metadata, quality, fields, disagreements: String
        var terms: Similarity.Terms

        init(_ document: ProcessedDocument) throws {
            let encoder = JSONEncoder.sorted
            metadata = try encoder.string(document.extracted.metadata)
            quality = try encoder.string(document.extracted.quality)
            fields = try encoder.string(document.identity.fields)
            disagreements = try encoder.string(document.identity.disagreements)
            terms = document.terms ?? Similarity.terms(document.extracted.text, tokenizer: Tokenizer())
        }
    }

    private func insert(
        _ document: ProcessedDocument, _ row: DocumentRow, provenance: Provenance, runID: Int64, _ db: Database
    ) throws {
        let id = document.source.documentID
        let text = document.extracted.text
        try db.cachedStatement(
            sql: """
                INSERT INTO document (id, sha256, path, format, size_bytes, page_count, text_length,
                    kind, identifier, edition, status, part, study_period, working_party, meeting, common_text,
                    language, title, source, date, fields, disagreements, metadata, quality,
                    extractor_version, taxonomy_version, taxonomy_hash, config_hash, run_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            binding: Self.documentArguments(
                id, document, text: text, fields: row.fields, disagreements: row.disagreements,
                metadata: row.metadata, quality: row.quality, provenance: provenance, runID: runID))
        try db.cachedStatement(sql: "INSERT INTO document_text (document_id, text) VALUES (?, ?)")
            .execute(binding: [id, text])
        try Self.insertTerms(row.terms, of: id, db)
        try insertPassages(document.passages, of: id, db)
        try insertLabels(document.labels, of: id, taxonomyVersion: provenance.taxonomyVersion, db)
        try insertReferences(document.references, of: id, db)
        try insertStudyGroups(document.identity, of: id, db)
        try indexForSearch(document, db)
        try db.cachedStatement(sql: "DELETE FROM failure WHERE path = ?").execute(binding: [document.source.path])
    }

    /// The values of a `document` row, in column order. Built in parts: one literal of 28
    /// existentials made a stack frame large enough to overflow a test thread's stack in debug builds.
    private static func documentArguments(
        _ id: String, _ document: ProcessedDocument, text: String, fields: String, disagreements: String,
        metadata: String, quality: String, provenance: Provenance, runID: Int64
    ) -> StatementArguments {
        let identity = document.identity
        let extracted = document.extracted
        let file: [(any DatabaseValueConvertible)?] = [
            id, document.source.sha256, document.source.path, extracted.format.rawValue, document.source.size,
            extracted.pageCount, text.count,
        ]
        let what: [(any DatabaseValueConvertible)?] = [
            identity.kind.rawValue, identity.identifier, identity.edition, identity.status?.rawValue, identity.part,
            identity.studyPeriod, identity.workingParty,
        ]
        let about: [(any DatabaseValueConvertible)?] = [
            identity.meeting, identity.commonText, identity.language, identity.title ?? extracted.title,
            identity.source, identity.date, fields,
        ]
        let origin: [(any DatabaseValueConvertible)?] = [
            disagreements, metadata, quality, provenance.extractorVersion, provenance.taxonomyVersion,
            provenance.taxonomyHash, provenance.configHash, runID,
        ]
        var arguments = StatementArguments(file)
        arguments += StatementArguments(what)
        arguments += StatementArguments(about)
        arguments += StatementArguments(origin)
        return arguments
    }

    static func passageID(_ documentID: String, _ ordinal: Int) -> String { "\(documentID)-\(ordinal)" }

    private func insertPassages(_ passages: [Passage], of documentID: String, _ db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO passage (id, document_id, ordinal, section, heading, page, kind, text, section_path)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for passage in passages {
            try statement.execute(binding: [
                Self.passageID(documentID, passage.ordinal), documentID, passage.ordinal, passage.section,
                passage.heading, passage.page, passage.kind.rawValue, passage.text,
                StoredJSON.strings(passage.sectionPath),
            ])
        }
    }

    func insertLabels(
        _ labels: [Label], of documentID: String, taxonomyVersion: String?, _ db: Database
    )
        throws
    {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO label (document_id, passage_id, category, score, keyword_score, tfidf_score, evidence,
                    taxonomy_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for label in labels {
            try statement.execute(binding: [
                documentID, label.passage.map { Self.passageID(documentID, $0) }, label.category, label.score,
                label.keywordScore, label.tfidfScore, StoredJSON.evidence(label.evidence), taxonomyVersion,
            ])
        }
    }

    private func insertReferences(_ references: [Reference], of documentID: String, _ db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO reference (document_id, passage_id, cited, kind, edition, raw)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (document_id, cited) DO NOTHING
                """)
        for reference in references {
            try statement.execute(binding: [
                documentID, reference.passage.map { Self.passageID(documentID, $0) }, reference.cited,
                reference.kind.rawValue, reference.edition, reference.raw,
            ])
        }
    }

    private func insertStudyGroups(_ identity: DocumentIdentity, of documentID: String, _ db: Database) throws {
        let studyGroup = try db.cachedStatement(sql: "INSERT OR IGNORE INTO study_group (id, number) VALUES (?, ?)")
        for group in identity.studyGroups {
            try studyGroup.execute(binding: [group.id, Int(group.id.dropFirst(2))])
            try db.cachedStatement(
                sql: """
                    INSERT OR IGNORE INTO document_study_group (document_id, study_group_id, as_written)
                    VALUES (?, ?, ?)
                    """
            ).execute(binding: [documentID, group.id, group.original])
        }
        for question in identity.questions {
            // Q10/17: Question 10 of SG17.
            let parts = question.dropFirst().split(separator: "/")
            guard parts.count == 2, let number = Int(parts[0]), let group = Int(parts[1]) else { continue }
            try studyGroup.execute(binding: ["SG\(group)", group])
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO question (id, study_group_id, number) VALUES (?, ?, ?)")
                .execute(binding: [question, "SG\(group)", number])
            try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO document_question (document_id, question_id) VALUES (?, ?)"
            ).execute(binding: [documentID, question])
        }
    }

    private func indexForSearch(_ document: ProcessedDocument, _ db: Database) throws {
        let id = document.source.documentID
        let identity = document.identity
        let heading = [
            identity.title ?? document.extracted.title, identity.identifier, identity.part, identity.source,
            identity.fields["Keywords"],
        ].compactMap { $0 }.joined(separator: " ")
        try db.cachedStatement(sql: "INSERT INTO document_search (title, document_id) VALUES (?, ?)")
            .execute(binding: [SearchText.indexForm(heading), id])
        // Without CJK text, a passage's index form is its text: copied from the rows just stored.
        if document.passages.allSatisfy({ SearchText.isIndexForm($0.text) }) {
            try db.cachedStatement(
                sql: """
                    INSERT INTO passage_search (text, passage_id, document_id)
                    SELECT text, id, document_id FROM passage WHERE document_id = ? ORDER BY ordinal
                    """
            ).execute(binding: [id])
            return
        }
        let statement = try db.cachedStatement(
            sql: "INSERT INTO passage_search (text, passage_id, document_id) VALUES (?, ?, ?)")
        for passage in document.passages {
            try statement.execute(binding: [
                SearchText.indexForm(passage.text), Self.passageID(id, passage.ordinal), id,
            ])
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
}

extension JSONEncoder {
    /// Sorted keys, so the same values always give the same bytes.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    func string(_ value: some Encodable) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }
}
