/// A paragraph-sized piece of a document's body, in reading order, with the role it plays.
public struct TextBlock: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// The document title (DOCX `Title` style).
        case title
        /// A heading; `level` is 1 for `1 Scope`, `Annex A` or `Heading 1`, 3 for `6.2.1 …`.
        case heading
        case paragraph
        /// A bullet or numbered item; `level` is 1 for the outermost list.
        case listItem = "list-item"
        /// One table cell; `cell` says where it stands.
        case tableCell = "table-cell"
    }

    /// Where the block lives when it is not in the main flow of the body.
    public enum Container: String, Sendable, Codable {
        /// DOCX `w:txbxContent`: a text box anchored in the paragraph before it.
        case textBox = "text-box"
    }

    /// Position of a table cell: the document's table (from 0), the row and the cell in the row (from 0).
    public struct Cell: Sendable, Hashable, Codable {
        public var table: Int
        public var row: Int
        public var column: Int

        public init(table: Int, row: Int, column: Int) {
            self.table = table
            self.row = row
            self.column = column
        }
    }

    public var kind: Kind
    /// The text, normalised; lines within the block joined by a space (DOCX cells keep their
    /// paragraphs on separate lines).
    public var text: String
    /// Heading level (1–9) or list level (1 = outermost).
    public var level: Int?
    /// The style as the document names it (DOCX style name such as `heading 2`; for PDF the font,
    /// `DejaVuSerif-Bold 12`).
    public var style: String?
    /// 1-based page for PDF.
    public var page: Int?
    public var cell: Cell?
    public var container: Container?

    public init(
        kind: Kind, text: String, level: Int? = nil, style: String? = nil, page: Int? = nil, cell: Cell? = nil,
        container: Container? = nil
    ) {
        self.kind = kind
        self.text = text
        self.level = level
        self.style = style
        self.page = page
        self.cell = cell
        self.container = container
    }
}
