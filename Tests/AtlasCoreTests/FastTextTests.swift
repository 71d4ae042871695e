import Foundation
import Testing

@testable import AtlasCore

/// The fast paths must give what the Foundation and `Character` versions give, ASCII or not.
struct FastTextTests {
    static let texts = [
        "", " ", "\t\t", "plain", "  two  words  ", "\ttabbed\t", " \u{A0}non-breaking\u{A0} ", "\u{3000}全角\u{3000}",
        "line\r\nbreaks\n\nand\u{B}\u{C}feeds\r", " é accent ", "e\u{301} combining ", "  \u{301}x", "x \u{2003}",
        "R-FED-01:  The IdP is required to sign.  ", "\u{85}next line\u{2028}", "…ellipsis…",
    ]

    @Test(arguments: texts)
    func trimmedIsFoundationsTrimming(text: String) {
        #expect(FastText.trimmed(Substring(text)) == text.trimmingCharacters(in: .whitespaces))
        let substring = Substring(text)
        #expect(FastText.trimmed(substring) == substring.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: texts)
    func collapsedIsTheCharacterSplit(text: String) {
        #expect(FastText.collapsed(text) == text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }
}
