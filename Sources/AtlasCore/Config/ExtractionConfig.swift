import Foundation
import Yams

/// What extraction may spend on one document, so that hostile or broken files cost a failure row
/// and nothing more.
public struct ExtractionLimits: Sendable, Hashable, Codable {
    /// Larger files are `too-large` without being opened.
    public var maxFileBytes = 256 * 1_048_576
    /// PDFs with more pages are `too-large`.
    public var maxPages = 5000
    /// All parts of a DOCX together, inflated (a ZIP bomb defence).
    public var maxUncompressedBytes = 512 * 1_048_576
    /// Inflated size over compressed size of one ZIP entry, checked for entries above 1 MiB.
    public var maxCompressionRatio = 100.0
    /// Element nesting in a DOCX XML part.
    public var maxXMLDepth = 200

    public init() {}
}

/// How the extraction worker processes run.
public struct WorkerSettings: Sendable, Hashable, Codable {
    /// Worker processes extracting at once; 0 means one per core.
    public var jobs = 0
    /// A document that takes longer is recorded as `timeout` and its worker is replaced.
    public var timeoutSeconds = 120.0
    /// A worker whose resident memory grows past this is stopped and the document recorded as `too-large`.
    public var memoryLimitBytes = 2048 * 1_048_576
    /// A worker is replaced after this many documents (a bound on leaks in the C libraries).
    public var recycleAfter = 200

    public init() {}

    /// `jobs`, with 0 resolved to the number of cores.
    public var effectiveJobs: Int { jobs > 0 ? jobs : max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

/// `pipeline/extraction.yaml`: extraction limits and worker settings. Defaults come from the types;
/// the file overrides some of them; command-line options override the file.
public struct ExtractionConfig: Sendable, Hashable {
    public var limits = ExtractionLimits()
    public var workers = WorkerSettings()

    public init() {}

    /// The default location, relative to the working directory.
    public static let defaultPath = "pipeline/extraction.yaml"

    /// Reads a config file. Unknown keys and values out of range are errors naming the file and the key.
    public static func load(from url: URL) throws -> ExtractionConfig {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ExtractionConfigError(file: url.path, message: "cannot be read: \(error.localizedDescription)")
        }
        return try parse(text, file: url.path)
    }

    /// Reads `pipeline/extraction.yaml` when it exists, else the defaults.
    public static func loadDefault(relativeTo folder: URL? = nil) throws -> ExtractionConfig {
        let base = folder ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let url = base.appendingPathComponent(defaultPath)
        return FileManager.default.fileExists(atPath: url.path) ? try load(from: url) : ExtractionConfig()
    }

    public static func parse(_ yaml: String, file: String = "extraction.yaml") throws -> ExtractionConfig {
        let root: Any?
        do {
            root = try Yams.load(yaml: yaml)
        } catch {
            throw ExtractionConfigError(file: file, message: "is not valid YAML: \(error)")
        }
        var config = ExtractionConfig()
        guard let root else { return config }
        guard let sections = root as? [String: Any] else {
            throw ExtractionConfigError(file: file, message: "must be a mapping with `limits` and `workers`")
        }
        for (section, value) in sections {
            guard let entries = value as? [String: Any] else {
                throw ExtractionConfigError(file: file, message: "`\(section)` must be a mapping")
            }
            for (key, value) in entries {
                let name = "\(section).\(key)"
                let number = try Self.number(value, name: name, file: file)
                switch name {
                case "limits.max_file_mb": config.limits.maxFileBytes = try megabytes(number, name, file)
                case "limits.max_pages": config.limits.maxPages = try count(number, name, file)
                case "limits.max_uncompressed_mb":
                    config.limits.maxUncompressedBytes = try megabytes(number, name, file)
                case "limits.max_compression_ratio":
                    config.limits.maxCompressionRatio = try positive(number, name, file)
                case "limits.max_xml_depth": config.limits.maxXMLDepth = try count(number, name, file)
                case "workers.jobs":
                    guard number >= 0, number == number.rounded() else {
                        throw ExtractionConfigError(file: file, message: "`\(name)` must be 0 (one per core) or more")
                    }
                    config.workers.jobs = Int(number)
                case "workers.timeout_seconds": config.workers.timeoutSeconds = try positive(number, name, file)
                case "workers.memory_limit_mb": config.workers.memoryLimitBytes = try megabytes(number, name, file)
                case "workers.recycle_after": config.workers.recycleAfter = try count(number, name, file)
                default:
                    throw ExtractionConfigError(file: file, message: "unknown key `\(name)`")
                }
            }
        }
        return config
    }

    private static func number(_ value: Any, name: String, file: String) throws -> Double {
        switch value {
        case let int as Int: return Double(int)
        case let double as Double: return double
        default: throw ExtractionConfigError(file: file, message: "`\(name)` must be a number, not `\(value)`")
        }
    }

    private static func positive(_ number: Double, _ name: String, _ file: String) throws -> Double {
        guard number > 0, number.isFinite else {
            throw ExtractionConfigError(file: file, message: "`\(name)` must be greater than 0")
        }
        return number
    }

    private static func count(_ number: Double, _ name: String, _ file: String) throws -> Int {
        guard number >= 1, number == number.rounded(), number < Double(Int32.max) else {
            throw ExtractionConfigError(file: file, message: "`\(name)` must be a whole number of at least 1")
        }
        return Int(number)
    }

    private static func megabytes(_ number: Double, _ name: String, _ file: String) throws -> Int {
        guard number > 0, number < 1_048_576 else {
            throw ExtractionConfigError(file: file, message: "`\(name)` must be between 0 and 1048576 MiB")
        }
        return Int(number * 1_048_576)
    }
}

/// A config file that cannot be used: it stops the run (exit code 1).
public struct ExtractionConfigError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var message: String

    public var description: String { "\(file): \(message)" }
}
