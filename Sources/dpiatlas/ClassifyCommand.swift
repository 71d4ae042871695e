import ArgumentParser
import AtlasCore
import AtlasExtract
import AtlasStore
import Foundation

/// The files and store the classifier is built from, shared by `classify` and `eval`.
struct ClassifierOptions: ParsableArguments {
    @Option(name: .long, help: "The DPI taxonomy.")
    var taxonomy = "pipeline/taxonomy.yaml"

    @Option(name: .long, help: "Classifier weights and thresholds.")
    var config = "pipeline/classifier.yaml"

    @Option(name: .long, help: "The shipped corpus statistics (IDF and labelled examples).")
    var statistics = "pipeline/corpus-statistics.json"

    @Option(name: .long, help: "Take the IDF from this store's documents instead (computed now).")
    var db: String?

    @Option(name: .long, help: "Decide with: combined, keyword or tfidf.")
    var mode: ClassifierConfiguration.Mode?

    /// Loads the taxonomy (checked), the configuration and the statistics; throws a run-stopping error.
    func load() throws -> (Taxonomy, ClassifierConfiguration, CorpusStatistics) {
        let taxonomy = try TaxonomyLoader.loadChecked(path: self.taxonomy)
        var configuration = try ClassifierConfiguration.load(path: config)
        if let mode { configuration.mode = mode }
        var statistics = try CorpusStatistics.load(path: self.statistics)
        if let db {
            guard FileManager.default.fileExists(atPath: db) else {
                throw ConfigurationError([TaxonomyIssue(file: db, line: 0, message: "no such database")])
            }
            let store = try AtlasStore(readOnlyPath: db)
            let fromStore = try store.corpusStatistics(
                tokenizer: Tokenizer(acronyms: taxonomy.allAcronyms), source: db)
            if fromStore.documentCount > 0 {
                statistics = statistics.replacingFrequencies(with: fromStore)
            } else {
                printError("\(db) holds no documents: using the IDF of \(self.statistics)")
            }
        }
        return (taxonomy, configuration, statistics)
    }
}

extension ClassifierConfiguration.Mode: ExpressibleByArgument {}

struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Label one document (a PDF or DOCX file, or text) with DPI topics, each label with its evidence.",
        discussion: """
            Prints the document labels (score, keyword and TF-IDF parts, the matched terms and where they \
            stand) and, with --passages, each passage's kind (requirement, use-case, gap, other) and labels. \
            Works without a database (with the shipped corpus statistics) or with --db.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A PDF or DOCX file.")
    var file: String?

    @Option(name: .long, help: "Classify this text instead of a file (one passage per line).")
    var text: String?

    @Option(name: .long, help: "The document's title (default: the file's own title).")
    var title: String?

    @Option(name: .long, help: "text or json.")
    var format: Format = .text

    @Flag(name: .long, help: "Also print every passage's kind and labels (text format).")
    var passages = false

    @Flag(name: .long, help: "Also print every node's scores against its threshold, labelled or not (text format).")
    var scores = false

    @OptionGroup var options: ClassifierOptions

    func validate() throws {
        if (file == nil) == (text == nil) {
            throw ValidationError("give either a FILE or --text")
        }
    }

    func run() throws {
        let classifier: Classifier
        do {
            let (taxonomy, configuration, statistics) = try options.load()
            classifier = Classifier(taxonomy: taxonomy, configuration: configuration, statistics: statistics)
        } catch {
            printError("\(error)")
            throw AtlasExit.runFailed
        }
        let document: ExtractedDocument
        if let text {
            document = ExtractedDocument(format: .docx, pages: [text])
        } else {
            guard let path = file, let data = FileManager.default.contents(atPath: path) else {
                printError("cannot read \(file ?? "")")
                throw AtlasExit.runFailed
            }
            switch Extractor.extract(data, format: FileFormat.sniff(data.prefix(1024))) {
            case .success(let extracted):
                document = extracted
            case .failure(let failure):
                printError("\(path): \(failure.reason.rawValue): \(failure.message)")
                throw AtlasExit.documentsFailed
            }
        }
        let passageList = Segmenter.passages(of: document)
        // The title as recognition reads it (cover, front page), unless one is given.
        let documentTitle =
            title
            ?? (file.map {
                Recognizer.recognize(fileName: $0, document: document, passages: passageList).identity.title
            } ?? nil)
        let result = classifier.classify(document: document, passages: passageList, title: documentTitle)
        switch format {
        case .json:
            let report = ClassifyReport(
                file: file, title: documentTitle, taxonomyVersion: classifier.taxonomy.version,
                mode: classifier.configuration.mode.rawValue, statistics: classifier.statistics.source,
                labels: result.labels, passages: result.passages)
            print(try prettyJSON(report))
        case .text:
            print(render(result, passages: passageList, taxonomy: classifier.taxonomy, documentTitle: documentTitle))
            if scores { print(renderScores(classifier.scores(document: document, title: documentTitle), classifier)) }
        }
    }

    private func render(
        _ result: Classification, passages list: [Passage], taxonomy: Taxonomy, documentTitle: String?
    ) -> String {
        var lines: [String] = []
        if let title = documentTitle { lines.append("title: \(title)") }
        if result.labels.isEmpty { lines.append("no DPI label") }
        let texts = Dictionary(list.map { ($0.ordinal, $0.text) }, uniquingKeysWith: { first, _ in first })
        for label in result.labels {
            let name = taxonomy.node(label.category)?.label ?? label.category
            lines.append(
                "\(label.category)  \(Self.figure(label.score))  (keyword \(Self.figure(label.keywordScore)), "
                    + "tfidf \(Self.figure(label.tfidfScore)))  \(name)")
            for item in label.evidence {
                if item.field == "tfidf" {
                    lines.append("    tfidf term \"\(item.term)\" \(Self.figure(item.weight))")
                    continue
                }
                var place = item.field
                if let passage = item.passage { place += " ¶\(passage)" }
                if let start = item.start, let end = item.end { place += " [\(start)..<\(end)]" }
                var excerpt = ""
                if let passage = item.passage, let text = texts[passage], let start = item.start, let end = item.end {
                    excerpt = "  “" + Self.excerpt(text, start: start, end: end) + "”"
                }
                lines.append("    \"\(item.term)\" in \(place) weight \(Self.figure(item.weight))" + excerpt)
            }
        }
        if passages {
            lines.append("")
            lines.append("passages:")
            for passage in result.passages {
                let labels = passage.labels.map(\.category).joined(separator: ", ")
                let cue = passage.cue.map { " (\($0))" } ?? ""
                let text = texts[passage.ordinal].map { String($0.prefix(80)) } ?? ""
                lines.append("  ¶\(passage.ordinal) \(passage.kind.rawValue)\(cue) [\(labels)] \(text)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Every node's keyword, TF-IDF and combined score, and the threshold it is held to.
    private func renderScores(_ scores: Classifier.Scores, _ classifier: Classifier) -> String {
        let configuration = classifier.configuration
        let thresholds = configuration.activeThresholds
        var lines = [
            "",
            "scores (\(configuration.mode.rawValue); * labelled on its own score; TF-IDF profiles know "
                + "\(Self.figure(scores.coverage)) of the text):",
        ]
        for (index, id) in scores.nodeIDs.enumerated() {
            let isTopic = classifier.taxonomy.parent(of: id) == nil
            let combined = classifier.combine(scores.keyword[index], scores.tfidf[index], coverage: scores.coverage)
            let threshold = isTopic ? thresholds.topic : thresholds.subtopic
            let mark = combined >= threshold ? "*" : " "
            let name = (isTopic ? "" : "  ") + id
            lines.append(
                "\(mark) \(name.padding(toLength: 46, withPad: " ", startingAt: 0)) \(Self.figure(combined)) "
                    + "(keyword \(Self.figure(scores.keyword[index])), tfidf \(Self.figure(scores.tfidf[index]))) "
                    + "threshold \(Self.figure(threshold))")
        }
        return lines.joined(separator: "\n")
    }

    static func figure(_ value: Double) -> String { String(format: "%.3f", value) }

    /// The matched words with a little context, by code point offsets.
    static func excerpt(_ text: String, start: Int, end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        guard start >= 0, end <= scalars.count, start < end else { return "" }
        let from = max(0, start - 30)
        let to = min(scalars.count, end + 30)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[from..<start])
        view.append(contentsOf: "[".unicodeScalars)
        view.append(contentsOf: scalars[start..<end])
        view.append(contentsOf: "]".unicodeScalars)
        view.append(contentsOf: scalars[end..<to])
        return (from > 0 ? "…" : "") + String(view) + (to < scalars.count ? "…" : "")
    }
}

/// The JSON shape of `dpiatlas classify --format json`.
struct ClassifyReport: Encodable {
    var file: String?
    var title: String?
    var taxonomyVersion: String
    var mode: String
    var statistics: String
    var labels: [Label]
    var passages: [Classification.PassageResult]
}
