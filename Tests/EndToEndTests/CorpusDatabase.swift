import Foundation
import Testing

/// The sample corpus (`corpus/`) ingested once per test run into a temporary database, for the suites that
/// read a real store: report snapshots and `similar`. Ingested from the repository folder with the relative
/// path `corpus`, so the paths stored (and printed in reports) are the same on every machine.
enum CorpusDatabase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static let ingested = Result<String, any Error> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let db = folder.appendingPathComponent("atlas.sqlite").path
        let result = try runAtlas(["ingest", "corpus", "--db", db, "--quiet"], in: repository)
        guard result.status == 0 else { throw IngestFailed(status: result.status, stderr: result.stderr) }
        return db
    }

    struct IngestFailed: Error, CustomStringConvertible {
        var status: Int32
        var stderr: String
        var description: String { "ingest of corpus/ exited with \(status): \(stderr)" }
    }

    /// The database path; the first call ingests.
    static func path() throws -> String {
        try ingested.get()
    }
}
