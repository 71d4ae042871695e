/// A footnote or an endnote.
public struct Note: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable {
        case footnote, endnote
    }

    public var kind: Kind
    /// The note's id in the document (DOCX `w:id`).
    public var id: String
    public var text: String

    public init(kind: Kind, id: String, text: String) {
        self.kind = kind
        self.id = id
        self.text = text
    }
}

/// A reviewer's comment and the body text it is anchored to.
public struct Comment: Sendable, Hashable, Codable {
    public var id: String
    public var author: String?
    /// As the document states it (ISO 8601 in DOCX).
    public var date: String?
    public var text: String
    /// The body text the comment marks, when it marks a range.
    public var anchor: String?

    public init(id: String, author: String? = nil, date: String? = nil, text: String, anchor: String? = nil) {
        self.id = id
        self.author = author
        self.date = date
        self.text = text
        self.anchor = anchor
    }
}

/// One tracked change (revision) of a DOCX: a run of inserted or deleted text.
public struct TrackedChange: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// `w:ins`: the text is in the body as proposed.
        case insertion
        /// `w:del`: the text is left out of the body.
        case deletion
        /// `w:moveFrom`: moved away from here (left out of the body).
        case moveFrom = "move-from"
        /// `w:moveTo`: moved here (in the body).
        case moveTo = "move-to"
    }

    public var kind: Kind
    public var text: String
    public var author: String?
    public var date: String?
    /// The index in `ExtractedDocument.blocks` of the block the change stands in, for body changes.
    public var block: Int?
    /// The part the change stands in: `body`, `footnotes`, `endnotes`, `comments`, `header`, `footer`.
    public var part: String

    public init(
        kind: Kind, text: String, author: String? = nil, date: String? = nil, block: Int? = nil, part: String = "body"
    ) {
        self.kind = kind
        self.text = text
        self.author = author
        self.date = date
        self.block = block
        self.part = part
    }
}
