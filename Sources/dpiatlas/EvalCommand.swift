import ArgumentParser
import AtlasCore
import AtlasExtract
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure the classifier against a gold file: precision, recall and F1, and the ablation.",
        discussion: """
            The gold file is JSON Lines: {"id", "title", "text", "labels"}, or "file" (a PDF or DOCX, \
            relative to the gold file's folder, its parent or grandparent, or the current folder) instead \
            of "text". \
            Labels are topic or subtopic ids (a subtopic implies its topic); [] marks a document that is \
            not about DPI. The gold is split by a hash of each id into a tuning part (examples for the \
            profiles, threshold tuning) and a held-out part (the default --part).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .long, help: "The gold file (JSON Lines).")
    var gold: String

    @Option(name: .long, help: "text or json.")
    var format: Format = .text

    @Option(name: .long, help: "Which documents to measure: held-out, tuning or all.")
    var part: GoldStandard.Part = .heldOut

    @Flag(name: .long, help: "Search thresholds on the tuning part and print them for pipeline/classifier.yaml.")
    var tune = false

    @Option(name: .long, help: "Build corpus statistics from every gold document (examples: tuning part) into FILE.")
    var writeStatistics: String?

    @Option(name: .long, help: "Check the figures against a quality gate (pipeline/quality.yaml); exit 2 below it.")
    var gate: String?

    @OptionGroup var options: ClassifierOptions

    func run() throws {
        let taxonomy: Taxonomy
        var configuration: ClassifierConfiguration
        var statistics: CorpusStatistics
        let items: [GoldItem]
        do {
            if writeStatistics != nil {
                taxonomy = try TaxonomyLoader.loadChecked(path: options.taxonomy)
                configuration = try ClassifierConfiguration.load(path: options.config)
                statistics = .empty
            } else {
                (taxonomy, configuration, statistics) = try options.load()
            }
            items = try GoldStandard.load(path: gold, taxonomy: taxonomy)
        } catch {
            printError("\(error)")
            throw AtlasExit.runFailed
        }
        let (all, skipped) = resolve(items)

        if let output = writeStatistics {
            let built = CorpusStatistics.build(
                from: all, taxonomy: taxonomy, configuration: configuration,
                source: CorpusStatistics.source(goldPath: gold, documents: all.count))
            do {
                try built.encoded().write(to: URL(fileURLWithPath: output))
            } catch {
                printError("cannot write \(output): \(error)")
                throw AtlasExit.runFailed
            }
            print(
                "wrote \(output): \(built.documentCount) documents, \(built.documentFrequency.count) terms, "
                    + "\(built.examples.count) examples from the tuning part")
            return
        }

        let runner = EvaluationRunner(taxonomy: taxonomy, configuration: configuration, statistics: statistics)
        if tune {
            let tuning = all.filter { !GoldStandard.isHeldOut($0.item) }
            let tuner = ThresholdTuner(taxonomy: taxonomy)
            let scores = runner.scores(tuning)
            let gold = tuning.map(\.item.labels)
            let results = tuner.tune(scores: scores, gold: gold, configuration: configuration)
            print("# tuned on the tuning part (\(tuning.count) documents, leave-one-out profiles)")
            for mode in ClassifierConfiguration.Mode.allCases {
                let estimate = tuner.crossValidate(
                    scores: scores, gold: gold, ids: tuning.map(\.item.group),
                    configuration: configuration.with(mode: mode))
                print(
                    "# \(mode.rawValue): 4-fold cross-validated within the tuning part (5 repeats): topic micro F1 "
                        + "\(Self.short(estimate.topLevel)), subtopic micro F1 \(Self.short(estimate.subtopic))")
            }
            for result in results {
                var line = "\(result.mode.rawValue): {topic: \(Self.short(result.thresholds.topic)), "
                line += "subtopic: \(Self.short(result.thresholds.subtopic))}"
                if let weight = result.keywordWeight { line += "  # keyword_weight: \(Self.short(weight))" }
                line += "  # topic F1 \(Self.short(result.topLevelF1)), subtopic F1 \(Self.short(result.subtopicF1))"
                print(line)
            }
            return
        }

        let chosen = all.filter { document in
            GoldStandard.items([document.item], in: part).isEmpty == false
        }
        let qualityGate: QualityGate?
        do {
            qualityGate = try gate.map { try QualityGate.load(path: $0) }
        } catch {
            printError("\(error)")
            throw AtlasExit.runFailed
        }
        let report = runner.run(chosen, gold: gold, part: part, skipped: skipped)
        switch format {
        case .text:
            print(report.text(taxonomy: taxonomy))
        case .json:
            print(try prettyJSON(report))
        }
        if let qualityGate, let path = gate {
            let failures = qualityGate.failures(of: report)
            for failure in failures { printError("quality gate \(path): \(failure)") }
            if !failures.isEmpty { throw AtlasExit.documentsFailed }
        }
    }

    /// Reads each gold document: its text, or its file extracted. A file that cannot be read is skipped.
    private func resolve(_ items: [GoldItem]) -> ([EvaluationRunner.Document], [EvaluationReport.Skipped]) {
        let goldFolder = URL(fileURLWithPath: gold).deletingLastPathComponent()
        let bases = [
            goldFolder, goldFolder.deletingLastPathComponent(),
            goldFolder.deletingLastPathComponent().deletingLastPathComponent(), URL(fileURLWithPath: "."),
        ]
        var documents: [EvaluationRunner.Document] = []
        var skipped: [EvaluationReport.Skipped] = []
        for item in items {
            guard let file = item.file, item.text == nil else {
                documents.append(EvaluationRunner.Document(textItem: item))
                continue
            }
            let candidates =
                file.hasPrefix("/") ? [URL(fileURLWithPath: file)] : bases.map { $0.appendingPathComponent(file) }
            guard let url = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }),
                let data = FileManager.default.contents(atPath: url.path)
            else {
                skipped.append(.init(id: item.id, line: item.line, reason: "no such file \(file)"))
                continue
            }
            switch Extractor.extract(data, format: FileFormat.sniff(data.prefix(1024))) {
            case .success(let extracted):
                documents.append(EvaluationRunner.Document(item: item, document: extracted))
            case .failure(let failure):
                skipped.append(
                    .init(id: item.id, line: item.line, reason: "\(failure.reason.rawValue): \(failure.message)"))
            }
        }
        return (documents, skipped)
    }

    static func short(_ value: Double) -> String { String(format: "%.3g", value) }
}

extension GoldStandard.Part: ExpressibleByArgument {}
