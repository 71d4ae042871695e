import AtlasCore
import Foundation
import ZIPFoundation

/// A DOCX as a ZIP package opened in memory, with the limits that keep ZIP bombs out: the sizes the
/// central directory declares are checked before anything is inflated, and inflation stops as
/// soon as the real bytes pass the limits (declared sizes can lie). Not `Sendable`.
final class DOCXPackage {
    private let archive: Archive
    private let limits: ExtractionLimits
    private var inflated = 0
    /// Entries by path: `archive[path]` walks the central directory on every call.
    private let entries: [String: Entry]

    private init(archive: Archive, limits: ExtractionLimits) {
        self.archive = archive
        self.limits = limits
        var entries: [String: Entry] = [:]
        for entry in archive where entries[entry.path] == nil { entries[entry.path] = entry }
        self.entries = entries
    }

    static func open(_ data: Data, limits: ExtractionLimits) -> Result<DOCXPackage, ExtractionFailure> {
        if !hasEndOfCentralDirectory(data) {
            return .failure(ExtractionFailure(.truncated, "the ZIP archive has no end-of-central-directory record"))
        }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            return .failure(ExtractionFailure(.corrupt, "not a readable ZIP archive: \(error)"))
        }
        var declared: UInt64 = 0
        for entry in archive {
            let size = entry.uncompressedSize
            declared &+= size
            if size > 1_048_576,
                Double(size) / Double(max(entry.compressedSize, 1)) > limits.maxCompressionRatio
            {
                let ratio = Int(Double(size) / Double(max(entry.compressedSize, 1)))
                return .failure(
                    ExtractionFailure(
                        .tooLarge,
                        "\(entry.path) inflates \(ratio)× (limit \(Int(limits.maxCompressionRatio))×): a ZIP bomb?"))
            }
        }
        if declared > UInt64(limits.maxUncompressedBytes) {
            return .failure(
                ExtractionFailure(
                    .tooLarge,
                    "the parts inflate to \(declared / 1_048_576) MiB (limit \(limits.maxUncompressedBytes / 1_048_576) MiB)"
                ))
        }
        return .success(DOCXPackage(archive: archive, limits: limits))
    }

    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// Inflates one part; `nil` when there is no such part.
    func read(_ path: String) throws(ExtractionFailure) -> Data? {
        guard let entry = entries[path] else { return nil }
        var content = Data()
        let budget = limits.maxUncompressedBytes - inflated
        let ratioLimit = Int(Double(max(entry.compressedSize, 1)) * limits.maxCompressionRatio)
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                content.append(chunk)
                if content.count > budget {
                    throw ExtractionFailure(
                        .tooLarge,
                        "\(entry.path) inflates past \(self.limits.maxUncompressedBytes / 1_048_576) MiB (a ZIP bomb?)")
                }
                if content.count > 1_048_576, content.count > ratioLimit {
                    throw ExtractionFailure(
                        .tooLarge,
                        "\(entry.path) inflates more than \(Int(self.limits.maxCompressionRatio))× (a ZIP bomb?)")
                }
            }
        } catch let failure as ExtractionFailure {
            throw failure
        } catch {
            throw ExtractionFailure(.corrupt, "\(entry.path) cannot be inflated: \(error)")
        }
        inflated += content.count
        return content
    }

    /// The relationships of a part (`word/document.xml` → `word/_rels/document.xml.rels`): type
    /// (last path component of the type URI, `header`, `footnotes`…) and the target part's path.
    func relationships(of partPath: String) throws(ExtractionFailure) -> [(type: String, target: String)] {
        let folder = (partPath as NSString).deletingLastPathComponent
        let name = (partPath as NSString).lastPathComponent
        let relsPath = folder.isEmpty ? "_rels/\(name).rels" : "\(folder)/_rels/\(name).rels"
        guard let xml = try read(relsPath), let reader = XMLStreamReader(xml, maxDepth: limits.maxXMLDepth) else {
            return []
        }
        var result: [(String, String)] = []
        do {
            while let node = try reader.next() {
                guard case .start("Relationship", _, _) = node,
                    let type = reader.attribute("Type"), let target = reader.attribute("Target"),
                    reader.attribute("TargetMode") != "External"
                else { continue }
                let kind = String(type.split(separator: "/").last ?? "")
                result.append((kind, Self.resolve(target, from: folder)))
            }
        } catch {
            throw ExtractionFailure(.corrupt, "\(relsPath): \(error.message)")
        }
        return result
    }

    /// A relationship target relative to the source part's folder (or absolute, from the package root).
    static func resolve(_ target: String, from folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(component)
            }
        }
        return parts.joined(separator: "/")
    }

    /// A ZIP ends with an end-of-central-directory record (`PK\u{5}\u{6}`) in its last 64 KiB.
    static func hasEndOfCentralDirectory(_ data: Data) -> Bool {
        data.suffix(65_557).range(of: Data([0x50, 0x4B, 0x05, 0x06])) != nil
    }
}
