/// A running header or footer: text that repeats on the pages of a document and is not part of its body.
public struct RunningText: Sendable, Hashable, Codable {
    public enum Position: String, Sendable, Codable {
        case header, footer
    }

    public var position: Position
    /// The text as found on the first page that carries it (PDF), or the header/footer part's
    /// text (DOCX). Page numbers vary from page to page; see `ExtractedDocument.pageLabels`.
    public var text: String
    /// 1-based PDF pages it was removed from; empty for DOCX, whose headers and footers are separate parts.
    public var pages: [Int]

    public init(position: Position, text: String, pages: [Int] = []) {
        self.position = position
        self.text = text
        self.pages = pages
    }
}
