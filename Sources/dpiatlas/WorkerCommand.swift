import ArgumentParser
import AtlasPipeline

/// `dpiatlas worker`: the extraction worker the supervisor starts (hidden). It reads requests on
/// standard input and answers on standard output until its input closes.
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

    func run() throws {
        let status = ExtractionWorker.serve(
            allowFaults: allowFaults, memoryLimitBytes: memoryLimitMb.map { $0 * 1_048_576 })
        if status != 0 { throw ExitCode(status) }
    }
}
