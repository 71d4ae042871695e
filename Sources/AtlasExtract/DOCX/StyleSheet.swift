import AtlasCore
import Foundation

/// `word/styles.xml`: what each paragraph style is called and what it makes of a paragraph
/// (heading level, title, list level), following `basedOn` chains.
struct StyleSheet {
    struct Style {
        var name: String
        var basedOn: String?
        /// `w:outlineLvl`, 0-based (0 is a level-1 heading; 9 is body text).
        var outlineLevel: Int?
        /// The list level the style gives, 0-based, when it numbers paragraphs.
        var listLevel: Int?
        var numbered = false
        /// The list (`w:numId`) the style numbers its paragraphs with.
        var numId: String?
    }

    var styles: [String: Style] = [:]
    /// Roles already worked out, by style id (a document uses a few styles many times).
    private var roles: [String: (kind: TextBlock.Kind, level: Int?)?] = [:]

    init() {}

    init(_ xml: Data, maxDepth: Int) throws(XMLStreamReader.ParseError) {
        guard let reader = XMLStreamReader(xml, maxDepth: maxDepth) else { return }
        var current: (id: String, style: Style)?
        var inParagraphProperties = false
        while let node = try reader.next() {
            switch node {
            case .start(let name, _, let isEmpty):
                switch name {
                case "style":
                    let type = reader.attribute("type") ?? "paragraph"
                    if type == "paragraph", let id = reader.attribute("styleId") {
                        current = (id, Style(name: id))
                    } else {
                        current = nil
                    }
                    if isEmpty { current = nil }
                case "name": if let value = reader.attribute("val") { current?.style.name = value }
                case "basedOn": current?.style.basedOn = reader.attribute("val")
                case "pPr": inParagraphProperties = !isEmpty
                case "outlineLvl" where inParagraphProperties:
                    current?.style.outlineLevel = reader.attribute("val").flatMap(Int.init)
                case "ilvl" where inParagraphProperties:
                    current?.style.listLevel = reader.attribute("val").flatMap(Int.init)
                case "numId" where inParagraphProperties:
                    let value = reader.attribute("val") ?? "0"
                    current?.style.numbered = value != "0"
                    current?.style.numId = value
                default: break
                }
            case .end(let name, _):
                if name == "pPr" { inParagraphProperties = false }
                if name == "style", let finished = current {
                    styles[finished.id] = finished.style
                    current = nil
                }
            case .text: break
            }
        }
    }

    /// The name a style is known by (`heading 1`), or the id when the sheet does not know it.
    func name(of id: String) -> String {
        styles[id]?.name ?? id
    }

    /// The list and level a style numbers its paragraphs with, following `basedOn`.
    func numbering(of id: String) -> (numId: String, level: Int)? {
        var seen = Set<String>()
        var currentID: String? = id
        var level: Int?
        while let styleID = currentID, seen.insert(styleID).inserted, seen.count < 20, let style = styles[styleID] {
            if level == nil { level = style.listLevel }
            if let numId = style.numId { return numId == "0" ? nil : (numId, level ?? 0) }
            currentID = style.basedOn
        }
        return nil
    }

    /// What a paragraph in this style is: heading (with level), title, list item (with level), or nothing special.
    mutating func role(of id: String) -> (kind: TextBlock.Kind, level: Int?)? {
        if let known = roles[id] { return known }
        let role = resolveRole(of: id)
        roles[id] = .some(role)
        return role
    }

    private func resolveRole(of id: String) -> (kind: TextBlock.Kind, level: Int?)? {
        var seen = Set<String>()
        var currentID: String? = id
        var outline: Int?
        var listLevel: Int?
        var numbered = false
        while let styleID = currentID, seen.insert(styleID).inserted, seen.count < 20 {
            let style = styles[styleID]
            let name = (style?.name ?? styleID).lowercased()
            if let role = Self.roleByName(name) { return role }
            if outline == nil { outline = style?.outlineLevel }
            if listLevel == nil { listLevel = style?.listLevel }
            numbered = numbered || (style?.numbered ?? false)
            currentID = style?.basedOn
        }
        if let outline, outline < 9 { return (.heading, outline + 1) }
        if numbered { return (.listItem, (listLevel ?? 0) + 1) }
        return nil
    }

    /// Word's built-in names, whatever the interface language (`heading 1`, `Title`, `List Bullet 2`),
    /// and the ITU template's (`Annex_NoTitle`, `Appendix_No`, `Headingb`, `enumlev1`).
    static func roleByName(_ name: String) -> (kind: TextBlock.Kind, level: Int?)? {
        let compact = name.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "_", with: "")
        if compact.hasPrefix("heading"), let digit = compact.dropFirst(7).first, digit.isNumber,
            compact.count == 8, let level = digit.wholeNumberValue, level >= 1
        {
            return (.heading, level)
        }
        switch compact {
        case "title", "rectitle": return (.title, nil)
        case "annexnotitle", "annexno", "appendixnotitle", "appendixno", "annextitle", "appendixtitle", "annexref",
            "headingb", "headingi":
            return (.heading, 1)
        default: break
        }
        for prefix in ["listbullet", "listnumber", "enumlev"] where compact.hasPrefix(prefix) {
            let level = compact.dropFirst(prefix.count).first?.wholeNumberValue ?? 1
            return (.listItem, max(level, 1))
        }
        if compact == "listparagraph" { return (.listItem, 1) }
        return nil
    }
}
