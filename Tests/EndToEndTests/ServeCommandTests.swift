import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `dpiatlas serve` as a user runs it: on loopback, on a free port, stopped by SIGTERM, the database untouched.
struct ServeCommandTests {
    let db: String

    init() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-serve-\(UUID().uuidString)")
        let inbox = folder.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        for name in ["pdf-two-pages.pdf", "docx-simple.docx"] {
            try FileManager.default.copyItem(at: fixtureURL(name), to: inbox.appendingPathComponent(name))
        }
        db = folder.appendingPathComponent("atlas.sqlite").path
        let ingest = try runAtlas(["ingest", inbox.path, "--db", db, "--quiet"])
        try #require(ingest.status == 0, "\(ingest.stderr)")
    }

    @Test func servesSearchOnLoopbackAndStopsOnSIGTERM() async throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let process = Process()
        process.executableURL = try atlasExecutable()
        process.arguments = ["serve", "--db", db, "--port", "0"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // The server says where it listens once it is ready.
        var said = ""
        while !said.contains("serving http"), process.isRunning {
            let data = err.fileHandleForReading.availableData
            if data.isEmpty { break }
            said += String(decoding: data, as: UTF8.self)
        }
        let match = try #require(said.firstMatch(of: /serving (http:\/\/127\.0\.0\.1:\d+)\//), "\(said)")
        let base = String(match.1)

        let (body, response) = try await URLSession.shared.data(from: URL(string: base + "/api/search?q=relying")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        let results = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(results["total"] as? Int == 2)
        let (_, missing) = try await URLSession.shared.data(from: URL(string: base + "/documents/0000000000000000")!)
        #expect((missing as? HTTPURLResponse)?.statusCode == 404)

        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before, "the database is unchanged")
    }

    @Test func badOptionsAndAMissingDatabaseAreClearErrors() throws {
        let port = try runAtlas(["serve", "--db", db, "--port", "70000"])
        #expect(port.status == 64)
        #expect(port.stderr.contains("--port must be between 0 and 65535"))
        let limit = try runAtlas(["serve", "--db", db, "--time-limit", "0"])
        #expect(limit.status == 64)
        let missing = try runAtlas(["serve", "--db", db + ".missing"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no database at"))
    }
}
