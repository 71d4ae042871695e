import AtlasCore
import Foundation

/// The text of a WordprocessingML part (`word/document.xml`): paragraphs in order, one per line;
/// a table row is one line with its cells separated by tabs (paragraphs inside a cell joined by a
/// space); deleted runs (`w:delText`) are left out so the text reads as proposed.
enum WordprocessingText {
    static func text(of xml: Data) throws -> String {
        guard let reader = XMLStreamReader(xml) else {
            throw ExtractionFailure(.corrupt, "word/document.xml cannot be parsed")
        }
        var text = ""
        var inTextRun = false
        var cellDepth = 0
        do {
            while let node = try reader.next() {
                switch node {
                case .start(let name, _, let isEmpty):
                    switch name {
                    case "t": inTextRun = !isEmpty
                    case "tab": text.append(cellDepth > 0 ? " " : "\t")
                    case "br", "cr": text.append(cellDepth > 0 ? " " : "\n")
                    case "tc" where !isEmpty: cellDepth += 1
                    default: break
                    }
                case .end(let name, _):
                    switch name {
                    case "t": inTextRun = false
                    case "p": text.append(cellDepth > 0 ? " " : "\n")
                    case "tc":
                        cellDepth = max(0, cellDepth - 1)
                        while text.last == " " { text.removeLast() }
                        text.append("\t")
                    case "tr":
                        if text.last == "\t" { text.removeLast() }
                        text.append("\n")
                    default: break
                    }
                case .text(let value):
                    if inTextRun { text.append(value) }
                }
            }
        } catch {
            throw ExtractionFailure(.corrupt, "word/document.xml is not well-formed XML: \(error.message)")
        }
        return text
    }
}
