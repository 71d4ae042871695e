import ArgumentParser
import AtlasCore
import AtlasStore
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the secretariat's reports: the gap analysis, the repository, GovStack coverage.",
        discussion: """
            gap: DPI topics × study groups (Recommendations in force, work in progress, informative texts), \
            gaps where an expected study group has nothing, and the standardization issues found. \
            repository: requirements, use cases and standardization issues by topic and subtopic. \
            coverage: for each GovStack building block, the ITU-T texts that address it. \
            all: every report in every format into --out-dir (report-NAME.html, .md, .csv, .json). \
            Each report is a set of SQL views (gap_matrix, category_coverage, repository_item, \
            building_block_coverage) that can also be queried with sqlite3.
            """
    )

    enum Name: String, ExpressibleByArgument, CaseIterable {
        case gap, repository, coverage, all
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, md, csv, json
    }

    @Argument(help: "gap, repository, coverage or all.")
    var name: Name

    @Option(name: .long, help: "html, md, csv or json.")
    var format: Format = .md

    @Option(name: .long, help: "Write to this file instead of standard output.")
    var out: String?

    @Option(name: .long, help: "With `all`: the folder to write every report into.")
    var outDir = "output"

    @Option(name: .long, help: "The SQLite database to read.")
    var db = "output/atlas.sqlite"

    func validate() throws {
        if name == .all && out != nil { throw ValidationError("`report all` writes into --out-dir, not --out") }
    }

    func run() throws {
        let store = try openStoreForReading(db)
        do {
            if name == .all {
                try FileManager.default.createDirectory(
                    at: URL(fileURLWithPath: outDir), withIntermediateDirectories: true)
                for report in [Name.gap, .repository, .coverage] {
                    for format in Format.allCases {
                        let path = (outDir as NSString).appendingPathComponent("report-\(report.rawValue).\(format)")
                        try Data(try Self.render(report, format, store).utf8).write(to: URL(fileURLWithPath: path))
                        print(path)
                    }
                }
                return
            }
            let text = try Self.render(name, format, store)
            if let out {
                try Data(text.utf8).write(to: URL(fileURLWithPath: out))
            } else {
                print(text, terminator: "")
            }
        } catch {
            printError("\(error)")
            throw AtlasExit.runFailed
        }
    }

    static func render(_ name: Name, _ format: Format, _ store: AtlasStore) throws -> String {
        switch name {
        case .gap:
            let report = try store.gapReport()
            return try render(report, format, html: report.html, md: report.markdown, csv: report.csv)
        case .repository:
            let report = try store.repositoryReport()
            return try render(report, format, html: report.html, md: report.markdown, csv: report.csv)
        case .coverage:
            let report = try store.coverageReport()
            return try render(report, format, html: report.html, md: report.markdown, csv: report.csv)
        case .all:
            preconditionFailure("`all` is written report by report")
        }
    }

    private static func render(
        _ report: some Encodable, _ format: Format, html: () -> String, md: () -> String, csv: () -> String
    ) throws -> String {
        switch format {
        case .html: return html()
        case .md: return md()
        case .csv: return csv()
        case .json:
            return try prettyJSON(report) + "\n"
        }
    }
}
