import AtlasCore
import CPoppler
import Foundation

/// PDF text and metadata through poppler-glib.
enum PDFExtractor {
    static func extract(_ data: Data) -> ExtractionResult {
        if !hasEndOfFileMarker(data) {
            return .failure(ExtractionFailure(.truncated, "no %%EOF marker at the end of the PDF"))
        }
        let document: PopplerDocument
        switch PopplerDocument.open(data) {
        case .success(let opened): document = opened
        case .failure(let failure): return .failure(failure)
        }
        var pages: [String] = []
        pages.reserveCapacity(document.pageCount)
        for index in 0..<document.pageCount {
            pages.append(document.text(ofPage: index))
        }
        return .success(ExtractedDocument(format: .pdf, pages: pages, metadata: document.metadata()))
    }

    /// A complete PDF ends with `%%EOF` (possibly followed by a few bytes of whitespace or junk).
    static func hasEndOfFileMarker(_ data: Data) -> Bool {
        let tail = data.suffix(2048)
        return tail.range(of: Data("%%EOF".utf8)) != nil
    }
}
