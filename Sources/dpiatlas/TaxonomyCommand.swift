import ArgumentParser
import AtlasCore
import Foundation

struct TaxonomyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taxonomy",
        abstract: "Check, show or export the DPI taxonomy.",
        subcommands: [Check.self, Show.self, ExportSKOS.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate the taxonomy; print each problem with its file, line and node.",
            discussion: "Exit code 0 when the taxonomy is valid, 1 when it has problems or cannot be read."
        )

        @Argument(help: "The taxonomy file.")
        var file = "pipeline/taxonomy.yaml"

        func run() throws {
            let issues: [TaxonomyIssue]
            let taxonomy: Taxonomy
            do {
                let (loaded, loadIssues) = try TaxonomyLoader.load(path: file)
                taxonomy = loaded
                issues = (loadIssues + TaxonomyChecker.check(loaded)).sorted {
                    ($0.line, $0.message) < ($1.line, $1.message)
                }
            } catch {
                printError("\(error)")
                throw AtlasExit.runFailed
            }
            for issue in issues { print(issue.description) }
            let nodes = taxonomy.nodes
            let keywords = nodes.reduce(0) { $0 + $1.keywords.count }
            let summary =
                "\(file): \(taxonomy.topics.count) topics, \(nodes.count - taxonomy.topics.count) subtopics, "
                + "\(keywords) keywords in \(Set(nodes.flatMap { $0.keywords.map(\.language) }).count) languages"
            if issues.isEmpty {
                print("\(summary): valid")
            } else {
                print("\(summary): \(issues.count) problem\(issues.count == 1 ? "" : "s")")
                throw AtlasExit.runFailed
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the taxonomy as a tree.")

        @Argument(help: "The taxonomy file.")
        var file = "pipeline/taxonomy.yaml"

        @Option(name: .long, help: "The language of the labels (en, zh, fr, …).")
        var lang = "en"

        @Flag(name: .long, help: "List each node's keywords too.")
        var keywords = false

        func run() throws {
            let taxonomy: Taxonomy
            do {
                taxonomy = try TaxonomyLoader.load(path: file).0
            } catch {
                printError("\(error)")
                throw AtlasExit.runFailed
            }
            print("DPI taxonomy \(taxonomy.version) (\(file))")
            for (index, topic) in taxonomy.topics.enumerated() {
                let lastTopic = index == taxonomy.topics.count - 1
                print((lastTopic ? "└─ " : "├─ ") + describe(topic))
                let indent = lastTopic ? "   " : "│  "
                if keywords { print(indent + "   " + keywordList(topic)) }
                for (position, sub) in topic.subtopics.enumerated() {
                    let last = position == topic.subtopics.count - 1
                    print(indent + (last ? "└─ " : "├─ ") + describe(sub))
                    if keywords { print(indent + (last ? "   " : "│  ") + "   " + keywordList(sub)) }
                }
            }
        }

        private func describe(_ node: TaxonomyNode) -> String {
            var text = "\(node.id) — \(node.labels[lang] ?? node.label)"
            if !node.studyGroups.isEmpty { text += "  [\(node.studyGroups.joined(separator: ", "))]" }
            return text
        }

        private func keywordList(_ node: TaxonomyNode) -> String {
            let chosen = node.keywords.filter { $0.language == lang }
            return "keywords: " + (chosen.isEmpty ? node.keywords : chosen).map(\.text).joined(separator: "; ")
        }
    }

    struct ExportSKOS: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export-skos",
            abstract: "Write the taxonomy as SKOS Turtle (for Annif, Skosmos and other SKOS tools)."
        )

        @Argument(help: "The taxonomy file.")
        var file = "pipeline/taxonomy.yaml"

        @Option(name: .long, help: "Write to this file instead of standard output.")
        var out: String?

        @Option(name: .long, help: "The namespace of the concept URIs.")
        var baseURI = SKOSExporter.defaultBaseURI

        func run() throws {
            let taxonomy: Taxonomy
            do {
                taxonomy = try TaxonomyLoader.loadChecked(path: file)
            } catch {
                printError("\(error)")
                throw AtlasExit.runFailed
            }
            let turtle = SKOSExporter(baseURI: baseURI).turtle(taxonomy)
            if let out {
                do {
                    try turtle.write(toFile: out, atomically: true, encoding: .utf8)
                } catch {
                    printError("cannot write \(out): \(error)")
                    throw AtlasExit.runFailed
                }
            } else {
                print(turtle, terminator: "")
            }
        }
    }
}
