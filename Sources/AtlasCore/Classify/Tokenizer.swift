import Foundation

/// One token of a text: as written, its matching key, and where it stands.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Letters, possibly joined (`e-KYC`, `ITU-T`, `pub/sub`, `SSC&C`).
        case word
        /// Contains a digit: `X.509`, `29115`, `R-FED-01`, `IMT-2030`.
        case identifier
        /// A Chinese or Japanese character bigram (or a lone character).
        case cjk
    }

    /// The text as written.
    public var text: String
    /// What matching and TF-IDF compare: NFKC, case folded (except acronyms), without hyphens
    /// (`ITU-T` → `itut`; `e-KYC` → `eKYC` when `eKYC` is an acronym).
    public var key: String
    /// Offsets in Unicode code points (as Python and SQLite count), `[start, end)`.
    public var start: Int
    public var end: Int
    public var kind: Kind

    public init(text: String, key: String, start: Int, end: Int, kind: Kind) {
        self.text = text
        self.key = key
        self.start = start
        self.end = end
        self.kind = kind
    }

    /// Joined by a hyphen or a slash, so its parts can also match (`mobile-money` matches "mobile money").
    public var isCompound: Bool {
        kind != .cjk && text.unicodeScalars.contains { Tokenizer.isHyphen($0) || $0 == "/" || $0 == "\u{FF0F}" }
    }
}

/// Splits text into tokens. Unicode-aware and deterministic, with nothing to download:
///
/// - identifiers and joined terms stay whole: `X.509`, `e-KYC`, `ITU-T`, `ISO/IEC`, `Y.4500.1`, `SSC&C`
///   (a `.`, `-`, `/`, `_` or `&` joins when a letter or digit stands on both sides);
/// - text is normalised (Unicode NFKC) and case folded, except for the listed acronyms, which keep their
///   case (`DID` is not "did"); an acronym written with a hyphen or a plural `s` is the acronym
///   (`e-KYC` = `eKYC`, `OTPs` = `OTP`); no stemming: keywords list their own variants;
/// - hyphens do not count inside a key (`e-KYC` = `eKYC`, `re-identification` = `reidentification`);
/// - apostrophes split (`l'identité` → `l`, `identité`; typographic ’ likewise);
/// - Chinese and Japanese text becomes overlapping character bigrams (`数字身份` → 数字 字身 身份).
public struct Tokenizer: Sendable {
    public let acronyms: Set<String>
    /// Every acronym has a capital letter, so a token without one is no acronym (the common case, which
    /// `asciiToken` makes without looking the acronyms up).
    private let acronymsHaveCapitals: Bool

    public init(acronyms: Set<String> = []) {
        self.acronyms = acronyms
        acronymsHaveCapitals = acronyms.allSatisfy { $0.unicodeScalars.contains { $0.properties.isUppercase } }
    }

