import AtlasCore
import Foundation

/// `word/numbering.xml`: the numbers Word prints before headings and list items (`1`, `6.2.1`,
/// `a)`, `iv.`), which are not in the text runs. Counters run per list (`w:num`) as paragraphs come.
struct Numbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
        /// `w:isLgl`: every level in decimal.
        var legal = false
    }

    /// Levels of each abstract numbering, by level index.
    private var abstracts: [String: [Int: Level]] = [:]
    /// `numId` → abstract numbering id, and start overrides.
    private var instances: [String: (abstract: String, overrides: [Int: Int])] = [:]
    /// Paragraph style id → (numId, level) for levels linked to a style (`w:lvl/w:pStyle`).
    private(set) var styleLinks: [String: (numId: String, level: Int)] = [:]
    private var counters: [String: [Int: Int]] = [:]

    init() {}

    init(_ xml: Data, maxDepth: Int) throws(XMLStreamReader.ParseError) {
        guard let reader = XMLStreamReader(xml, maxDepth: maxDepth) else { return }
        var abstract: String?
        var level: (index: Int, value: Level)?
        var levelStyle: String?
        var num: String?
        var overrideLevel: Int?
        var abstractStyleLinks: [String: [(style: String, level: Int)]] = [:]
        while let node = try reader.next() {
            switch node {
            case .start(let name, _, _):
                switch name {
                case "abstractNum": abstract = reader.attribute("abstractNumId")
                case "lvl" where abstract != nil:
                    level = (Int(reader.attribute("ilvl") ?? "0") ?? 0, Level())
                    levelStyle = nil
                case "start" where level != nil: level?.value.start = reader.attribute("val").flatMap(Int.init) ?? 1
                case "numFmt" where level != nil: level?.value.format = reader.attribute("val") ?? "decimal"
                case "lvlText" where level != nil: level?.value.text = reader.attribute("val") ?? ""
                case "isLgl" where level != nil: level?.value.legal = reader.attribute("val") != "0"
                case "pStyle" where level != nil: levelStyle = reader.attribute("val")
                case "num":
                    num = reader.attribute("numId")
                    if let num { instances[num] = ("", [:]) }
                case "abstractNumId" where num != nil:
                    if let num { instances[num]?.abstract = reader.attribute("val") ?? "" }
                case "lvlOverride" where num != nil: overrideLevel = reader.attribute("ilvl").flatMap(Int.init)
                case "startOverride" where num != nil && overrideLevel != nil:
                    if let num, let overrideLevel, let value = reader.attribute("val").flatMap(Int.init) {
                        instances[num]?.overrides[overrideLevel] = value
                    }
                default: break
                }
            case .end(let name, _):
                switch name {
                case "lvl":
                    if let abstract, let finished = level {
                        abstracts[abstract, default: [:]][finished.index] = finished.value
                        if let levelStyle {
                            abstractStyleLinks[abstract, default: []].append((levelStyle, finished.index))
                        }
                    }
                    level = nil
                case "abstractNum": abstract = nil
                case "num": num = nil
                case "lvlOverride": overrideLevel = nil
                default: break
                }
            case .text: break
            }
        }
        // A style linked to a level numbers through the first list that uses its abstract numbering.
        for (numId, instance) in instances.sorted(by: { $0.key < $1.key }) {
            for link in abstractStyleLinks[instance.abstract] ?? [] where styleLinks[link.style] == nil {
                styleLinks[link.style] = (numId, link.level)
            }
        }
    }

    /// Advances the list's counter at `level` and returns the label Word prints (`6.2.1`, `a)`),
    /// or `nil` for bullets, unnumbered levels and unknown lists.
    mutating func label(numId: String, level: Int) -> String? {
        guard let instance = instances[numId], let levels = abstracts[instance.abstract], let current = levels[level]
        else { return nil }
        var values = counters[numId] ?? [:]
        let start = instance.overrides[level] ?? current.start
        values[level] = (values[level] ?? (start - 1)) + 1
        for deeper in values.keys where deeper > level { values[deeper] = nil }
        counters[numId] = values
        guard current.format != "bullet", current.format != "none" else { return nil }
        var text = current.text
        for index in 0...level {
            let placeholder = "%\(index + 1)"
            guard text.contains(placeholder) else { continue }
            let levelFormat = levels[index] ?? Level()
            let value = values[index] ?? (instance.overrides[index] ?? levelFormat.start)
            let format = current.legal ? "decimal" : levelFormat.format
            text = text.replacingOccurrences(of: placeholder, with: Self.format(value, as: format))
        }
        let label = text.trimmingCharacters(in: .whitespaces)
        return label.isEmpty ? nil : label
    }

    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "lowerLetter": return letters(value).lowercased()
        case "upperLetter": return letters(value)
        case "lowerRoman": return roman(value).lowercased()
        case "upperRoman": return roman(value)
        case "decimalZero": return value < 10 ? "0\(value)" : String(value)
        default: return String(value)
        }
    }

    /// 1 → A, 26 → Z, 27 → AA (Word repeats the letter).
    private static func letters(_ value: Int) -> String {
        guard value > 0 else { return String(value) }
        let letter = Character(Unicode.Scalar(UInt8(65 + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var result = ""
        for (amount, symbol) in table {
            while rest >= amount {
                result += symbol
                rest -= amount
            }
        }
        return result
    }
}
