import ArgumentParser
import AtlasCore
import AtlasStore
import Foundation

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one stored document: identity, labels with evidence, references out and in, links.",
        discussion: """
            ID is a document id (or a unique prefix of at least 6 digits), a path as stored, or an \
            identifier such as X.1281 or T25-SG17-C-0123 (the newest edition in force when several match).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Document id, path or identifier.")
    var id: String

    @Option(name: .long, help: "The SQLite database to read.")
    var db = "output/atlas.sqlite"

    @Option(name: .long, help: "text or json.")
    var format: Format = .text

    func run() throws {
        let store = try openStoreForReading(db)
        let details: DocumentDetails
        do {
            guard let found = try store.document(matching: id), let loaded = try store.details(of: found.id) else {
                printError("no document matches \(id)")
                throw AtlasExit.runFailed
            }
            details = loaded
        } catch let exit as ExitCode {
            throw exit
        } catch {
            printError("\(error)")
            throw AtlasExit.runFailed
        }
        switch format {
        case .json:
            print(try prettyJSON(details))
        case .text:
            print(DocumentDetailsText(details).render())
        }
    }
}

/// The text rendering of `dpiatlas show`.
struct DocumentDetailsText {
    let details: DocumentDetails

    init(_ details: DocumentDetails) { self.details = details }

    func render() -> String {
        let document = details.document
        var lines: [String] = []
        lines.append("\(name(document.identifier, document.edition, document.part) ?? document.path)  [\(document.id)]")
        lines.append(field("Kind", [document.kind, document.status].compactMap { $0 }.joined(separator: ", ")))
        lines.append(field("Title", document.title ?? "–"))
        let pages = document.pageCount.map { ", \($0) pages" } ?? ""
        lines.append(field("File", "\(document.path) (\(document.format)\(pages), \(document.textLength) characters)"))
        let groups = details.studyGroups.map { group in group.asWritten.map { "\(group.id) (as \($0))" } ?? group.id }
        lines.append(field("Study groups", groups.isEmpty ? "–" : groups.joined(separator: ", ")))
        lines.append(field("Questions", details.questions.isEmpty ? "–" : details.questions.joined(separator: ", ")))
        if let workingParty = details.workingParty { lines.append(field("Working party", workingParty)) }
        lines.append(field("Language", document.language ?? "–"))
        if let date = document.date { lines.append(field("Date", date)) }
        if let source = document.source { lines.append(field("Source", source)) }
        for disagreement in details.disagreements { lines.append(field("Disagreement", disagreement)) }
        if !details.passageKinds.isEmpty {
            let kinds = details.passageKinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            lines.append(field("Passages", kinds.joined(separator: ", ")))
        }

        lines.append("")
        lines.append("Labels (\(details.labels.count))")
        if details.labels.isEmpty { lines.append("  none") }
        for label in details.labels {
            lines.append(
                "  \(label.category)  "
                    + String(
                        format: "%.2f (keyword %.2f, tf-idf %.2f)", label.score, label.keywordScore, label.tfidfScore))
            let terms = evidenceSummary(label.evidence)
            if !terms.isEmpty { lines.append("    evidence: " + terms.joined(separator: "; ")) }
        }

        let resolved = details.referencesOut.filter { $0.resolvedID != nil }.count
        lines.append("")
        lines.append("References out (\(details.referencesOut.count), \(resolved) resolved)")
        for reference in details.referencesOut {
            let edition = reference.edition.map { " (\($0))" } ?? ""
            let target = reference.resolvedID.map { "→ \($0) \(reference.resolvedTitle ?? "")" } ?? "→ unresolved"
            let clause = reference.section.map { "  [clause \($0)]" } ?? ""
            lines.append("  \(reference.cited)\(edition) \(target)\(clause)")
        }

        lines.append("")
        lines.append("References in (\(details.referencesIn.count))")
        for citing in details.referencesIn {
            lines.append("  \(citing.identifier ?? citing.id) (\(citing.kind)) \(citing.title ?? "")  [\(citing.id)]")
        }

        if !details.links.isEmpty {
            lines.append("")
            lines.append("Links")
            for link in details.links {
                let language = link.language.map { " \($0)" } ?? ""
                lines.append(
                    "  \(link.relation) \(name(link.identifier, link.edition, link.part) ?? link.id)\(language)  [\(link.id)]"
                )
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The most frequent matched terms with their field: `digital identity [title]; identity provider [body] ×5`.
    private func evidenceSummary(_ evidence: [Evidence]) -> [String] {
        var counts: [String: Int] = [:]
        for item in evidence { counts["\(item.term) [\(item.field)]", default: 0] += 1 }
        let ranked: [(term: String, count: Int)] = counts.map { (term: $0.key, count: $0.value) }.sorted {
            $0.count != $1.count ? $0.count > $1.count : $0.term < $1.term
        }
        return ranked.prefix(8).map { $0.count > 1 ? "\($0.term) ×\($0.count)" : $0.term }
    }

    private func name(_ identifier: String?, _ edition: String?, _ part: String?) -> String? {
        guard let identifier else { return nil }
        return [identifier, part, edition.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
    }

    private func field(_ name: String, _ value: String) -> String {
        (name + ":").padding(toLength: 15, withPad: " ", startingAt: 0) + value
    }
}