    public func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 6)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if Self.isCJK(scalar) {
                // A run of characters; white space between two of them is a line wrap (Chinese and
                // Japanese put no spaces between words), so the run goes on across it.
                var positions: [Int] = []
                var end = index
                while end < scalars.count {
                    if Self.isCJK(scalars[end]) {
                        positions.append(end)
                        end += 1
                        continue
                    }
                    var next = end
                    while next < scalars.count, next - end < 3, scalars[next].properties.isWhitespace { next += 1 }
                    guard next > end, next < scalars.count, Self.isCJK(scalars[next]) else { break }
                    end = next
                }
                appendCJK(scalars, positions, into: &tokens)
                index = end
            } else if Self.isWordScalar(scalar) {
                var end = index + 1
                while end < scalars.count {
                    let next = scalars[end]
                    if Self.isWordScalar(next) {
                        end += 1
                    } else if Self.isJoiner(next), end + 1 < scalars.count, Self.isWordScalar(scalars[end + 1]) {
                        end += 2
                    } else {
                        break
                    }
                }
                if scalars[index..<end].allSatisfy(\.isASCII) {
                    tokens.append(asciiToken(scalars, start: index, end: end))
                } else {
                    var surface = String.UnicodeScalarView()
                    surface.append(contentsOf: scalars[index..<end])
                    tokens.append(makeToken(String(surface), start: index, end: end))
                }
                index = end
            } else {
                index += 1
            }
        }
        return tokens
    }

    /// The keys of a phrase, as `tokens` would give them: what a keyword is matched by.
    public func keys(_ phrase: String) -> [String] {
        tokens(phrase).map(\.key)
    }

    /// The parts of a joined token (`mobile-money` → `mobile`, `money`), with their offsets.
    public func parts(of token: Token) -> [Token] {
        var parts: [Token] = []
        var current = String.UnicodeScalarView()
        var start = token.start
        var offset = token.start
        func flush() {
            if !current.isEmpty { parts.append(makeToken(String(current), start: start, end: offset)) }
            current = String.UnicodeScalarView()
        }
        for scalar in token.text.unicodeScalars {
            if Self.isHyphen(scalar) || scalar == "/" || scalar == "\u{FF0F}" {
                flush()
                start = offset + 1
            } else {
                current.append(scalar)
            }
            offset += 1
        }
        flush()
        return parts
    }

    func makeToken(_ surface: String, start: Int, end: Int) -> Token {
        let hasDigit = surface.unicodeScalars.contains { $0.properties.numericType != nil }
        let kind: Token.Kind = hasDigit ? .identifier : .word
        return Token(text: surface, key: key(of: surface), start: start, end: end, kind: kind)
    }

    /// `makeToken` for a token of ASCII characters, in one pass: most tokens of most documents.
    private func asciiToken(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Token {
        var hasDigit = false
        var hasCapital = false
        var hasHyphen = false
        let text = String(unsafeUninitializedCapacity: end - start) { buffer in
            for offset in 0..<(end - start) {
                let byte = UInt8(truncatingIfNeeded: scalars[start + offset].value)
                buffer[offset] = byte
                switch byte {
                case 0x30...0x39: hasDigit = true
                case 0x41...0x5A: hasCapital = true
                case 0x2D: hasHyphen = true
                default: break
                }
            }
            return end - start
        }
        let kind: Token.Kind = hasDigit ? .identifier : .word
        guard !hasCapital, acronymsHaveCapitals else {
            return Token(text: text, key: key(of: text), start: start, end: end, kind: kind)
        }
        // No capital: not an acronym, and already lower case; the key is the text without hyphens.
        let key = hasHyphen ? String(decoding: text.utf8.filter { $0 != 0x2D }, as: UTF8.self) : text
        return Token(text: text, key: key, start: start, end: end, kind: kind)
    }

    /// Bigrams of a run of characters at the given positions (a lone character stands alone).
    private func appendCJK(_ scalars: [Unicode.Scalar], _ positions: [Int], into tokens: inout [Token]) {
        if positions.count == 1 {
            let text = String(Character(scalars[positions[0]]))
            tokens.append(Token(text: text, key: text, start: positions[0], end: positions[0] + 1, kind: .cjk))
            return
        }
        for index in 0..<(positions.count - 1) {
            var pair = String.UnicodeScalarView()
            pair.append(scalars[positions[index]])
            pair.append(scalars[positions[index + 1]])
            let text = String(pair)
            tokens.append(
                Token(text: text, key: text, start: positions[index], end: positions[index + 1] + 1, kind: .cjk))
        }
    }

    /// The matching key of a token as written.
    func key(of surface: String) -> String {
        var text = surface
        if text.unicodeScalars.contains(where: { Self.isHyphen($0) && $0 != "-" }) {
            text = String(String.UnicodeScalarView(text.unicodeScalars.map { Self.isHyphen($0) ? "-" : $0 }))
        }
        let squashed =
            text.utf8.contains(UInt8(ascii: "-"))
            ? String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "-" })) : text
        if !acronyms.isEmpty {
            if acronyms.contains(text) || acronyms.contains(squashed) { return squashed }
            if squashed.count > 2, squashed.hasSuffix("s") {
                let singular = String(squashed.dropLast())
                if singular.last?.isUppercase == true, acronyms.contains(singular) { return singular }
            }
        }
        return Self.fold(squashed)
    }

    /// Unicode NFKC (full-width forms made narrow, ligatures split), then lower case.
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.precomposedStringWithCompatibilityMapping.lowercased()
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x61 && value <= 0x7A)
        }
        let properties = scalar.properties
        if properties.isAlphabetic { return !isCJK(scalar) }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    /// `.`, `/`, `_`, `&` and hyphens, in their ASCII and full-width forms.
    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "/", "_", "&", "\u{FF0E}", "\u{FF0F}", "\u{FF3F}", "\u{FF06}": return true
        default: return isHyphen(scalar)
        }
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}" || scalar == "\u{FF0D}"
    }

    /// Han ideographs, Hiragana and Katakana: scripts written without spaces between words.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
