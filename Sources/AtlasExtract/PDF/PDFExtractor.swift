import AtlasCore
import Foundation

/// PDF text, structure and metadata through poppler-glib.
enum PDFExtractor {
    static func extract(_ data: Data, limits: ExtractionLimits) -> ExtractionResult {
        if !hasEndOfFileMarker(data) {
            return .failure(ExtractionFailure(.truncated, "no %%EOF marker at the end of the PDF"))
        }
        let document: PopplerDocument
        switch PopplerDocument.open(data) {
        case .success(let opened): document = opened
        case .failure(let failure): return .failure(failure)
        }
        let pageCount = document.pageCount
        if pageCount > limits.maxPages {
            return .failure(ExtractionFailure(.tooLarge, "\(pageCount) pages is over the limit of \(limits.maxPages)"))
        }
        var rawPages: [String] = []
        var layoutPages: [LayoutPage] = []
        var imageOnlyPages: [Int] = []
        rawPages.reserveCapacity(pageCount)
        layoutPages.reserveCapacity(pageCount)
        for index in 0..<pageCount {
            guard let page = document.page(index) else {
                rawPages.append("")
                layoutPages.append(LayoutPage(width: 0, height: 0, lines: []))
                continue
            }
            let (text, layout) = page.layout()
            rawPages.append(text)
            layoutPages.append(layout)
            if !text.contains(where: { !$0.isWhitespace }), page.hasImages() {
                imageOnlyPages.append(index + 1)
            }
        }
        var metadata = document.metadata()
        metadata["pages"] = String(pageCount)
        let assembled = LayoutAssembler().assemble(layoutPages)
        var extracted = ExtractedDocument(format: .pdf, pages: assembled.pages, metadata: metadata)
        extracted.blocks = assembled.blocks
        extracted.headersFooters = assembled.headersFooters
        extracted.pageLabels = assembled.pageLabels
        extracted.quality = ExtractionQuality.measure(pages: rawPages, imageOnlyPages: imageOnlyPages)
        return .success(extracted)
    }

    /// A complete PDF ends with `%%EOF` (possibly followed by some whitespace or junk).
    static func hasEndOfFileMarker(_ data: Data) -> Bool {
        let tail = data.suffix(4096)
        return tail.range(of: Data("%%EOF".utf8)) != nil
    }
}
