/// One line of a PDF page as the PDF reader laid it out, in reading order: its text, where it
/// stands (points, origin at the top left of the page) and the font most of its characters use.
public struct LayoutLine: Sendable, Hashable {
    public var text: String
    public var xMin: Double
    public var yMin: Double
    public var xMax: Double
    public var yMax: Double
    /// Font size in points; 0 when unknown.
    public var fontSize: Double
    public var fontName: String?
    public var isBold: Bool

    public init(
        text: String, xMin: Double = 0, yMin: Double = 0, xMax: Double = 0, yMax: Double = 0, fontSize: Double = 0,
        fontName: String? = nil, isBold: Bool = false
    ) {
        self.text = text
        self.xMin = xMin
        self.yMin = yMin
        self.xMax = xMax
        self.yMax = yMax
        self.fontSize = fontSize
        self.fontName = fontName
        self.isBold = isBold
    }

    public var height: Double { yMax - yMin }

    /// Whether a font name says bold (`Times-Bold`, `ArialMT,Bold`, `Calibri-Semibold`, `…Heavy`).
    public static func isBoldFont(_ name: String) -> Bool {
        let lowered = Array(name.lowercased().utf8)
        return ["bold", "black", "heavy", "demi"].contains { word in
            let needle = Array(word.utf8)
            guard lowered.count >= needle.count else { return false }
            return (0...(lowered.count - needle.count)).contains {
                lowered[$0..<($0 + needle.count)].elementsEqual(needle)
            }
        }
    }
}

/// A PDF page: its size and its lines in reading order.
public struct LayoutPage: Sendable, Hashable {
    public var width: Double
    public var height: Double
    public var lines: [LayoutLine]

    public init(width: Double, height: Double, lines: [LayoutLine]) {
        self.width = width
        self.height = height
        self.lines = lines
    }
}
