import ArgumentParser
import AtlasCore
import AtlasStore
import Foundation

/// `dpiatlas bench-query` (hidden): times a fixed set of searches and `similar` in this process, through the
/// same store API as `query` and `similar`, and the same FTS5 MATCH through the `sqlite3` command line as a
/// reference. `make bench-query` runs it on the bench corpus. It prints figures; it is not a test.
struct BenchQueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-query",
        abstract: "Time searches and similar on a database (for make bench-query).",
        shouldDisplay: false
    )

    @Option(name: .long, help: "The SQLite database to read.")
    var db = "output/bench.sqlite"

    @Option(name: .customLong("repeat"), help: "Runs of each search (after one warm-up run).")
    var repetitions = 50

    @Option(name: .long, help: "Documents to time `similar` on (the first by id), each once.")
    var similar = 5

    @Option(name: .long, help: "The sqlite3 command line for the reference timings (empty: none).")
    var sqlite3 = "sqlite3"

    @Option(name: .long, help: "Also write the figures as JSON to this file.")
    var json: String?

    /// One search of the set, with the kind it is reported under.
    struct Case {
        var kind: String
        var query: SearchQuery
    }

    static var cases: [Case] {
        func make(_ kind: String, _ text: String, _ change: (inout SearchQuery) -> Void = { _ in }) -> Case {
            var query = SearchQuery(text: text)
            change(&query)
            return Case(kind: kind, query: query)
        }
        return [
            make("english", "digital identity"),
            make("english", "relying party"),
            make("english", "mobile money"),
            make("english", "level of assurance"),
            make("english", "data exchange"),
            make("english", "optical transport network"),
            make("english", "consent"),
            make("french", "présente Recommandation"),
            make("french", "paramètres"),
            make("french", "réunion a pris note"),
            make("chinese", "建议书"),
            make("chinese", "继续研究"),
            make("chinese", "数字身份"),
            make("filtered", "digital identity") {
                $0.studyGroup = "SG17"
                $0.kind = "recommendation"
            },
            make("filtered", "payment") {
                $0.language = "en"
                $0.since = "2024"
            },
            make("filtered", "authentication") { $0.category = "identity" },
            make("filtered", "data") {
                $0.kind = "contribution"
                $0.until = "2023"
            },
            make("passages", "relying party") { $0.passages = true },
            make("passages", "required") {
                $0.passages = true
                $0.passageKind = "requirement"
            },
            make("passages", "建议书") { $0.passages = true },
            make("passages", "gap") {
                $0.passages = true
                $0.passageKind = "gap"
            },
        ]
    }

    struct Figures: Encodable {
        var kind: String
        var runs: Int
        var p50: Double
        var p95: Double
        var max: Double
        var mean: Double
        /// The sqlite3 command line's mean on the same MATCH, when measured.
        var referenceMean: Double?

        init(kind: String, milliseconds: [Double], reference: Double? = nil) {
            let sorted = milliseconds.sorted()
            self.kind = kind
            runs = sorted.count
            p50 = Self.percentile(sorted, 0.5)
            p95 = Self.percentile(sorted, 0.95)
            max = sorted.last ?? 0
            mean = sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count)
            referenceMean = reference
        }

        /// Nearest rank.
        static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let rank = Int((fraction * Double(sorted.count)).rounded(.up))
            return sorted[min(sorted.count - 1, Swift.max(0, rank - 1))]
        }
    }

    struct Report: Encodable {
        var database: String
        var documents: Int
        var passages: Int
        var queries: [String: Figures]
        var kinds: [Figures]
        var similar: Figures
    }

    func validate() throws {
        guard repetitions >= 1 else { throw ValidationError("--repeat must be at least 1") }
        guard similar >= 0 else { throw ValidationError("--similar must be 0 or more") }
    }

    func run() throws {
        // Opened for writing, so a database made before the current schema is migrated first.
        guard FileManager.default.fileExists(atPath: db) else {
            printError("no database at \(db): run dpiatlas ingest first")
            throw AtlasExit.runFailed
        }
        let store = try AtlasStore(path: db)
        let clock = ContinuousClock()
        func milliseconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        }
        var perQuery: [(name: String, kind: String, times: [Double], hits: Int)] = []
        for item in Self.cases {
            var hits = try store.search(item.query).count
            var times: [Double] = []
            for _ in 0..<repetitions {
                times.append(milliseconds(clock.measure { hits = (try? store.search(item.query).count) ?? -1 }))
            }
            perQuery.append((Self.name(item), item.kind, times, hits))
        }
        let reference = sqlite3.isEmpty ? nil : try referenceTimes()

        var similarTimes: [Double] = []
        for id in try store.documents().map(\.id).sorted().prefix(similar) {
            similarTimes.append(milliseconds(try clock.measure { _ = try store.similarDocuments(to: id, limit: 10) }))
        }

        var queries: [String: Figures] = [:]
        var lines = [
            "query".padding(toLength: 58, withPad: " ", startingAt: 0)
                + "  hits     p50 ms   p95 ms   max ms  mean ms  sqlite3 mean  ratio of means"
        ]
        for (index, entry) in perQuery.enumerated() {
            let figures = Figures(kind: entry.kind, milliseconds: entry.times, reference: reference?[index])
            queries[entry.name] = figures
            lines.append(Self.row(entry.name, hits: entry.hits, figures))
        }
        lines.append("")
        var kinds: [Figures] = []
        for kind in ["english", "french", "chinese", "filtered", "passages", "all"] {
            let selected = perQuery.indices.filter { kind == "all" || perQuery[$0].kind == kind }
            let figures = Figures(
                kind: kind, milliseconds: selected.flatMap { perQuery[$0].times },
                reference: reference.map { times in selected.map { times[$0] }.reduce(0, +) / Double(selected.count) })
            kinds.append(figures)
            lines.append(Self.row("kind: \(kind)", hits: nil, figures))
        }
        let similarFigures = Figures(kind: "similar", milliseconds: similarTimes)
        lines.append(Self.row("similar (\(similarTimes.count) documents, --limit 10)", hits: nil, similarFigures))
        print(lines.joined(separator: "\n"))

        let report = Report(
            database: db, documents: try store.documentTextCount(), passages: try store.passageCount(),
            queries: queries, kinds: kinds,
            similar: similarFigures)
        let text = try prettyJSON(report)
        if let json {
            try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: json))
        }
    }

    static func name(_ item: Case) -> String {
        let query = item.query
        var parts = ["\"\(query.text)\""]
        if let value = query.studyGroup { parts.append("--sg \(value)") }
        if let value = query.kind { parts.append("--kind \(value)") }
        if let value = query.language { parts.append("--lang \(value)") }
        if let value = query.since { parts.append("--since \(value)") }
        if let value = query.until { parts.append("--until \(value)") }
        if let value = query.category { parts.append("--category \(value)") }
        if query.passages { parts.append("--passages") }
        if let value = query.passageKind { parts.append("--type \(value)") }
        return parts.joined(separator: " ")
    }

    static func row(_ name: String, hits: Int?, _ figures: Figures) -> String {
        var line = name.padding(toLength: 58, withPad: " ", startingAt: 0)
        let count = hits.map(String.init) ?? ""
        line += "  " + String(repeating: " ", count: max(0, 4 - count.count)) + count
        line += String(format: "  %8.2f %8.2f %8.2f %8.2f", figures.p50, figures.p95, figures.max, figures.mean)
        if let reference = figures.referenceMean {
            line += String(format: "  %12.2f  %6.1f×", reference, reference > 0 ? figures.mean / reference : 0)
        }
        return line
    }

    /// Each case's MATCH run `repetitions` times by one sqlite3 process, timed from outside: the mean
    /// milliseconds per run, once the time of an sqlite3 process that runs nothing is taken off (its timer
    /// counts whole milliseconds only). The statement is the core of the store's search: the MATCH over
    /// passages, ranked by BM25, with a snippet, the first `limit` rows.
    func referenceTimes() throws -> [Double] {
        let clock = ContinuousClock()
        func seconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
        func runSQLite(_ script: String) throws -> Double {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [sqlite3, "-batch", "-readonly", db]
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let elapsed = try clock.measure {
                try process.run()
                input.fileHandleForWriting.write(Data(script.utf8))
                try input.fileHandleForWriting.close()
                process.waitUntilExit()
            }
            guard process.terminationStatus == 0 else {
                printError("\(sqlite3) exited with \(process.terminationStatus)")
                throw AtlasExit.runFailed
            }
            return seconds(elapsed)
        }
        let startup = (0..<3).map { _ in (try? runSQLite("SELECT 1;\n")) ?? 0 }.min() ?? 0
        return try Self.cases.map { item in
            guard let match = AtlasStore.matchExpression(item.query.text) else { return 0 }
            let quoted = "'" + match.replacingOccurrences(of: "'", with: "''") + "'"
            let statement = """
                SELECT document_id, passage_id, bm25(passage_search) AS rank, \
                snippet(passage_search, 0, char(1), char(2), '…', 20) FROM passage_search \
                WHERE passage_search MATCH \(quoted) ORDER BY rank LIMIT \(item.query.limit);
                """
            let total = try runSQLite(String(repeating: statement + "\n", count: repetitions + 1))
            return max(0, total - startup) * 1000 / Double(repetitions + 1)
        }
    }
}
