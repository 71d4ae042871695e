import AtlasCore
import Foundation
import GRDB

/// One document with everything linked to it: what `dpiatlas show` prints.
public struct DocumentDetails: Sendable, Codable {
    public struct StudyGroup: Sendable, Codable {
        public var id: String
        public var asWritten: String?
    }

    public struct CitedDocument: Sendable, Codable {
        public var cited: String
        public var kind: String
        public var edition: String?
        public var raw: String
        /// The clause of the citing passage.
        public var section: String?
        /// `nil` while no stored document matches.
        public var resolvedID: String?
        public var resolvedTitle: String?
    }

    public struct CitingDocument: Sendable, Codable {
        public var id: String
        public var kind: String
        public var identifier: String?
        public var title: String?
        public var cited: String
    }

    public struct Link: Sendable, Codable {
        /// `supersedes`, `superseded-by`, `amends`, `amended-by`, `translation-of`, …
        public var relation: String
        public var id: String
        public var identifier: String?
        public var edition: String?
        public var part: String?
        public var language: String?
    }

    public var document: StoredDocument
    public var studyPeriod: String?
    public var workingParty: String?
    public var studyGroups: [StudyGroup]
    public var questions: [String]
    public var fields: [String: String]
    public var disagreements: [String]
    public var labels: [Label]
    public var passageKinds: [String: Int]
    public var referencesOut: [CitedDocument]
    public var referencesIn: [CitingDocument]
    public var links: [Link]
}

extension AtlasStore {
    public func details(of id: String) throws -> DocumentDetails? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM document WHERE id = ?", arguments: [id]) else {
                return nil
            }
            let decoder = JSONDecoder()
            let studyGroups = try Row.fetchAll(
                db,
                sql: "SELECT study_group_id, as_written FROM document_study_group WHERE document_id = ? ORDER BY 1",
                arguments: [id]
            ).map { DocumentDetails.StudyGroup(id: $0["study_group_id"], asWritten: $0["as_written"]) }
            let questions = try String.fetchAll(
                db, sql: "SELECT question_id FROM document_question WHERE document_id = ? ORDER BY 1", arguments: [id])
            let labels = try Row.fetchAll(
                db,
                sql: """
                    SELECT category, score, keyword_score, tfidf_score, evidence FROM label
                    WHERE document_id = ? AND passage_id IS NULL ORDER BY score DESC, category
                    """, arguments: [id]
            ).map { label in
                Label(
                    category: label["category"], score: label["score"], keywordScore: label["keyword_score"],
                    tfidfScore: label["tfidf_score"],
                    evidence: (try? decoder.decode([Evidence].self, from: Data((label["evidence"] as String).utf8)))
                        ?? [])
            }
            var passageKinds: [String: Int] = [:]
            for kind in try Row.fetchAll(
                db, sql: "SELECT kind, count(*) AS n FROM passage WHERE document_id = ? GROUP BY kind", arguments: [id])
            {
                passageKinds[kind["kind"]] = kind["n"]
            }
            let referencesOut = try Row.fetchAll(
                db,
                sql: """
                    SELECT r.cited, r.kind, r.edition, r.raw, p.section, r.resolved_document_id,
                        d.title AS resolved_title
                    FROM reference r LEFT JOIN passage p ON p.id = r.passage_id
                        LEFT JOIN document d ON d.id = r.resolved_document_id
                    WHERE r.document_id = ? ORDER BY r.resolved_document_id IS NULL, r.cited
                    """, arguments: [id]
            ).map {
                DocumentDetails.CitedDocument(
                    cited: $0["cited"], kind: $0["kind"], edition: $0["edition"], raw: $0["raw"],
                    section: $0["section"], resolvedID: $0["resolved_document_id"], resolvedTitle: $0["resolved_title"])
            }
            let referencesIn = try Row.fetchAll(
                db,
                sql: """
                    SELECT d.id, d.kind, d.identifier, d.title, r.cited
                    FROM reference r JOIN document d ON d.id = r.document_id
                    WHERE r.resolved_document_id = ? ORDER BY d.identifier, d.id
                    """, arguments: [id]
            ).map {
                DocumentDetails.CitingDocument(
                    id: $0["id"], kind: $0["kind"], identifier: $0["identifier"], title: $0["title"],
                    cited: $0["cited"])
            }
            let links = try Row.fetchAll(
                db,
                sql: """
                    SELECT l.relation, d.id, d.identifier, d.edition, d.part, d.language
                    FROM document_link l JOIN document d ON d.id = l.to_document_id
                    WHERE l.from_document_id = :id
                    UNION ALL
                    SELECT CASE l.relation WHEN 'supersedes' THEN 'superseded-by' WHEN 'amends' THEN 'amended-by'
                            WHEN 'corrects' THEN 'corrected-by' WHEN 'supplements' THEN 'supplemented-by'
                            ELSE NULL END,
                        d.id, d.identifier, d.edition, d.part, d.language
                    FROM document_link l JOIN document d ON d.id = l.from_document_id
                    WHERE l.to_document_id = :id AND l.relation <> 'translation-of'
                    ORDER BY 1, 2
                    """, arguments: ["id": id]
            ).map {
                DocumentDetails.Link(
                    relation: $0[0], id: $0["id"], identifier: $0["identifier"], edition: $0["edition"],
                    part: $0["part"], language: $0["language"])
            }
            return DocumentDetails(
                document: StoredDocument(row: row), studyPeriod: row["study_period"],
                workingParty: row["working_party"], studyGroups: studyGroups, questions: questions,
                fields: (try? decoder.decode([String: String].self, from: Data((row["fields"] as String).utf8))) ?? [:],
                disagreements: (try? decoder.decode([String].self, from: Data((row["disagreements"] as String).utf8)))
                    ?? [],
                labels: labels, passageKinds: passageKinds, referencesOut: referencesOut, referencesIn: referencesIn,
                links: links)
        }
    }
}
