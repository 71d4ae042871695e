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
    /// The terms of every stored document's text, with its language, by document id.
    public func documentTerms(tokenizer: Tokenizer) throws -> [String: Similarity.Terms] {
        let languages = try pool.read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, language FROM document").map {
                    ($0["id"] as String, $0["language"] as String?)
                })
        }
        var documents: [String: Similarity.Terms] = [:]
        try forEachDocumentText { id, text in
            documents[id] = Similarity.terms(text, tokenizer: tokenizer, language: languages[id] ?? nil)
        }
        return documents
    }

    /// The stored documents nearest to document `id` by TF-IDF cosine similarity of their texts, best first;
    /// the IDF is that of the stored texts, computed now. Empty when the document has no text.
    public func similarDocuments(
        to id: String, limit: Int, termLimit: Int = 5, tokenizer: Tokenizer = Tokenizer()
    ) throws -> [SimilarDocument] {
        let documents = try documentTerms(tokenizer: tokenizer)
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
