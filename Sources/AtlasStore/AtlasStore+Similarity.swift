import AtlasCore
import Foundation
import GRDB

/// A stored document close to another one, as `dpiatlas similar` lists it.
public struct SimilarDocument: Sendable, Hashable, Codable {
    public var documentID: String
    public var kind: String
    public var identifier: String?
    public var edition: String?
    public var part: String?
    public var language: String?
    public var title: String?
    public var date: String?
    /// TF-IDF cosine similarity with the document asked about, 0 to 1.
    public var score: Double
    /// The shared terms that add most to the score, largest first.
    public var sharedTerms: [Similarity.SharedTerm]

    public init(
        documentID: String, kind: String, identifier: String?, edition: String?, part: String?, language: String?,
        title: String?, date: String?, score: Double, sharedTerms: [Similarity.SharedTerm]
    ) {
        self.documentID = documentID
        self.kind = kind
        self.identifier = identifier
        self.edition = edition
        self.part = part
        self.language = language
        self.title = title
        self.date = date
        self.score = score
        self.sharedTerms = sharedTerms
    }
}

extension AtlasStore {
    /// The terms of every stored document's text, with its language, by document id: from `document_term`,
    /// or, in a database that has not had the `v3-document-terms` migration (opened read-only), from the texts.
    public func documentTerms() throws -> [String: Similarity.Terms] {
        try pool.read { db in
            var documents: [String: Similarity.Terms] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT d.id, d.language FROM document d JOIN document_text t ON t.document_id = d.id")
            {
                documents[row["id"]] = Similarity.Terms(counts: [:], language: row["language"])
            }
            guard try db.tableExists("document_term") else {
                let texts = try Row.fetchCursor(db, sql: "SELECT document_id, text FROM document_text")
                while let row = try texts.next() {
                    let id: String = row["document_id"]
                    documents[id] = Similarity.terms(
                        row["text"], tokenizer: Tokenizer(), language: documents[id]?.language)
                }
                return documents
            }
            let rows = try Row.fetchCursor(db, sql: "SELECT document_id, term, count, neutral FROM document_term")
            while let row = try rows.next() {
                let id: String = row[0]
                let term: String = row[1]
                let count: Double = row[2]
                let neutral: Bool = row[3]
                documents[id]?.counts[term] = count
                if neutral { documents[id]?.neutral.insert(term) }
            }
            return documents
        }
    }

    /// The stored documents nearest to document `id` by TF-IDF cosine similarity of their texts, best first;
    /// the IDF is that of the stored texts, computed now (the terms are stored with each document, in
    /// `document_term`). Empty when the document has no text.
    public func similarDocuments(to id: String, limit: Int, termLimit: Int = 5) throws -> [SimilarDocument] {
        let documents = try documentTerms()
        let neighbours = Similarity.nearest(to: id, among: documents, limit: limit, termLimit: termLimit)
        return try pool.read { db in
            try neighbours.compactMap { neighbour in
                guard
                    let row = try Row.fetchOne(
                        db,
                        sql: "SELECT kind, identifier, edition, part, language, title, date FROM document WHERE id = ?",
                        arguments: [neighbour.id])
                else { return nil }
                return SimilarDocument(
                    documentID: neighbour.id, kind: row["kind"], identifier: row["identifier"],
                    edition: row["edition"], part: row["part"], language: row["language"], title: row["title"],
                    date: row["date"], score: neighbour.score, sharedTerms: neighbour.sharedTerms)
            }
        }
    }
}
