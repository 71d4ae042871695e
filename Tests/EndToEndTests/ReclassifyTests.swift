import Foundation
import Testing

/// A changed taxonomy re-classifies stored documents from their stored passages, without extracting
/// them again, and gives the labels a fresh ingest with that taxonomy gives.
struct ReclassifyTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-reclassify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Three real corpus documents (a Recommendation, its French twin's topic neighbour, a contribution)
    /// and a truncated PDF.
    private func makeInbox() throws -> URL {
        let inbox = folder.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        for file in [
            "recommendations/T-REC-X.1281-201909-S!!PDF-E.pdf", "recommendations/T-REC-D.263-202506-I!!PDF-E.pdf",
            "contributions/T25-SG17-C-0140!!PDF-E.pdf", "quirks/pdf-truncated.pdf",
        ] {
            let source = ClassifyCommandTests.repository.appendingPathComponent("corpus/" + file)
            try FileManager.default.copyItem(at: source, to: inbox.appendingPathComponent(source.lastPathComponent))
        }
        return inbox
    }

    /// The committed taxonomy with another version and without two of its identity keywords.
    private func makeChangedTaxonomy() throws -> String {
        var text = try String(contentsOfFile: ClassifyCommandTests.path("pipeline/taxonomy.yaml"), encoding: .utf8)
        let original = text
        text = text.replacingOccurrences(of: "version: \"2026.1\"", with: "version: \"2026.1-trial\"")
        text = text.replacingOccurrences(
            of: "en: [digital identity, digital identities, digital ID, ", with: "en: [digital ID, ")
        #expect(text != original && text.contains("2026.1-trial"), "the taxonomy file changed shape")
        let path = folder.appendingPathComponent("taxonomy-trial.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func ingest(_ inbox: URL, into db: String, taxonomy: String) throws -> [String: Int] {
        let result = try runAtlas([
            "ingest", inbox.path, "--db", db, "--json", "--quiet", "--taxonomy", taxonomy,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(summary["counts"] as? [String: Int])
    }

    /// Labels, passage kinds and document provenance, without row ids and run ids.
    private func classification(_ db: String) throws -> String {
        let queries = [
            """
            SELECT document_id, passage_id, category, score, keyword_score, tfidf_score, evidence, taxonomy_version
            FROM label ORDER BY document_id, passage_id, category
            """,
            "SELECT id, kind, section_path FROM passage ORDER BY id",
            "SELECT id, taxonomy_version, taxonomy_hash, config_hash FROM document ORDER BY id",
        ]
        return try queries.map { try runProcess("/usr/bin/sqlite3", [db, $0]).stdout }.joined(separator: "\n")
    }

    @Test func aChangedTaxonomyReclassifiesWithoutExtractingAndMatchesAFreshIngest() throws {
        let inbox = try makeInbox()
        let taxonomy = ClassifyCommandTests.path("pipeline/taxonomy.yaml")
        let trial = try makeChangedTaxonomy()

        let fresh = folder.appendingPathComponent("fresh.sqlite").path
        #expect(try ingest(inbox, into: fresh, taxonomy: taxonomy)["documentsLoaded"] == 3)

        let db = folder.appendingPathComponent("atlas.sqlite").path
        let first = try ingest(inbox, into: db, taxonomy: trial)
        #expect(first["documentsLoaded"] == 3)
        let trialLabels = try classification(db)
        #expect(trialLabels != (try classification(fresh)), "the trial taxonomy should label differently")
        #expect(trialLabels.contains("2026.1-trial"))
        let text = try runProcess("/usr/bin/sqlite3", [db, "SELECT * FROM document_text ORDER BY 1"]).stdout

        let second = try ingest(inbox, into: db, taxonomy: taxonomy)
        #expect(second["documentsReclassified"] == 3)
        #expect(second["documentsLoaded"] == 0)
        #expect(second["failures"] == 1)
        #expect(try classification(db) == (try classification(fresh)))
        #expect(try runProcess("/usr/bin/sqlite3", [db, "SELECT * FROM document_text ORDER BY 1"]).stdout == text)

        let third = try ingest(inbox, into: db, taxonomy: taxonomy)
        #expect(third["documentsSkipped"] == 3)
        #expect(third["documentsReclassified"] == 0)
        #expect(third["failures"] == 1)

        // The truncated PDF failed for good in the first run: later runs report it without trying it again.
        let runs = try runProcess(
            "/usr/bin/sqlite3",
            [db, "SELECT reason, run_id FROM failure; SELECT group_concat(documents_reclassified) FROM run"]
        ).stdout
        #expect(runs == "truncated|1\n0,3,0\n")
    }
}
