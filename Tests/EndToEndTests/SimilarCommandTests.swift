import Foundation
import Testing

/// `dpiatlas similar` on the sample corpus.
struct SimilarCommandTests {
    func similar(_ arguments: [String]) throws -> [String: Any] {
        let result = try runAtlas(["similar"] + arguments + ["--format", "json", "--db", try CorpusDatabase.path()])
        try #require(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    func hits(_ output: [String: Any]) throws -> [[String: Any]] {
        try #require(output["similar"] as? [[String: Any]])
    }

    @Test func aTranslationComesFirst() throws {
        for identifier in ["D.263", "F.792", "Y.3548", "Y.3615"] {
            let output = try similar([identifier])
            let document = try #require(output["document"] as? [String: Any])
            #expect(document["identifier"] as? String == identifier)
            let top = try #require(try hits(output).first)
            #expect(top["identifier"] as? String == identifier, "the other language of \(identifier) first")
            #expect(top["language"] as? String != document["language"] as? String)
        }
    }

    @Test func otherEditionsOfARecommendationRankAboveUnrelatedTexts() throws {
        let results = try hits(try similar(["X.1281", "--limit", "1000"]))
        let identifiers = results.compactMap { $0["identifier"] as? String }
        #expect(identifiers.first == "X.1281")
        let related = try #require(identifiers.firstIndex(of: "X.1281"))
        let unrelated = try #require(identifiers.firstIndex(of: "G.698.9"), "an optical-transport Recommendation")
        #expect(related < unrelated)
        let scores = results.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
        #expect(scores.allSatisfy { $0 > 0 && $0 <= 1 + 1e-9 })
        let shared = try #require(results.first?["sharedTerms"] as? [[String: Any]])
        #expect(!shared.isEmpty && shared.count <= 5)
    }

    @Test func theSameQueryGivesTheSameOutput() throws {
        let db = try CorpusDatabase.path()
        let first = try runAtlas(["similar", "Y.3548", "--db", db, "--format", "csv"])
        let second = try runAtlas(["similar", "Y.3548", "--db", db, "--format", "csv"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.hasPrefix("rank,document_id,identifier,edition,part,kind,language,date,title,score"))
        let table = try runAtlas(["similar", "Y.3548", "--db", db, "--limit", "3"])
        #expect(table.stdout.hasPrefix("Closest to Y.3548"))
        #expect(table.stdout.contains("shared: "))
    }

    @Test func anUnknownDocumentOrABadLimitIsAClearError() throws {
        let db = try CorpusDatabase.path()
        let unknown = try runAtlas(["similar", "Z.9999", "--db", db])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no document matches Z.9999"))
        let limit = try runAtlas(["similar", "X.1281", "--limit", "0", "--db", db])
        #expect(limit.status == 64)
        #expect(limit.stderr.contains("--limit must be between 1 and 1000"))
        let missing = try runAtlas(["similar", "X.1281", "--db", db + ".missing"])
        #expect(missing.status == 1)
    }
}
