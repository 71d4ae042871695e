import AtlasCore
import Foundation
import GRDB

/// What a researcher searches for: words, and filters on what the documents are.
public struct SearchQuery: Sendable, Hashable {
    public var text: String
    /// A taxonomy node id; documents (or passages) labelled with it.
    public var category: String?
    /// `SG17`.
    public var studyGroup: String?
    /// `Q10/17`.
    public var question: String?
    public var kind: String?
    public var language: String?
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive.
    public var since: String?
    public var until: String?
    /// `requirement`, `use-case`, `gap`, `other`: only passages of that kind count as matches.
    public var passageKind: String?
    /// Passages rather than documents.
    public var passages = false
    public var limit = 20

    public init(text: String) { self.text = text }
}

/// One search result: a document (with its best passage) or a passage.
public struct SearchHit: Sendable, Hashable, Codable {
    public var documentID: String
    public var kind: String
    public var identifier: String?
    public var edition: String?
    public var part: String?
    public var language: String?
    public var title: String?
    public var date: String?
    public var studyGroups: [String]
    /// Labels of the document, or of the passage in passage mode.
    public var labels: [String]
    public var passageID: String?
    public var section: String?
    public var passageKind: String?
    /// The matched text with the query terms marked `**like this**`.
    public var snippet: String
    /// BM25 (lower is better); title matches count double.
    public var rank: Double
}

extension AtlasStore {
    /// Searches documents (by their best passage or title) or passages, with filters, best first.
    /// Every word of the query must occur; a Chinese word matches as the sequence of its bigrams.
    /// The query is never read as FTS5 syntax.
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        guard let match = Self.matchExpression(query.text) else { return [] }
        var arguments: [String: (any DatabaseValueConvertible)?] = [
            "match": match, "limit": max(1, query.limit), "category": query.category,
            "studyGroup": query.studyGroup, "question": query.question, "kind": query.kind,
            "language": query.language, "since": query.since, "until": query.until,
            "passageKind": query.passageKind,
        ]
        arguments["includeTitles"] = (query.passages || query.passageKind != nil) ? 0 : 1
        // Snippets are made for the rows shown only (after the LIMIT). Labels are looked up through their
        // document (`label` is indexed by document, not by passage); `+l.category` keeps SQLite from
        // scanning every label of a common category instead.
        let sql = """
            WITH hits AS (
                SELECT s.document_id, s.passage_id, bm25(passage_search) AS rank, s.rowid AS search_rowid
                FROM passage_search s JOIN passage p ON p.id = s.passage_id
                WHERE passage_search MATCH :match
                    AND (:passageKind IS NULL OR p.kind = :passageKind)
                    AND (:category IS NULL OR \(query.passages ? "EXISTS (SELECT 1 FROM label l WHERE l.document_id = p.document_id AND l.passage_id = p.id AND +l.category = :category)" : "1"))
                UNION ALL
                SELECT t.document_id, NULL, 2.0 * bm25(document_search), t.rowid
                FROM document_search t
                WHERE :includeTitles = 1 AND document_search MATCH :match
            ),
            ranked AS (
                SELECT hits.*, row_number() OVER (
                    PARTITION BY \(query.passages ? "hits.passage_id" : "hits.document_id")
                    ORDER BY hits.rank, hits.passage_id) AS position
                FROM hits
            ),
            shown AS (
                SELECT d.id, d.kind, d.identifier, d.edition, d.part, d.language, d.title, d.date,
                    ranked.passage_id, p.section, p.kind AS passage_kind, ranked.rank, ranked.search_rowid
                FROM ranked JOIN document d ON d.id = ranked.document_id
                    LEFT JOIN passage p ON p.id = ranked.passage_id
                WHERE ranked.position = 1
                    AND (:kind IS NULL OR d.kind = :kind)
                    AND (:language IS NULL OR d.language = :language)
                    AND (:since IS NULL OR d.date >= :since)
                    AND (:until IS NULL OR substr(d.date, 1, length(:until)) <= :until)
                    AND (:studyGroup IS NULL OR EXISTS (
                        SELECT 1 FROM document_study_group g WHERE g.document_id = d.id AND g.study_group_id = :studyGroup))
                    AND (:question IS NULL OR EXISTS (
                        SELECT 1 FROM document_question q WHERE q.document_id = d.id AND q.question_id = :question))
                    AND (:category IS NULL OR EXISTS (
                        SELECT 1 FROM label l WHERE l.document_id = d.id AND l.passage_id IS NULL AND +l.category = :category))
                ORDER BY ranked.rank, d.id, ranked.passage_id
                LIMIT :limit
            )
            SELECT shown.*,
                CASE WHEN shown.passage_id IS NULL THEN
                    (SELECT highlight(document_search, 0, char(1), char(2)) FROM document_search
                        WHERE document_search MATCH :match AND document_search.rowid = shown.search_rowid)
                ELSE
                    (SELECT snippet(passage_search, 0, char(1), char(2), '…', 20) FROM passage_search
                        WHERE passage_search MATCH :match AND passage_search.rowid = shown.search_rowid)
                END AS snippet
            FROM shown
            ORDER BY shown.rank, shown.id, shown.passage_id
            """
        return try pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                let documentID: String = row["id"]
                let passageID: String? = row["passage_id"]
                let groups = try String.fetchAll(
                    db, sql: "SELECT study_group_id FROM document_study_group WHERE document_id = ? ORDER BY 1",
                    arguments: [documentID])
                let labels =
                    if query.passages, let passageID {
                        try String.fetchAll(
                            db,
                            sql: """
                                SELECT category FROM label WHERE document_id = ? AND passage_id = ?
                                ORDER BY score DESC, category
                                """, arguments: [documentID, passageID])
                    } else {
                        try String.fetchAll(
                            db,
                            sql: """
                                SELECT category FROM label WHERE document_id = ? AND passage_id IS NULL
                                ORDER BY score DESC, category
                                """, arguments: [documentID])
                    }
                return SearchHit(
                    documentID: documentID, kind: row["kind"], identifier: row["identifier"], edition: row["edition"],
                    part: row["part"], language: row["language"], title: row["title"], date: row["date"],
                    studyGroups: groups, labels: labels, passageID: passageID, section: row["section"],
                    passageKind: row["passage_kind"], snippet: Self.readable(row["snippet"]), rank: row["rank"])
            }
        }
    }

    /// Each query word as a quoted FTS5 phrase (quotes doubled), all of them required.
    public static func matchExpression(_ query: String) -> String? {
        let phrases = query.split(whereSeparator: \.isWhitespace).map { word -> String in
            let indexed = SearchText.indexForm(String(word)).replacingOccurrences(of: "\"", with: "\"\"")
            return "\"\(indexed)\""
        }
        return phrases.isEmpty ? nil : phrases.joined(separator: " AND ")
    }

    /// Undoes the bigram form in a snippet: `[数字] [字身] [身份]` reads again as `[数字身份]`.
    static func readable(_ snippet: String) -> String {
        SearchText.readableForm(snippet)
    }
}
