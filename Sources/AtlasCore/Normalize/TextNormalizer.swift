import Foundation

/// Unicode and whitespace normalisation of extracted text, one line at a time.
///
/// NFKC is applied only where it is safe: ligatures (`ﬁ` → `fi`), Arabic presentation forms, fullwidth
/// letters and digits, halfwidth katakana, Kangxi radicals, Roman numeral signs and the many space
/// characters. Superscripts (`m²`), fractions, circled numbers and CJK fullwidth punctuation keep
/// their meaning and stay as they are; the rest of the text is put in NFC. Soft hyphens, zero-width
/// spaces and control characters are dropped; runs of whitespace become one space.
public enum TextNormalizer {
    /// The normalised form of one line, trimmed. With `keepingFinalSoftHyphen`, a soft hyphen that
    /// ends the line is kept (as U+00AD), so that de-hyphenation knows the word was broken there.
    public static func line<S: StringProtocol>(_ line: S, keepingFinalSoftHyphen: Bool = false) -> String {
        if let clean = alreadyNormal(line) { return clean }
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        var needsCanonical = false
        var changed = false
        var endsWithSoftHyphen = false
        for scalar in line.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D || value == 0x0B || value == 0x0C {
                    if value != 0x20 { changed = true }
                    pendingSpace = !output.isEmpty
                    continue
                }
                if value < 0x20 || value == 0x7F {
                    changed = true
                    continue
                }
                if pendingSpace {
                    output.append(" ")
                    pendingSpace = false
                }
                endsWithSoftHyphen = false
                output.append(scalar)
                continue
            }
            switch value {
            case 0xAD:
                // A soft hyphen is invisible unless the line breaks there.
                changed = true
                endsWithSoftHyphen = true
                continue
            case 0x80...0x9F, 0x200B, 0x2060, 0xFEFF:
                changed = true
                continue
            case 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                changed = true
                pendingSpace = !output.isEmpty
                continue
            default:
                break
            }
            if pendingSpace {
                output.append(" ")
                pendingSpace = false
            }
            endsWithSoftHyphen = false
            if value == 0x2010 || value == 0x2011 {
                // Typographic hyphens read as the ASCII hyphen, so `e‑KYC` and `e-KYC` match.
                output.append("-")
                changed = true
            } else if isSafeCompatibilityCharacter(value) {
                changed = true
                for folded in String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars {
                    output.append(folded)
                }
            } else {
                if mayChangeUnderNFC(scalar) { needsCanonical = true }
                output.append(scalar)
            }
        }
        if keepingFinalSoftHyphen && endsWithSoftHyphen && !output.isEmpty {
            output.append("\u{AD}")
        }
        if !changed && !needsCanonical && !pendingSpace, let plain = line as? String,
            plain.unicodeScalars.count == output.count
        {
            return plain
        }
        let result = String(output)
        return needsCanonical ? result.precomposedStringWithCanonicalMapping : result
    }

    /// The line itself when it is printable ASCII with single inner spaces (most lines): nothing to do.
    private static func alreadyNormal<S: StringProtocol>(_ line: S) -> String? {
        var string = String(line)
        let clean = string.withUTF8 { bytes -> Bool in
            var previousSpace = true
            for byte in bytes {
                if byte == 0x20 {
                    if previousSpace { return false }
                    previousSpace = true
                } else if byte > 0x20 && byte < 0x7F {
                    previousSpace = false
                } else {
                    return false
                }
            }
            return !previousSpace || bytes.isEmpty
        }
        return clean ? string : nil
    }

    /// Each line normalised; empty lines kept (they separate paragraphs).
    public static func text(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line($0) }.joined(separator: "\n")
    }

    /// Characters whose compatibility mapping keeps their meaning.
    static func isSafeCompatibilityCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0xFB00...0xFB06, 0xFB13...0xFB17: return true  // Latin and Armenian ligatures
        case 0xFB50...0xFDFF, 0xFE70...0xFEFE: return true  // Arabic presentation forms
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return true  // fullwidth digits and letters
        case 0xFF61...0xFFDC: return true  // halfwidth katakana and Hangul
        case 0x2F00...0x2FD5: return true  // Kangxi radicals, often what PDFs give for ideographs
        case 0x2160...0x217F: return true  // Roman numeral signs
        case 0x2126, 0x212A, 0x212B: return true  // Ohm, Kelvin and Angstrom signs
        default: return false
        }
    }

    /// Whether NFC could change a string holding this scalar (combining marks, Hangul jamo, CJK
    /// compatibility ideographs). Text without such scalars is already in NFC.
    static func mayChangeUnderNFC(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x300 { return false }
        if (0x1100...0x11FF).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0x2F800...0x2FA1F).contains(value)
        {
            return true
        }
        return scalar.properties.canonicalCombiningClass != .notReordered
    }
}
