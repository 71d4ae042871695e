import AtlasCore
import Foundation

/// Extracts text and metadata from the bytes of one file, choosing the reader by the format that
/// discovery sniffed. Every problem with the file comes back as an `ExtractionFailure`.
public enum Extractor {
    /// The version recorded with every document, so a later extractor can re-extract on purpose.
    public static let version = "1"

    public static func extract(_ data: Data, format: FileFormat) -> ExtractionResult {
        switch format {
        case .pdf: return PDFExtractor.extract(data)
        case .zip, .docx: return DOCXExtractor.extract(data)
        case .empty: return .failure(ExtractionFailure(.empty, "the file is empty"))
        case .ole2:
            return .failure(
                ExtractionFailure(.unsupported, "legacy OLE2 compound file (.doc); save it as DOCX or PDF"))
        case .unknown:
            return .failure(ExtractionFailure(.unsupported, "neither PDF nor DOCX (no known magic bytes)"))
        }
    }

    /// Reads a file from disk and extracts it.
    public static func extract(contentsOf url: URL) -> ExtractionResult {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return .failure(ExtractionFailure(.unreadable, "cannot read \(url.path): \(error.localizedDescription)"))
        }
        return extract(data, format: FileFormat.sniff(data.prefix(1024)))
    }
}
