import AtlasCore
import Foundation
import Testing

@testable import AtlasStore

/// The hand-written JSON of evidence and section paths must be the bytes `JSONEncoder` wrote before it:
/// stores written by either compare equal, and a researcher's `json_extract` reads both.
struct StoredJSONTests {
    static let awkwardStrings = [
        "", "plain", "identity provider", "quote \" and backslash \\", "slash / and ISO/IEC",
        "line\nbreak\ttab\rreturn",
        "bell \u{7} nul \u{0} escape \u{1B} \u{8}\u{C} \u{1F}", "数字身份", "e-KYC — l’identité", "emoji 🇨🇭 e\u{301}",
        "\u{2028}\u{2029}\u{7F}\u{FEFF}",
    ]

    static let numbers: [Double] = [
        0, 1, -1, 0.5, 1.0 / 3, 2.0 / 3, 0.1 + 0.2, 1e-7, 1.5e-5, 123_456.789, 1e15, 1e16, 1e20, -0.000001, 42,
        0.123456, 0.999999, 1_000_000,
    ]

    @Test func evidenceIsWhatJSONEncoderWrites() throws {
        var items: [Evidence] = []
        for (index, term) in Self.awkwardStrings.enumerated() {
            let weight = Self.numbers[index % Self.numbers.count]
            items.append(
                Evidence(
                    term: term, field: "body", passage: index, start: index * 3, end: index * 3 + 2, weight: weight))
            items.append(Evidence(term: term, field: "title", weight: -weight))
        }
        // Scores as the classifier rounds them, six decimals.
        var generator = SplitMix(seed: 103)
        for _ in 0..<2000 {
            let value = (Double(generator.next() % 10_000_000) / 1_000_000 * 1_000_000).rounded() / 1_000_000
            items.append(Evidence(term: "t", field: "tfidf", weight: value))
        }
        for count in [0, 1, 2, items.count] {
            let slice = Array(items.prefix(count))
            #expect(StoredJSON.evidence(slice) == (try JSONEncoder.sorted.string(slice)))
        }
    }

    @Test func stringArraysAreWhatJSONEncoderWrites() throws {
        for values in [[], ["6"], ["6", "6.2", "Annex A"], Self.awkwardStrings] {
            #expect(StoredJSON.strings(values) == (try JSONEncoder.sorted.string(values)))
        }
    }

    /// A small deterministic generator, so the test checks the same values every run.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
