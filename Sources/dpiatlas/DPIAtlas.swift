import ArgumentParser
import AtlasCore

@main
struct DPIAtlas: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dpiatlas",
        abstract: "Ingest ITU-T documents into a classified, linked, searchable record of DPI work.",
        discussion: """
            Exit codes: 0 success; 1 the command could not run (bad arguments, missing path, unusable \
            database); 2 it finished but some documents failed (ingest with --strict, or extract of a \
            file that cannot be read).
            """,
        version: AtlasVersion.tool,
        subcommands: [
            IngestCommand.self, ExtractCommand.self, ShowCommand.self, QueryCommand.self, SimilarCommand.self,
            ReportCommand.self, ServeCommand.self, WorkerCommand.self, BenchExtractCommand.self,
            BenchQueryCommand.self, TaxonomyCommand.self, ClassifyCommand.self, EvalCommand.self,
        ]
    )
}

/// The exit codes documented in the README.
enum AtlasExit {
    static let runFailed = ExitCode(1)
    static let documentsFailed = ExitCode(2)
    /// Stopped by Ctrl-C or SIGTERM, after the document in progress.
    static let interrupted = ExitCode(130)
}
