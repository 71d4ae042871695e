/// Signals of how far the extracted text can be trusted, for people and for quality gates.
public struct ExtractionQuality: Sendable, Hashable, Codable {
    public enum Flag: String, Sendable, Codable, CaseIterable {
        /// Some pages (or all) are pictures without a text layer: the text is incomplete until OCR.
        case needsOCR = "needs-ocr"
        /// Many characters are unmapped glyphs (U+FFFD, private-use, control) or not letters at all:
        /// fonts without a usable Unicode mapping.
        case garbled
        /// No text at all.
        case noText = "no-text"
    }

    /// Non-space characters extracted (for PDF as poppler read the pages, running headers included).
    public var characters = 0
    /// Non-space characters on each PDF page; one element for DOCX.
    public var charactersPerPage: [Int] = []
    /// U+FFFD replacement characters, private-use and control characters: glyphs without a Unicode mapping.
    public var unmappedCharacters = 0
    /// `unmappedCharacters / characters` (0 when there are no characters).
    public var unmappedShare = 0.0
    /// Share of letters among the non-space characters: low values mean garbage text.
    public var letterShare = 0.0
    /// 1-based pages with no text.
    public var emptyPages: [Int] = []
    /// 1-based pages with no text but with pictures: scans that need OCR.
    public var imageOnlyPages: [Int] = []
    public var flags: [Flag] = []

    public init() {}

    /// Measures the text of each page (`imageOnlyPages` comes from the extractor, which can see pictures).
    public static func measure(pages: [String], imageOnlyPages: [Int] = []) -> ExtractionQuality {
        var quality = ExtractionQuality()
        var letters = 0
        for (index, page) in pages.enumerated() {
            var count = 0
            for scalar in page.unicodeScalars {
                let value = scalar.value
                if value < 0x80 {
                    // ASCII without Unicode property lookups.
                    if value == 0x20 || value == 0x0A || value == 0x09 || value == 0x0C || value == 0x0D { continue }
                    count += 1
                    if value < 0x20 || value == 0x7F {
                        quality.unmappedCharacters += 1
                    } else if (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) {
                        letters += 1
                    }
                    continue
                }
                if scalar.properties.isWhitespace { continue }
                count += 1
                if value == 0xFFFD || (0xE000...0xF8FF).contains(value) || (0x80...0x9F).contains(value) {
                    quality.unmappedCharacters += 1
                } else if scalar.properties.isAlphabetic {
                    letters += 1
                }
            }
            quality.charactersPerPage.append(count)
            quality.characters += count
            if count == 0 { quality.emptyPages.append(index + 1) }
        }
        quality.imageOnlyPages = imageOnlyPages
        if quality.characters > 0 {
            quality.unmappedShare = Double(quality.unmappedCharacters) / Double(quality.characters)
            quality.letterShare = Double(letters) / Double(quality.characters)
        }
        if !imageOnlyPages.isEmpty { quality.flags.append(.needsOCR) }
        if quality.characters == 0 {
            if !quality.flags.contains(.needsOCR) && !pages.isEmpty { quality.flags.append(.needsOCR) }
            quality.flags.append(.noText)
        } else if quality.characters >= 20 && (quality.unmappedShare > 0.05 || quality.letterShare < 0.4) {
            quality.flags.append(.garbled)
        }
        return quality
    }
}
