import AtlasCore
import Foundation

/// Extracts text, structure and metadata from the bytes of one file, choosing the reader by the
/// format that discovery sniffed. Every problem with the file comes back as an `ExtractionFailure`.
///
/// This runs the C libraries in the calling process: the pipeline calls it inside worker processes
/// (see `AtlasPipeline.ExtractionSupervisor`), so that a crash or a hang costs one document.
public enum Extractor {
    /// The version recorded with every document, so a later extractor can re-extract on purpose.
    public static let version = "2"

    public static func extract(
        _ data: Data, format: FileFormat, limits: ExtractionLimits = ExtractionLimits()
    )
        -> ExtractionResult
    {
        if data.count > limits.maxFileBytes {
            return .failure(
                ExtractionFailure(.tooLarge, "\(data.count) bytes is over the limit of \(limits.maxFileBytes) bytes"))
        }
        switch format {
        case .pdf: return PDFExtractor.extract(data, limits: limits)
        case .zip, .docx: return DOCXExtractor.extract(data, limits: limits)
        case .empty: return .failure(ExtractionFailure(.empty, "the file is empty"))
        case .ole2:
            if OLE2.isEncryptedOOXML(data) {
                return .failure(ExtractionFailure(.encrypted, "a password-protected Office document"))
            }
            return .failure(
                ExtractionFailure(.unsupported, "legacy OLE2 compound file (.doc); save it as DOCX or PDF"))
        case .unknown:
            return .failure(ExtractionFailure(.unsupported, "neither PDF nor DOCX (no known magic bytes)"))
        }
    }

    /// Reads a file from disk and extracts it; files over the size limit are not read.
    public static func extract(
        contentsOf url: URL, limits: ExtractionLimits = ExtractionLimits()
    )
        -> ExtractionResult
    {
        if let size = try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int,
            size > limits.maxFileBytes
        {
            return .failure(
                ExtractionFailure(.tooLarge, "\(size) bytes is over the limit of \(limits.maxFileBytes) bytes"))
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return .failure(ExtractionFailure(.unreadable, "cannot read \(url.path): \(error.localizedDescription)"))
        }
        let format = FileFormat.sniff(data.prefix(1024))
        // A name that promises a PDF or a DOCX over bytes that are neither: a damaged file.
        if format == .unknown, claimedFormats.contains(url.pathExtension.lowercased()) {
            return .failure(
                ExtractionFailure(
                    .corrupt,
                    "named .\(url.pathExtension) but the content is neither PDF nor DOCX (no known magic bytes)"))
        }
        return extract(data, format: format, limits: limits)
    }

    /// Extensions that promise a format this extractor reads.
    static let claimedFormats: Set<String> = ["pdf", "docx", "docm", "dotx"]
}

/// OLE2 compound files: legacy Word documents, and password-protected OOXML (an `EncryptedPackage`
/// stream inside a compound file).
enum OLE2 {
    static func isEncryptedOOXML(_ data: Data) -> Bool {
        let name = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return data.range(of: name) != nil
    }
}
