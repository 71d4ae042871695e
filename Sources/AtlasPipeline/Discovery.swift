import AtlasCore
import Foundation

/// Finds the files to ingest below the given paths, in a stable order.
///
/// A file is taken when its first bytes say it is a document (PDF, ZIP, OLE2), when its name says
/// so (`.pdf`, `.docx`, …: it may then turn out empty or mislabelled, and is recorded as a failure),
/// or when it was named on the command line. Hidden files and folders are passed over, and so are
/// other files below a folder (sources, notes, gold files), which are counted as ignored.
public struct Discovery {
    public struct Candidate: Sendable, Hashable {
        /// The path as it will be recorded: relative when the given path was relative.
        public var path: String
        public var url: URL
    }

    public struct Result: Sendable {
        public var candidates: [Candidate] = []
        public var ignored = 0
        public var missing: [String] = []
    }

    public init() {}

    public func discover(_ paths: [String]) -> Result {
        var result = Result()
        let fileManager = FileManager.default
        var seen = Set<String>()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.missing.append(path)
                continue
            }
            if !isDirectory.boolValue {
                if seen.insert(path).inserted {
                    result.candidates.append(Candidate(path: path, url: URL(fileURLWithPath: path)))
                }
                continue
            }
            for relative in filesBelow(path) {
                let full = (path as NSString).appendingPathComponent(relative)
                let url = URL(fileURLWithPath: full)
                if isDocument(url), seen.insert(full).inserted {
                    result.candidates.append(Candidate(path: full, url: url))
                } else {
                    result.ignored += 1
                }
            }
        }
        result.candidates.sort { $0.path < $1.path }
        return result
    }

    /// Regular files below a folder, relative to it, hidden ones left out, sorted.
    private func filesBelow(_ folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory {
                    enumerator.skipDescendants()
                }
                continue
            }
            if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeRegular {
                files.append(relative)
            }
        }
        return files.sorted()
    }

    private func isDocument(_ url: URL) -> Bool {
        if FileFormat.documentExtensions.contains(url.pathExtension.lowercased()) { return true }
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let prefix = (try? handle.read(upToCount: 1024)) ?? Data()
        switch FileFormat.sniff(prefix) {
        case .pdf, .zip, .docx, .ole2: return true
        case .empty, .unknown: return false
        }
    }
}
