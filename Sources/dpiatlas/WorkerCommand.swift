import ArgumentParser
import AtlasPipeline

/// `dpiatlas worker`: the extraction worker the supervisor starts (hidden). It reads requests on
/// standard input and answers on standard output until its input closes; asked to, it also segments,
/// recognises and classifies what it extracts.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Extract documents for a supervisor over pipes (internal).",
        shouldDisplay: false
    )

    @Option(name: .long, help: "The memory the supervisor allows, in MiB (the worker sets a backstop above it).")
    var memoryLimitMb: Int?

    @Flag(name: .long, help: "Honour the faults tests ask for (crash, hang, allocate).")
    var allowFaults = false

    @Option(name: .long, help: "The DPI taxonomy to classify with (without it, the worker does not classify).")
    var taxonomy: String?

    @Option(name: .long, help: "Classifier weights and thresholds.")
    var classifierConfig = "pipeline/classifier.yaml"

    @Option(name: .long, help: "The shipped corpus statistics.")
    var statistics = "pipeline/corpus-statistics.json"

    func run() throws {
        let classification = try taxonomy.map {
            try ClassificationSetup.load(taxonomy: $0, configuration: classifierConfig, statistics: statistics)
        }
        let status = ExtractionWorker.serve(
            allowFaults: allowFaults, memoryLimitBytes: memoryLimitMb.map { $0 * 1_048_576 },
            classification: classification)
        if status != 0 { throw ExitCode(status) }
    }
}
