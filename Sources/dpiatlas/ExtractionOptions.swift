import ArgumentParser
import AtlasCore
import AtlasPipeline
import Foundation

/// Options shared by the commands that extract: where the limits come from and what overrides them.
struct ExtractionOptions: ParsableArguments {
    @Option(
        name: .long,
        help: "Extraction limits and worker settings (default: pipeline/extraction.yaml when it exists).")
    var extractionConfig: String?

    @Option(name: .long, help: "Seconds one document may take before it is recorded as a timeout.")
    var timeout: Double?

    func validate() throws {
        if let timeout, !(timeout > 0) { throw ValidationError("--timeout must be greater than 0") }
    }

    /// Defaults < the config file < these options. A bad config file stops the command (exit 1).
    func load(jobs: Int? = nil) throws -> ExtractionConfig {
        var config: ExtractionConfig
        do {
            if let path = extractionConfig {
                config = try ExtractionConfig.load(from: URL(fileURLWithPath: path))
            } else {
                config = try ExtractionConfig.loadDefault()
            }
        } catch {
            printError("\(error)")
            throw AtlasExit.runFailed
        }
        if let timeout { config.workers.timeoutSeconds = timeout }
        if let jobs { config.workers.jobs = jobs }
        return config
    }

    /// A supervisor that runs this executable as its workers.
    func supervisor(_ config: ExtractionConfig) -> ExtractionSupervisor {
        ExtractionSupervisor(
            ExtractionSupervisor.Configuration(
                executable: ExtractionSupervisor.currentExecutable(), settings: config.workers, limits: config.limits))
    }
}
