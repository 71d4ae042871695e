import AtlasCore
import Foundation

/// The text of a WordprocessingML part (`word/document.xml`): paragraphs in order, one per line,
/// table cells separated by tabs, deleted runs (`w:delText`) left out so the text reads as proposed.
enum WordprocessingText {
    static func text(of xml: Data) throws -> String {
        guard let reader = XMLStreamReader(xml) else {
            throw ExtractionFailure(.corrupt, "word/document.xml cannot be parsed")
        }
        var text = ""
        var inTextRun = false
        do {
            while let node = try reader.next() {
                switch node {
                case .start(let name, _, let isEmpty):
                    switch name {
                    case "t": inTextRun = !isEmpty
                    case "tab": text.append("\t")
                    case "br", "cr": text.append("\n")
                    default: break
                    }
                case .end(let name, _):
                    switch name {
                    case "t": inTextRun = false
                    case "p": text.append("\n")
                    case "tc": text.append("\t")
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
