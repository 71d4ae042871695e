/// Tells which of the six ITU languages a text is written in, from its characters alone (offline, no model
/// files): the script first (Han, Arabic, Cyrillic, Latin), then for Latin text the frequency of character
/// trigrams and letters typical of English, French and Spanish.
enum LanguageDetector {
    struct Guess: Hashable, Sendable {
        /// ISO 639-1: `en`, `fr`, `es`, `ru`, `zh`, `ar`.
        var language: String
        /// From 0 to 1: how far the best language stands above the next one.
        var confidence: Double
    }

    /// How much text is read: the start of a document is plenty and keeps long documents fast.
    static let sampleLimit = 60_000

    /// Trigrams (spaces mark word edges) that are frequent in one Latin-script language and rarer in the
    /// other two.
    static let trigrams: [String: [String: Double]] = [
        "en": [
            " th": 3, "the": 3, "he ": 2, " an": 1, "and": 2, "nd ": 1.5, " of": 2, "of ": 2, " to": 1.5, "to ": 1,
            "ing": 2, "ng ": 1.5, " is": 1, "is ": 1, " wh": 1.5, "hat": 1, "th ": 1, "ith": 1, "wit": 1, " be": 1,
            "ed ": 1.5, " fo": 1, "for": 1, "or ": 1, " on": 1, "ion": 0.5, "ly ": 1, "ty ": 1, "ay ": 1,
        ],
        "fr": [
            " de": 1, "es ": 1.5, " le": 2, "le ": 1.5, "les": 2, " la": 1, " et": 2, "et ": 1.5, "des": 2, " qu": 1,
            "ue ": 1, " du": 2, "du ": 2, "ent": 1, "ons": 1.5, " pa": 1, "eur": 1.5, " po": 1, "our": 1.5, "ait": 1.5,
            " un": 1, "une": 1.5, "ée ": 2, "és ": 2, "tés": 1.5, "eme": 1, "nt ": 1, " au": 1.5, "aux": 2, "ux ": 1.5,
            " ce": 1, " êt": 2, "ès ": 2, " à ": 2, "été": 2, "ité": 1.5,
        ],
        "es": [
            " de": 1, "de ": 1, " la": 1, "la ": 1, "os ": 2, " el": 2, "el ": 1.5, " lo": 1.5, "los": 2, "las": 2,
            " qu": 1, "que": 1, " y ": 2.5, "ión": 2, "ció": 2.5, "aci": 1.5, "as ": 1.5, " co": 1, " en": 1, "ado": 2,
            "ada": 2, "ido": 1.5, " pa": 1, "par": 1, "ra ": 1, " un": 1, "una": 1.5, "nes": 1, "del": 2, " se": 1,
            "dad": 2, "ent": 0.5, " es": 1, "sta": 1,
        ],
    ]

    /// Letters found in one Latin-script language and not the others.
    static let letters: [String: Set<Character>] = [
        "fr": ["ç", "è", "ê", "à", "ù", "û", "î", "ï", "ë", "œ", "â", "ô"],
        "es": ["ñ", "¿", "¡", "á", "í", "ó", "ú"],
    ]

    static func detect(_ text: String) -> Guess? {
        var han = 0
        var arabic = 0
        var cyrillic = 0
        var latin = 0
        var read = 0
        for scalar in text.unicodeScalars {
            read += 1
            if read > sampleLimit { break }
            switch scalar.value {
            case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF: han += 1
            case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: arabic += 1
            case 0x0400...0x04FF: cyrillic += 1
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            default: break
            }
        }
        // A Han character carries about a word; a Latin, Cyrillic or Arabic letter about a fifth of one.
        let scripts: [(String, Double)] = [
            ("zh", Double(han) * 3), ("ar", Double(arabic)), ("ru", Double(cyrillic)), ("latin", Double(latin)),
        ]
        let total = scripts.reduce(0) { $0 + $1.1 }
        guard total >= 40 else { return nil }
        let ranked = scripts.sorted { $0.1 > $1.1 }
        let (script, weight) = ranked[0]
        if script != "latin" {
            return Guess(language: script, confidence: min(1, (weight - ranked[1].1) / total + 0.5))
        }
        return latinLanguage(text)
    }

    /// English, French or Spanish, by trigram and letter frequencies.
    static func latinLanguage(_ text: String) -> Guess? {
        var scores: [String: Double] = ["en": 0, "fr": 0, "es": 0]
        var window: (UInt32, UInt32, UInt32) = (32, 32, 32)
        var read = 0
        for scalar in text.unicodeScalars {
            read += 1
            if read > latinSampleLimit { break }
            let value = lowercase(scalar)
            // Anything but a letter is a word edge, and runs of edges count once.
            let isLetter =
                value < 0x80 ? (value >= 0x61 && value <= 0x7A) : Character(Unicode.Scalar(value) ?? " ").isLetter
            let letter = isLetter ? value : 32
            if letter == 32 && window.2 == 32 { continue }
            window = (window.1, window.2, letter)
            if let weights = trigramTable[key(window)] {
                for (language, weight) in weights { scores[language, default: 0] += weight }
            }
            if let language = letterTable[letter] { scores[language, default: 0] += 2 }
        }
        let ranked = scores.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        guard ranked[0].value > 0 else { return nil }
        let margin = (ranked[0].value - ranked[1].value) / ranked[0].value
        return Guess(language: ranked[0].key, confidence: min(1, margin * 2))
    }

    /// A Latin text tells its language well within its first 20,000 characters.
    static let latinSampleLimit = 20_000

    private static func lowercase(_ scalar: Unicode.Scalar) -> UInt32 {
        switch scalar.value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: return scalar.value + 32
        default: return scalar.value
        }
    }

    private static func key(_ window: (UInt32, UInt32, UInt32)) -> UInt64 {
        UInt64(window.0) << 42 | UInt64(window.1) << 21 | UInt64(window.2)
    }

    /// `trigrams` keyed by their three scalars, for a lookup without building strings.
    private static let trigramTable: [UInt64: [(String, Double)]] = {
        var table: [UInt64: [(String, Double)]] = [:]
        for (language, weights) in trigrams.sorted(by: { $0.key < $1.key }) {
            for (trigram, weight) in weights {
                let scalars = Array(trigram.unicodeScalars).map(\.value)
                guard scalars.count == 3 else { continue }
                table[key((scalars[0], scalars[1], scalars[2])), default: []].append((language, weight))
            }
        }
        return table
    }()

    private static let letterTable: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for (language, set) in letters {
            for letter in set { if let scalar = letter.unicodeScalars.first { table[scalar.value] = language } }
        }
        return table
    }()
}
