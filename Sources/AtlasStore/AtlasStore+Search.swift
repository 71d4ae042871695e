import AtlasCore
import Foundation
import GRDB

/// A passage that matched a full-text query.
public struct PassageHit: Sendable, Hashable, Codable {
    public var documentID: String
    public var passageID: String
    public var section: String?
    /// The passage with the matched terms between `[` and `]`.
    public var snippet: String
    /// BM25 as SQLite computes it: lower is better.
    public var rank: Double
}

extension AtlasStore {
    /// Full-text search over passages, best first. Every word of the query must occur; a Chinese
    /// word matches as the sequence of its bigrams. The query is never read as FTS5 syntax.
    public func searchPassages(_ query: String, limit: Int = 20) throws -> [PassageHit] {
        guard let match = Self.matchExpression(query) else { return [] }
        return try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.document_id, s.passage_id, p.section,
                        snippet(passage_search, 0, '[', ']', '…', 16) AS snippet, bm25(passage_search) AS rank
                    FROM passage_search s JOIN passage p ON p.id = s.passage_id
                    WHERE passage_search MATCH ?
                    ORDER BY rank, s.passage_id
                    LIMIT ?
                    """, arguments: [match, limit]
            ).map {
                PassageHit(
                    documentID: $0["document_id"], passageID: $0["passage_id"], section: $0["section"],
                    snippet: $0["snippet"], rank: $0["rank"])
            }
        }
    }

    /// Each query word as a quoted FTS5 phrase (quotes doubled), all of them required.
    static func matchExpression(_ query: String) -> String? {
        let phrases = query.split(whereSeparator: \.isWhitespace).map { word -> String in
            let indexed = SearchText.indexForm(String(word)).replacingOccurrences(of: "\"", with: "\"\"")
            return "\"\(indexed)\""
        }
        return phrases.isEmpty ? nil : phrases.joined(separator: " AND ")
    }
}
