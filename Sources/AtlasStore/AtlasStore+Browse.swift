import AtlasCore
import Foundation
import GRDB

/// Read queries for browsing the store (the web interface): documents by topic or by id, and the
/// repository items of one topic. The SQL lives in the report views; these only pick rows.
extension AtlasStore {
    /// The documents labelled with a category (a topic also gets its subtopics' documents), newest first.
    public func documentSummaries(inCategory category: String) throws -> [DocumentSummary] {
        try pool.read { db in
            let ids = try String.fetchAll(
                db, sql: "SELECT DISTINCT document_id FROM document_category WHERE category_id = ?",
                arguments: [category])
            return try Self.summaries(db, ids: Set(ids)).sorted(by: Self.newestFirst)
        }
    }

    /// The documents with these ids (unknown ids are left out), newest first.
    public func documentSummaries(ids: [String]) throws -> [DocumentSummary] {
        try pool.read { db in try Self.summaries(db, ids: Set(ids)).sorted(by: Self.newestFirst) }
    }

    /// The requirements, use cases and standardization issues filed under one category.
    public func repositoryEntries(inCategory category: String) throws -> [RepositoryEntry] {
        try pool.read { db in try Self.repositoryEntries(db, type: nil, category: category) }
    }

    private static func newestFirst(_ left: DocumentSummary, _ right: DocumentSummary) -> Bool {
        let a = left.date ?? ""
        let b = right.date ?? ""
        return a != b ? a > b : left.name != right.name ? left.name < right.name : left.id < right.id
    }
}
