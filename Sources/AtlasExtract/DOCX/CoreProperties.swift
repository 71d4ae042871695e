import AtlasCore
import Foundation

/// `docProps/core.xml`: title, creator, subject, keywords, created and modified dates.
enum CoreProperties {
    private static let keys: [String: String] = [
        "title": "title", "creator": "author", "subject": "subject", "keywords": "keywords",
        "created": "created", "modified": "modified", "lastModifiedBy": "lastModifiedBy",
    ]

    static func read(_ xml: Data) throws -> [String: String] {
        guard let reader = XMLStreamReader(xml) else { return [:] }
        var metadata: [String: String] = [:]
        var current: String?
        var value = ""
        while let node = try reader.next() {
            switch node {
            case .start(let name, _, _):
                current = keys[name]
                value = ""
            case .text(let text):
                if current != nil { value += text }
            case .end:
                if let key = current {
                    let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
                    if !trimmed.isEmpty { metadata[key] = trimmed }
                }
                current = nil
            }
        }
        return metadata
    }
}
