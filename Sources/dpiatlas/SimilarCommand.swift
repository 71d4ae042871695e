import ArgumentParser
import AtlasCore
import AtlasStore
import Foundation

struct SimilarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similar",
        abstract: "List the stored documents closest to one document, by TF-IDF cosine similarity of their text.",
        discussion: """
            ID is named as for `dpiatlas show`: a document id (or a unique prefix of at least 6 digits), a path \
            as stored, or an identifier such as X.1281 (the newest edition in force when several match). Each \
            result shows its score (0 to 1) and the shared terms that weigh most in it. Other editions and \
            translations of the same text usually come first.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @Argument(help: "Document id, path or identifier.")
    var id: String

    @Option(name: .long, help: "The most results to show (1 to 1000).")
    var limit = 10

    @Option(name: .long, help: "table, json or csv.")
    var format: Format = .table

    @Option(name: .long, help: "The SQLite database to read.")
    var db = "output/atlas.sqlite"

    struct Output: Encodable {
        var document: SimilarDocument
        var similar: [SimilarDocument]
    }

    func validate() throws {
        guard (1...1000).contains(limit) else { throw ValidationError("--limit must be between 1 and 1000") }
    }

    func run() throws {
        let store = try openStoreForReading(db)
        let target: StoredDocument
        let similar: [SimilarDocument]
        do {
            guard let found = try store.document(matching: id) else {
                printError("no document matches \(id)")
                throw AtlasExit.runFailed
            }
            target = found
            similar = try store.similarDocuments(to: found.id, limit: limit)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            printError("\(error)")
            throw AtlasExit.runFailed
        }
        let document = SimilarDocument(
            documentID: target.id, kind: target.kind, identifier: target.identifier, edition: target.edition,
            part: target.part, language: target.language, title: target.title, date: target.date, score: 1,
            sharedTerms: [])
        switch format {
        case .json:
            print(try prettyJSON(Output(document: document, similar: similar)))
        case .csv:
            print(Self.csv(similar), terminator: "")
        case .table:
            print(Self.table(document, similar))
        }
    }

    static func name(_ document: SimilarDocument) -> String {
        guard let identifier = document.identifier else { return document.documentID }
        return [identifier, document.part, document.edition.map { "(\($0))" }].compactMap { $0 }.joined(
            separator: " ")
    }

    static func table(_ document: SimilarDocument, _ similar: [SimilarDocument]) -> String {
        var lines = [
            "Closest to \(name(document))  [\(document.documentID)]" + (document.title.map { "  \($0)" } ?? "")
        ]
        if similar.isEmpty { lines.append("no document shares a term with it") }
        for (index, hit) in similar.enumerated() {
            let facts = [hit.kind, hit.language, hit.date].compactMap { $0 }.joined(separator: " · ")
            lines.append(
                String(format: "%3d  %.3f  ", index + 1, hit.score) + "\(name(hit))  \(facts)  [\(hit.documentID)]")
            if let title = hit.title { lines.append("            \(title)") }
            lines.append("            shared: " + hit.sharedTerms.map(\.term).joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    static func csv(_ similar: [SimilarDocument]) -> String {
        var rows = [
            [
                "rank", "document_id", "identifier", "edition", "part", "kind", "language", "date", "title", "score",
                "shared_terms",
            ]
        ]
        for (index, hit) in similar.enumerated() {
            rows.append([
                String(index + 1), hit.documentID, hit.identifier ?? "", hit.edition ?? "", hit.part ?? "", hit.kind,
                hit.language ?? "", hit.date ?? "", hit.title ?? "", String(format: "%.4f", hit.score),
                hit.sharedTerms.map(\.term).joined(separator: ";"),
            ])
        }
        return CSV.render(rows)
    }
}
