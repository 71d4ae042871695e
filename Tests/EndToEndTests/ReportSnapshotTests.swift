import Foundation
import Testing

/// Every report in every format on the sample corpus, compared with the committed snapshots in `Snapshots/`.
/// After a deliberate change, record them again with `ATLAS_RECORD_SNAPSHOTS=1 swift test --filter
/// ReportSnapshotTests` and review the diff.
struct ReportSnapshotTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots")
    static let recording = ProcessInfo.processInfo.environment["ATLAS_RECORD_SNAPSHOTS"] == "1"
    static let reports = ["gap", "repository", "coverage"]
    static let formats = ["html", "md", "csv", "json"]

    /// Renders one report through the command line, as a user would.
    func render(_ report: String, _ format: String) throws -> String {
        let result = try runAtlas(["report", report, "--format", format, "--db", try CorpusDatabase.path()])
        try #require(result.status == 0, "report \(report) --format \(format): \(result.stderr)")
        return result.stdout
    }

    @Test(arguments: reports)
    func everyFormatMatchesItsSnapshot(report: String) throws {
        for format in Self.formats {
            let name = "report-\(report).\(format)"
            let actual = try render(report, format)
            #expect(!actual.contains(CorpusDatabase.repository.path), "\(name) holds an absolute path")
            let url = Self.snapshots.appendingPathComponent(name)
            if Self.recording {
                try FileManager.default.createDirectory(at: Self.snapshots, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                continue
            }
            guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
                Issue.record("missing snapshot \(url.path): record it with ATLAS_RECORD_SNAPSHOTS=1")
                continue
            }
            if actual != expected {
                let saved = FileManager.default.temporaryDirectory.appendingPathComponent("actual-\(name)")
                try Data(actual.utf8).write(to: saved)
                Issue.record(
                    """
                    \(name) differs from its snapshot: \(Self.firstDifference(expected, actual))
                      diff \(url.path) \(saved.path)
                      when the change is meant: ATLAS_RECORD_SNAPSHOTS=1 swift test --filter ReportSnapshotTests
                    """)
            }
        }
    }

    /// Where two texts part: the line number and both lines.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        for index in 0..<max(old.count, new.count) {
            let left = index < old.count ? old[index] : "(end of file)"
            let right = index < new.count ? new[index] : "(end of file)"
            if left != right {
                return "line \(index + 1)\n  expected: \(left.prefix(200))\n  actual:   \(right.prefix(200))"
            }
        }
        return "same lines, different line endings"
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        for report in Self.reports {
            #expect(try render(report, "html") == render(report, "html"))
        }
    }

    @Test func theGapMatrixHasATopicPerRowAndAStudyGroupPerColumn() throws {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(try render("gap", "json").utf8)) as? [String: Any])
        let studyGroups = try #require(json["studyGroups"] as? [String])
        let topics = try #require(json["topics"] as? [[String: Any]])
        #expect(topics.count == 15)
        #expect(!studyGroups.isEmpty)
        #expect(topics.allSatisfy { ($0["cells"] as? [Any])?.count == studyGroups.count })

        let html = try render("gap", "html")
        let heatmap = try #require(html.components(separatedBy: "</svg>").first)
        #expect(Self.count("<rect ", in: heatmap) == 15 * studyGroups.count, "one cell per topic and study group")
        for group in studyGroups {
            #expect(heatmap.contains("text-anchor=\"middle\">\(group)</text>"), "a column for \(group)")
        }
        #expect(Self.count("<h3 id=\"topic-", in: html) == 15)
        let header =
            "<th scope=\"col\">Topic / subtopic</th>"
            + studyGroups.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>"
        #expect(Self.count(header, in: html) == 15, "each topic's table has a column per study group")
    }

    @Test(arguments: reports)
    func csvIsRectangularAndJSONParses(report: String) throws {
        let rows = try Self.parseCSV(try render(report, "csv"))
        let width = try #require(rows.first?.count)
        #expect(width > 1)
        #expect(rows.count > 1, "a header and rows")
        for (index, row) in rows.enumerated() where row.count != width {
            Issue.record("report-\(report).csv row \(index + 1) has \(row.count) fields, the header \(width)")
        }
        let json = try JSONSerialization.jsonObject(with: Data(try render(report, "json").utf8))
        #expect(json is [String: Any])
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    struct MalformedCSV: Error, CustomStringConvertible {
        var description: String
    }

    /// A strict RFC 4180 reader: CRLF rows, quoted fields with doubled quotes, nothing after a closing quote.
    static func parseCSV(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var characters = text.makeIterator()
        var pending: Character?
        func next() -> Character? {
            if let character = pending {
                pending = nil
                return character
            }
            return characters.next()
        }
        while let character = next() {
            if quoted {
                if character == "\"" {
                    let following = next()
                    if following == "\"" {
                        field.append("\"")
                    } else {
                        // A closing quote: what follows it is read again, outside the quotes.
                        quoted = false
                        afterQuote = true
                        pending = following
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"":
                guard field.isEmpty, !afterQuote else { throw MalformedCSV(description: "a quote inside a field") }
                quoted = true
            case ",":
                row.append(field)
                field = ""
                afterQuote = false
            case "\r\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
                afterQuote = false
            default:
                guard !afterQuote else { throw MalformedCSV(description: "text after a closing quote") }
                if character.isNewline { throw MalformedCSV(description: "a bare line break outside quotes") }
                field.append(character)
            }
        }
        guard !quoted else { throw MalformedCSV(description: "an unclosed quote") }
        guard row.isEmpty, field.isEmpty else { throw MalformedCSV(description: "a last row without CRLF") }
        return rows
    }
}
