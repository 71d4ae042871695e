/// The text and metadata extraction found in one file.
public struct ExtractedDocument: Sendable, Hashable, Codable {
    /// `.pdf` or `.docx`.
    public var format: FileFormat
    /// The text of each page for PDF; a single element holding the body for DOCX, which has no pages.
    public var pages: [String]
    /// Metadata as the file states it (PDF information dictionary, DOCX `docProps/core.xml`):
    /// keys `title`, `author`, `subject`, `keywords`, `creator`, `producer`, `created`, `modified`.
    public var metadata: [String: String]

    // What extraction found besides the body text. Each is empty when the format has none.

    /// The body as paragraph-sized blocks in reading order, with their role (title, heading and its
    /// level, list item, table cell), style and page.
    public var blocks: [TextBlock] = []
    /// Running headers and footers: PDF lines repeated across pages (removed from `pages`), DOCX
    /// header and footer parts (never in the body).
    public var headersFooters: [RunningText] = []
    /// The printed page number (`i`, `ii`, `1`, …) of each PDF page as found in its header or footer,
    /// `""` where none was found; empty for DOCX.
    public var pageLabels: [String] = []
    /// Footnotes and endnotes, kept apart from the body.
    public var notes: [Note] = []
    /// Reviewers' comments, kept apart from the body.
    public var comments: [Comment] = []
    /// DOCX tracked changes: the body reads as proposed (insertions kept, deletions left out); each
    /// inserted and deleted run is recorded here too, because in a contribution the changes are the proposal.
    public var trackedChanges: [TrackedChange] = []
    /// How trustworthy the text is: characters per page, unmapped glyphs, pages without text.
    public var quality = ExtractionQuality()

    public init(format: FileFormat, pages: [String], metadata: [String: String] = [:]) {
        self.format = format
        self.pages = pages
        self.metadata = metadata
    }

    /// Page count for PDF; `nil` for formats without pages.
    public var pageCount: Int? { format == .pdf ? pages.count : nil }

    /// The whole text, pages separated by a form feed as `pdftotext` does.
    public var text: String { pages.joined(separator: "\u{0C}") }

    /// The title: the metadata title when it is a real one, else the first line of text that reads
    /// like a title.
    public var title: String? {
        if let stated = metadata["title"].map(Self.collapsingWhitespace), Self.isUsableTitle(stated) {
            return stated
        }
        for line in text.split(whereSeparator: \.isNewline) {
            let candidate = Self.collapsingWhitespace(String(line))
            if candidate.count >= 4, candidate.contains(where: \.isLetter) {
                return String(candidate.prefix(200))
            }
        }
        return nil
    }

    /// Real ITU PDFs often carry a word-processor file name as their title.
    static func isUsableTitle(_ title: String) -> Bool {
        guard title.count >= 4, title.contains(where: \.isLetter) else { return false }
        let lowered = title.lowercased()
        let junkPrefixes = ["microsoft word - ", "untitled", "document1", "powerpoint presentation"]
        if junkPrefixes.contains(where: lowered.hasPrefix) { return false }
        let fileEndings = [".doc", ".docx", ".pdf", ".rtf", ".odt"]
        return !fileEndings.contains(where: lowered.hasSuffix)
    }

    static func collapsingWhitespace(_ text: String) -> String {
        FastText.collapsed(text)
    }
}
