import Foundation
import Testing

struct QueryCommandTests {
    let db: String

    init() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-query-\(UUID().uuidString)")
        let inbox = folder.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        for name in ["pdf-two-pages.pdf", "docx-simple.docx", "docx-front-page-table.docx"] {
            try FileManager.default.copyItem(at: fixtureURL(name), to: inbox.appendingPathComponent(name))
        }
        db = folder.appendingPathComponent("atlas.sqlite").path
        let ingest = try runAtlas(["ingest", inbox.path, "--db", db, "--quiet"])
        try #require(ingest.status == 0, "\(ingest.stderr)")
    }

    @Test func findsDocumentsWithTheirBestPassage() throws {
        let result = try runAtlas(["query", "relying party", "--db", db, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(hits.count == 2, "the PDF and the DOCX made from the same text")
        #expect(hits.allSatisfy { ($0["snippet"] as? String)?.contains("**relying party**") == true })
        #expect(Set(hits.compactMap { $0["documentID"] as? String }).count == 2)
    }

    @Test func passagesAndFiltersNarrowTheResults() throws {
        let passages = try runAtlas(["query", "relying", "--passages", "--db", db, "--format", "json"])
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(passages.stdout.utf8)) as? [[String: Any]])
        #expect(hits.count == 4, "two passages in each of the two documents")

        let none = try runAtlas(["query", "relying", "--lang", "fr", "--db", db])
        #expect(none.status == 0)
        #expect(none.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "no matches")
    }

    @Test func csvIsQuotedAndTableIsReadable() throws {
        let csv = try runAtlas(["query", "Examplia", "--db", db, "--format", "csv"])
        let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first?.hasPrefix("rank,document_id,identifier") == true)
        #expect(lines.count == 2)
        let table = try runAtlas(["query", "Examplia", "--db", db])
        #expect(table.stdout.contains("**Examplia**"))
    }

    @Test func badFiltersAreClearErrors() throws {
        let since = try runAtlas(["query", "x", "--since", "March 2024", "--db", db])
        #expect(since.status == 64)
        #expect(since.stderr.contains("--since takes YYYY, YYYY-MM or YYYY-MM-DD"))
        let type = try runAtlas(["query", "x", "--type", "wish", "--db", db])
        #expect(type.stderr.contains("--type takes requirement, use-case, gap or other"))
        let missing = try runAtlas(["query", "x", "--db", db + ".missing"])
        #expect(missing.status == 1)
    }
}
