import ArgumentParser
import AtlasCore
import AtlasStore
import Foundation

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Search the corpus: full text ranked by BM25, with filters on what the documents are.",
        discussion: """
            Every word of TEXT must occur (Chinese words too). Results are documents, each with its best \
            matching passage, or passages with --passages. Matches are marked **like this**.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @Argument(help: "The words to search for.")
    var text: String

    @Option(name: .long, help: "Only documents (or passages) labelled with this taxonomy id.")
    var category: String?

    @Option(name: .long, help: "Only this study group: 17 or SG17.")
    var sg: String?

    @Option(name: .long, help: "Only this Question: Q10/17 or 10/17.")
    var question: String?

    @Option(name: .long, help: "Only this kind: recommendation, contribution, td, liaison, report, …")
    var kind: String?

    @Option(name: .long, help: "Only this language: en, fr, es, ru, zh, ar.")
    var lang: String?

    @Option(name: .long, help: "Only documents dated on or after: YYYY, YYYY-MM or YYYY-MM-DD.")
    var since: String?

    @Option(name: .long, help: "Only documents dated on or before: YYYY, YYYY-MM or YYYY-MM-DD.")
    var until: String?

    @Option(name: .long, help: "Only passages of this type: requirement, use-case, gap, other.")
    var type: String?

    @Flag(name: .long, help: "List matching passages rather than documents.")
    var passages = false

    @Option(name: .long, help: "The most results to show (1 to 1000).")
    var limit = 20

    @Option(name: .long, help: "table, json or csv.")
    var format: Format = .table

    @Option(name: .long, help: "The SQLite database to read.")
    var db = "output/atlas.sqlite"

    func validate() throws {
        guard (1...1000).contains(limit) else { throw ValidationError("--limit must be between 1 and 1000") }
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, !SearchQuery.isDate(value) {
                throw ValidationError("\(name) takes YYYY, YYYY-MM or YYYY-MM-DD, not \(value)")
            }
        }
        if let type, Passage.Kind(rawValue: type) == nil {
            throw ValidationError("--type takes requirement, use-case, gap or other, not \(type)")
        }
        if let kind, DocumentIdentity.Kind(rawValue: kind) == nil {
            let kinds = DocumentIdentity.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--kind takes one of \(kinds), not \(kind)")
        }
        if let sg, Self.studyGroup(sg) == nil { throw ValidationError("--sg takes a number such as 17, or SG17") }
        if let question, Self.question(question) == nil {
            throw ValidationError("--question takes a Question such as Q10/17, not \(question)")
        }
    }

    func run() throws {
        var query = SearchQuery(text: text)
        query.category = category
        query.studyGroup = sg.flatMap(Self.studyGroup)
        query.question = question.flatMap(Self.question)
        query.kind = kind
        query.language = lang
        query.since = since
        query.until = until
        query.passageKind = type
        query.passages = passages
        query.limit = limit
        let store = try openStoreForReading(db)
        let hits: [SearchHit]
        do {
            hits = try store.search(query)
        } catch {
            printError("\(error)")
            throw AtlasExit.runFailed
        }
        switch format {
        case .json:
            print(try prettyJSON(hits))
        case .csv:
            print(Self.csv(hits), terminator: "")
        case .table:
            print(hits.isEmpty ? "no matches" : Self.table(hits))
        }
    }

    /// `17`, `SG17`, `sg 17` → `SG17`; `TSAG` stays.
    static func studyGroup(_ value: String) -> String? { SearchQuery.studyGroup(value) }

    /// `Q10/17`, `10/17`, `Q.10/17` → `Q10/17`.
    static func question(_ value: String) -> String? { SearchQuery.question(value) }

    static func name(_ hit: SearchHit) -> String {
        guard let identifier = hit.identifier else { return hit.documentID }
        return [identifier, hit.part, hit.edition.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
    }

    static func table(_ hits: [SearchHit]) -> String {
        var lines: [String] = []
        for (index, hit) in hits.enumerated() {
            let facts = [
                hit.kind, hit.language, hit.date,
                hit.studyGroups.isEmpty ? nil : hit.studyGroups.joined(separator: ","),
            ].compactMap { $0 }.joined(separator: " · ")
            lines.append(String(format: "%3d  ", index + 1) + "\(name(hit))  \(facts)  [\(hit.documentID)]")
            if let title = hit.title { lines.append("     \(title)") }
            if !hit.labels.isEmpty { lines.append("     labels: " + hit.labels.joined(separator: ", ")) }
            let place = [hit.section.map { "§ \($0)" }, hit.passageKind.flatMap { $0 == "other" ? nil : $0 }]
                .compactMap { $0 }.joined(separator: " ")
            lines.append("     " + (place.isEmpty ? "" : place + ": ") + hit.snippet)
        }
        return lines.joined(separator: "\n")
    }

    static func csv(_ hits: [SearchHit]) -> String {
        var rows = [
            [
                "rank", "document_id", "identifier", "edition", "part", "kind", "language", "date", "study_groups",
                "labels", "title", "passage_id", "section", "passage_kind", "snippet",
            ]
        ]
        for (index, hit) in hits.enumerated() {
            rows.append([
                String(index + 1), hit.documentID, hit.identifier ?? "", hit.edition ?? "", hit.part ?? "", hit.kind,
                hit.language ?? "", hit.date ?? "", hit.studyGroups.joined(separator: ";"),
                hit.labels.joined(separator: ";"), hit.title ?? "", hit.passageID ?? "", hit.section ?? "",
                hit.passageKind ?? "", hit.snippet,
            ])
        }
        return CSV.render(rows)
    }
}
