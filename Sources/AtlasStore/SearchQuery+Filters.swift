import AtlasCore
import Foundation

/// The filter values a researcher may type, read the same way by `dpiatlas query` and the web interface.
extension SearchQuery {
    /// `17`, `SG17`, `sg 17` → `SG17`; `TSAG` stays; anything else is `nil`.
    public static func studyGroup(_ value: String) -> String? {
        let compact = value.uppercased().replacingOccurrences(of: " ", with: "")
        if compact == "TSAG" { return compact }
        let digits = compact.hasPrefix("SG") ? String(compact.dropFirst(2)) : compact
        guard let number = Int(digits), (1...99).contains(number) else { return nil }
        return "SG\(number)"
    }

    /// `Q10/17`, `10/17`, `Q.10/17` → `Q10/17`; anything else is `nil`.
    public static func question(_ value: String) -> String? {
        guard let match = value.wholeMatch(of: /[Qq]?\.?\s?(\d{1,2})\/(\d{1,2})/) else { return nil }
        return "Q\(Int(match.1)!)/\(Int(match.2)!)"
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public static func isDate(_ value: String) -> Bool {
        value.wholeMatch(of: /\d{4}(-\d{2}(-\d{2})?)?/) != nil
    }
}
