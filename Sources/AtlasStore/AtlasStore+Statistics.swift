import AtlasCore
import GRDB

extension AtlasStore {
    /// The number of documents with text.
    public func documentTextCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document_text") ?? 0 }
    }

    /// The number of passages.
    public func passageCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM passage") ?? 0 }
    }

    /// Calls `body` with each document's id and text, in id order, one at a time (read-only; the texts are
    /// not all held in memory).
    public func forEachDocumentText(_ body: (String, String) throws -> Void) throws {
        try pool.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT document_id, text FROM document_text ORDER BY document_id")
            while let row = try rows.next() {
                try body(row["document_id"], row["text"])
            }
        }
    }

    /// Corpus statistics (document frequencies and average length) of the stored texts, computed now.
    public func corpusStatistics(tokenizer: Tokenizer, source: String) throws -> CorpusStatistics {
        var builder = CorpusStatistics.Builder(tokenizer: tokenizer)
        try forEachDocumentText { _, text in builder.add(text: text) }
        return builder.build(source: source)
    }
}
