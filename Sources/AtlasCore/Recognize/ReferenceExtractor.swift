import Foundation

/// Finds what a document cites: ITU-T Recommendations (`[ITU-T X.509]`, `Recommendation ITU-T Y.2060 (06/2012)`,
/// `X.1252`), their amendments and supplements, ISO, IEC, ISO/IEC, IETF, W3C, ETSI, IEEE, 3GPP, NIST,
/// GSMA, CISPR and ITU-R documents, ITU-T contributions and TDs, and draft work items (only next to a
/// cue such as "draft Recommendation"). Each citation is normalised to a canonical id and carries the
/// ordinal of the first passage that cites it.
enum ReferenceExtractor {
    /// What the citing document is, to resolve short forms and to leave out its own identifiers.
    struct Context: Sendable {
        /// Canonical ids the document has for itself (`ITU-T X.1281`, `T25-SG17-C-0123`, `ISO/IEC 29151`).
        var own: Set<String> = []
        /// The study-period prefix without `T` (`25`).
        var period: String?
        /// `SG17`, `TSAG`.
        var group: String?
        /// The document's meeting (first day), to resolve TDs of the same meeting.
        var meeting: MeetingDate?

        init(own: Set<String> = [], period: String? = nil, group: String? = nil, meeting: MeetingDate? = nil) {
            self.own = own
            self.period = period
            self.group = group
            self.meeting = meeting
        }
    }

    /// One citation found in the joined text.
    private struct Found {
        var reference: Reference
        var range: Range<String.Index>
    }

    static func references(in passages: [Passage], context: Context = Context()) -> [Reference] {
        guard !passages.isEmpty else { return [] }
        // One pass of each pattern over the whole text is much faster than one per passage.
        var joined = ""
        for passage in passages {
            joined += passage.text
            joined += "\n"
        }
        let starts = passageStarts(joined, passages: passages)
        let ordinals = passages.map(\.ordinal)
        var found: [Found] = []
        var taken = TakenRanges()
        func add(_ candidates: [Found]) {
            for candidate in candidates where !taken.overlaps(candidate.range) {
                found.append(candidate)
                taken.insert(candidate.range)
            }
        }
        add(bracketed(joined))
        add(amendmentsFirst(joined))
        add(prefixedRecommendations(joined))
        add(supplements(joined))
        add(otherBodies(joined))
        add(ituDocuments(joined, context: context))
        add(workItems(joined))
        // `G.100–G.199` in a series list names a range, not two Recommendations.
        for range in seriesRange.matches(in: joined).map(\.range) { taken.insert(range) }
        add(bareRecommendations(joined, starts: starts, annexLabels: annexLabels(joined)))
        found.sort { $0.range.lowerBound < $1.range.lowerBound }

        var result: [Reference] = []
        var index: [String: Int] = [:]
        for item in found {
            var reference = item.reference
            guard !context.own.contains(reference.cited) else { continue }
            reference.passage = ordinals[passageIndex(of: item.range.lowerBound, starts: starts)]
            if let existing = index[reference.cited] {
                if result[existing].edition == nil, let edition = reference.edition {
                    result[existing].edition = edition
                }
                // A published text cited after its draft: the citation is of the published one.
                if result[existing].kind == .workItem, reference.kind != .workItem {
                    result[existing].kind = reference.kind
                }
                continue
            }
            index[reference.cited] = result.count
            result.append(reference)
        }
        return result
    }

    /// The stretches of text already cited, as sorted disjoint ranges: an earlier, more specific pattern
    /// keeps its text from a later, looser one.
    private struct TakenRanges {
        private var ranges: [Range<String.Index>] = []

        /// The index of the first range that ends after `location`.
        private func firstEnding(after location: String.Index) -> Int {
            var low = 0
            var high = ranges.count
            while low < high {
                let middle = (low + high) / 2
                if ranges[middle].upperBound <= location { low = middle + 1 } else { high = middle }
            }
            return low
        }

        func overlaps(_ range: Range<String.Index>) -> Bool {
            guard !range.isEmpty else { return false }
            let index = firstEnding(after: range.lowerBound)
            return index < ranges.count && ranges[index].lowerBound < range.upperBound
        }

        /// Adds a range, merging it with those it overlaps.
        mutating func insert(_ range: Range<String.Index>) {
            guard !range.isEmpty else { return }
            var merged = range
            var index = firstEnding(after: range.lowerBound)
            while index < ranges.count, ranges[index].lowerBound <= merged.upperBound {
                merged =
                    min(merged.lowerBound, ranges[index].lowerBound)..<max(merged.upperBound, ranges[index].upperBound)
                ranges.remove(at: index)
            }
            ranges.insert(merged, at: index)
        }
    }

    /// The start of each passage in the joined text.
    private static func passageStarts(_ joined: String, passages: [Passage]) -> [String.Index] {
        var starts: [String.Index] = []
        var position = joined.startIndex
        for passage in passages {
            starts.append(position)
            position = joined.utf8.index(position, offsetBy: passage.text.utf8.count + 1)
        }
        return starts
    }

    private static func passageIndex(of location: String.Index, starts: [String.Index]) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= location { low = middle } else { high = middle - 1 }
        }
        return low
    }

    // MARK: - Bracketed labels

    /// `[ITU-T X.509]`, `[b-IETF RFC 8030]`, `[ISO/IEC 27001]`: the label is the citation. Spaces that a
    /// wrapped line put inside a number (`[ITU-T X.1 148.1]`) are removed first.
    private static let bracket = Pattern(
        #"\[(?:b-)?((?:ITU-T|UIT-T|МСЭ-Т|ISO|IEC|IETF|W3C|ETSI|IEEE|3GPP|NIST|GSMA|CISPR|ITU-R)[^\]\n]{1,48})\]"#)
    private static let spaceInNumber = Pattern(#"(?<=[0-9.])\s+(?=[0-9.])"#)

    private static func bracketed(_ text: String) -> [Found] {
        var found: [Found] = []
        for match in bracket.matches(in: text) {
            guard var label = match[0] else { continue }
            for space in spaceInNumber.matches(in: label).reversed() { label.replaceSubrange(space.range, with: "") }
            label = label.replacingOccurrences(of: #"(?<=[a-z])- (?=[a-z])"#, with: "", options: .regularExpression)
            let inner =
                amendmentsFirst(label) + prefixedRecommendations(label) + supplements(label) + otherBodies(label)
            guard let first = inner.min(by: { $0.range.lowerBound < $1.range.lowerBound }) else { continue }
            found.append(Found(reference: first.reference, range: match.range))
        }
        return found
    }

    // MARK: - ITU-T Recommendations

    private static let ituPrefix = #"(?:ITU-T|UIT-T|МСЭ-Т|CCITT)"#
    private static let recommendationWord =
        #"(?:Recommendations?|Recs?\.|Recommandations?|Recomendaci[oó]n(?:es)?|Рекомендаци[яийе]|Рек\.)"#
    private static let edition = #"(?:\s*\(\s*(?:(0[1-9]|1[0-2])\s*/\s*)?((?:19|20)\d{2})\s*\))"#
    private static let partSuffix =
        #"(?:\s*(?:/\s*)?(Amd|Amendment|Cor|Corrigendum|Err|Erratum)\.?\s*(\d{1,3})(?![0-9]))"#
    private static let paired = #"(?:\s*/\s*([A-VX-Z]\.\d{1,4}(?:\.\d{1,3}){0,3}))"#

    /// `Amendment 1 to Recommendation ITU-T X.1281 (11/2025)`, `Corrigendum 2 to ITU-T H.222.0`.
    private static let amendmentTo = Pattern(
        #"(Amendment|Amendement|Enmienda|Corrigendum|Corrigéndum|Erratum)\s+(\d{1,3})\s+(?:to|à|de|a)\s+(?:the\s+|la\s+)?(?:"#
            + recommendationWord + #"\s+)?"# + ituPrefix + #"\s+"# + RecommendationNumber.fragment + edition + "?",
        caseInsensitive: false,
        requiring: ["Amendment", "Amendement", "Enmienda", "Corrigendum", "Corrigéndum", "Erratum"])
    /// `ITU-T X.1281 and its Amendment 1`.
    private static let itsAmendment = Pattern(
        ituPrefix + #"\s+"# + RecommendationNumber.fragment + edition
            + #"?\s+(?:and|with|including|et|y)\s+(?:its|son|sa|su)\s+(Amendment|Amendement|Corrigendum|Amd\.?|Cor\.?)\s*(\d{1,3})"#,
        requiring: ["Amendment", "Amendement", "Corrigendum", "Amd", "Cor"])

    private static func amendmentsFirst(_ text: String) -> [Found] {
        var found: [Found] = []
        for match in amendmentTo.matches(in: text) {
            guard let word = match[0], let number = match[1], let series = match[2], let value = match[3],
                let kind = RecommendationPart.kind(of: word)
            else { continue }
            let base = RecommendationNumber(series: series, number: value, suffix: match[4])
            let part = RecommendationPart(kind: kind, number: number)
            // "draft Amendment 1 to ITU-T G.9815" is work in progress, not a published text.
            let from = text.index(match.range.lowerBound, offsetBy: -12, limitedBy: text.startIndex) ?? text.startIndex
            let isDraft = text[from..<match.range.lowerBound].lowercased().contains("draft")
            found.append(
                Found(
                    reference: Reference(
                        cited: "ITU-T \(base.identifier) \(part.label)", kind: isDraft ? .workItem : .ituT,
                        edition: isDraft ? nil : editionText(month: match[5], year: match[6]), raw: match.text),
                    range: match.range))
        }
        for match in itsAmendment.matches(in: text) {
            guard let series = match[0], let value = match[1], let word = match[5], let number = match[6],
                let kind = RecommendationPart.kind(of: word)
            else { continue }
            let base = RecommendationNumber(series: series, number: value, suffix: match[2])
            let part = RecommendationPart(kind: kind, number: number)
            // The base is cited too; both come from this one phrase.
            found.append(
                Found(
                    reference: Reference(
                        cited: "ITU-T \(base.identifier)", kind: .ituT,
                        edition: editionText(month: match[3], year: match[4]), raw: match.text), range: match.range))
            found.append(
                Found(
                    reference: Reference(cited: "ITU-T \(base.identifier) \(part.label)", kind: .ituT, raw: match.text),
                    range: match.range))
        }
        return resolveSameRange(found)
    }

    /// Two citations from one phrase share its range; keep both by nudging the second past the overlap test.
    private static func resolveSameRange(_ found: [Found]) -> [Found] {
        var result: [Found] = []
        for item in found {
            if let last = result.last, last.range == item.range, last.reference.cited != item.reference.cited {
                // Represent the second citation with an empty range at the phrase's end.
                result.append(Found(reference: item.reference, range: item.range.upperBound..<item.range.upperBound))
            } else {
                result.append(item)
            }
        }
        return result
    }

    /// `Recommendation ITU-T Y.2060 (06/2012)`, `[ITU-T X.509]`, `ITU-T Rec. X.25`, `ITU-T X.1281 Amd 1`, `UIT-T D.263`,
    /// `ITU-T K.20建议书`, `ITU-T Y.4901/L.1601`.
    private static let prefixed = Pattern(
        #"(?:"# + recommendationWord + #"\s+)?"# + ituPrefix + #"\s+(?:"# + recommendationWord + #"\s+)?"#
            + RecommendationNumber.fragment + paired + "?(?![0-9]|\\.[0-9])" + edition + "?" + partSuffix + "?",
        requiring: ["ITU-T", "UIT-T", "МСЭ-Т", "CCITT"])

    private static func prefixedRecommendations(_ text: String) -> [Found] {
        prefixed.matches(in: text).compactMap { match -> Found? in
            guard let series = match[0], let value = match[1] else { return nil }
            // `G.709/Y.1331` is cited as `ITU-T G.709`, the number its own label gives it.
            let number = RecommendationNumber(series: series, number: value, suffix: match[2])
            var cited = "ITU-T \(number.identifier)"
            if let word = match[6], let partNumber = match[7], let kind = RecommendationPart.kind(of: word) {
                cited += " " + RecommendationPart(kind: kind, number: partNumber).label
            }
            return Found(
                reference: Reference(
                    cited: cited, kind: .ituT, edition: editionText(month: match[4], year: match[5]), raw: match.text),
                range: match.range)
        }
    }

    /// `Y.Sup85`, `ITU-T Y Suppl. 85`, `Supplement 85 to ITU-T Y-series Recommendations`,
    /// `ITU-T Y-series Recommendations – Supplement 85`.
    private static let supplementShort = Pattern(
        #"(?<![A-Za-z0-9.\-])(?:ITU-T\s+)?([A-VX-Z])(?:\.|\s)\s?Sup(?:pl)?\.?\s?(\d{1,3})(?![0-9])"#, requiring: ["Sup"]
    )
    private static let supplementLong = Pattern(
        #"Supplement\s+(\d{1,3})\s+to\s+(?:the\s+)?(?:ITU-T\s+)?([A-VX-Z])[-\s]series(?:\s+Recommendations)?|(?:ITU-T\s+)?([A-VX-Z])-series\s+(?:Recommendations\s+)?[-–—]?\s*Supplement\s+(\d{1,3})"#,
        requiring: ["Supplement"])

    private static func supplements(_ text: String) -> [Found] {
        var found: [Found] = []
        for match in supplementShort.matches(in: text) {
            guard let series = match[0], let number = match[1].flatMap({ Int($0) }) else { continue }
            found.append(
                Found(
                    reference: Reference(
                        cited: "ITU-T " + RecommendationNumber.supplement(series: series, number: number).identifier,
                        kind: .ituT, raw: match.text), range: match.range))
        }
        for match in supplementLong.matches(in: text) {
            guard let series = match[1] ?? match[2], let number = (match[0] ?? match[3]).flatMap({ Int($0) }) else {
                continue
            }
            found.append(
                Found(
                    reference: Reference(
                        cited: "ITU-T " + RecommendationNumber.supplement(series: series, number: number).identifier,
                        kind: .ituT, raw: match.text), range: match.range))
        }
        return found
    }

    /// A Recommendation number without `ITU-T` before it (`X.1252`, `E.164 country codes`, `K.20修订草案`),
    /// unless it reads as a clause, table, figure, annex or appendix number (`Table A.1`, `use case I.3`).
    private static let bare = Pattern(
        #"(?<![A-Za-z0-9.\-/@_])"# + RecommendationNumber.fragment + paired + "?(?![0-9]|\\.[0-9]|-?\\s?series)"
            + edition
            + "?")
    private static let notACitation = Pattern(
        #"(?:clauses?|subclauses?|tables?|figures?|annex(?:es)?|appendix|appendices|cases?|sections?|paragraphs?|items?|steps?|equations?|tableau|annexe|appendice|paragraphe|cuadro|figura|anexo|apéndice|таблица|рисунок|приложение|раздел|ITU-R|ITU-D|§|表|图|附件|附录|条|第)\s*$"#,
        caseInsensitive: true)

    private static let seriesRange = Pattern(
        #"(?<![A-Za-z0-9.])([A-VX-Z])\.\d{1,4}(?:\.\d{1,3})*\s?[–—-]\s?\1\.\d{1,4}(?:\.\d{1,3})*"#)

    /// The letters of the document's own annexes and appendices (`Annex A`, `Appendix I`): `A.1` or `I.3`
    /// written bare in such a document is one of its clauses.
    private static let annexHeading = Pattern(
        #"(?:Annex|Appendix|Annexe|Appendice|Anexo|Apéndice|Приложение|Дополнение|附件|附录)\s*([A-Z]|[IVX]{1,4})(?![A-Za-z0-9])"#
    )

    static func annexLabels(_ text: String) -> Set<String> {
        Set(annexHeading.matches(in: text).compactMap { $0[0] }.filter { $0.count == 1 })
    }

    private static func bareRecommendations(
        _ text: String, starts: [String.Index], annexLabels: Set<String>
    )
        -> [Found]
    {
        bare.matches(in: text).compactMap { match -> Found? in
            guard let series = match[0], let value = match[1] else { return nil }
            if annexLabels.contains(series), !text[match.range.upperBound...].hasPrefix(" justification") {
                return nil
            }
            let from = text.index(match.range.lowerBound, offsetBy: -24, limitedBy: text.startIndex) ?? text.startIndex
            if notACitation.matches(String(text[from..<match.range.lowerBound])) { return nil }
            // A clause number at the start of a passage (`I.3 Use case`, `A.1 General`) is a heading.
            let passageStart = starts[passageIndex(of: match.range.lowerBound, starts: starts)]
            if passageStart == match.range.lowerBound, "ABCDEFGHI".contains(series) {
                let after = Array(text[match.range.upperBound...].prefix(2))
                let headingLike = after.first == "\t" || (after.first == " " && after.last?.isUppercase == true)
                if headingLike { return nil }
            }
            let number = RecommendationNumber(series: series, number: value, suffix: match[2])
            return Found(
                reference: Reference(
                    cited: "ITU-T \(number.identifier)", kind: .ituT,
                    edition: editionText(month: match[4], year: match[5]),
                    raw: match.text), range: match.range)
        }
    }

    static func editionText(month: String?, year: String?) -> String? {
        guard let year else { return nil }
        return month.map { "\($0)/\(year)" } ?? year
    }

    // MARK: - Other standards bodies

    private struct Body {
        var pattern: Pattern
        var kind: Reference.Kind
        /// Builds the canonical id from the capture groups; `nil` drops the match.
        var canonical: @Sendable ([String?]) -> String?
        /// The group holding a year edition (`:2022`), if any.
        var editionGroup: Int?
    }

    /// Part numbers (`-1`, `-4-5`, a line-end `- 1`); a number must not end on a dangling hyphen.
    private static let numberTail = #"(?:-\s?\d{1,5}){0,3}(?![0-9]|-)"#

    private static let bodies: [Body] = [
        Body(
            pattern: Pattern(
                #"(?<![A-Za-z0-9])ISO/IEC/IEEE\s+(\d{3,5}"# + numberTail + #")(?::((?:19|20)\d{2}))?"#,
                requiring: ["ISO/IEC/IEEE"]),
            kind: .isoIEC,
            canonical: { "ISO/IEC/IEEE \(compactNumber($0[0]))" }, editionGroup: 1),
        Body(
            pattern: Pattern(
                #"(?<![A-Za-z0-9])ISO/IEC(?!/IEEE)\s+(?:(TS|TR|PAS|Guide)\s+)?(\d{3,5}"# + numberTail
                    + #")(?::((?:19|20)\d{2}))?"#, requiring: ["ISO/IEC"]),
            kind: .isoIEC,
            canonical: { "ISO/IEC " + ($0[0].map { "\($0) " } ?? "") + compactNumber($0[1]) }, editionGroup: 2),
        Body(
            pattern: Pattern(
                #"(?<![A-Za-z0-9])ISO/IEEE\s+(\d{3,5}"# + numberTail + #")(?::((?:19|20)\d{2}))?"#,
                requiring: ["ISO/IEEE"]),
            kind: .iso,
            canonical: { "ISO/IEEE \(compactNumber($0[0]))" }, editionGroup: 1),
        Body(
            pattern: Pattern(
                #"(?<![A-Za-z/])ISO(?:/(TS|TR|PAS))?(?!/IEC|/IEEE)\s+(\d{3,5}"# + numberTail
                    + #")(?::((?:19|20)\d{2}))?"#, requiring: ["ISO"]), kind: .iso,
            canonical: { "ISO" + ($0[0].map { "/\($0)" } ?? "") + " " + compactNumber($0[1]) }, editionGroup: 2),
        Body(
            pattern: Pattern(
                #"(?<![A-Za-z/])IEC\s+(?:(TS|TR)\s+)?(\d{3,5}"# + numberTail + #")(?::((?:19|20)\d{2}))?"#,
                requiring: ["IEC"]), kind: .iec,
            canonical: { "IEC " + ($0[0].map { "\($0) " } ?? "") + compactNumber($0[1]) }, editionGroup: 2),
        Body(
            pattern: Pattern(#"(?<![A-Za-z])(?:IETF\s+)?RFC\s?(\d{1,5})(?![0-9])"#, requiring: ["RFC"]), kind: .ietf,
            canonical: { $0[0].flatMap { Int($0) }.map { "IETF RFC \($0)" } }),
        Body(
            pattern: Pattern(
                #"(?<![A-Za-z0-9])W3C\s+([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)(?![A-Za-z0-9]|-)"#, requiring: ["W3C"]),
            kind: .w3c,
            canonical: { value in
                // A W3C short name (`VC-DATA-MODEL`, `WebAuthn`, `WCAG22`), not a plain word (`Recommendation`).
                guard let name = value[0], name.count >= 3, !w3cStoplist.contains(name.uppercased()) else { return nil }
                let tail = name.dropFirst()
                guard tail.contains(where: { $0.isUppercase || $0.isNumber || $0 == "-" }) else { return nil }
                return "W3C \(name.uppercased())"
            }),
        Body(
            pattern: Pattern(
                #"(?<![A-Za-z0-9])W3C\b[^.;\n]{0,40}?(Verifiable\s+Credentials\s+Data\s+Model|Decentralized\s+Identifiers|Web\s+Authentication|Web\s+Content\s+Accessibility\s+Guidelines|Data\s+Catalog\s+Vocabulary|Accessible\s+Rich\s+Internet\s+Applications)(?:\s*\([A-Z-]+\))?(?:\s*(?:[-–—]\s*)?(?:Version\s+|v)?(\d(?:\.\d)?))?"#,
                requiring: ["W3C"]),
            kind: .w3c,
            canonical: { value in
                guard let title = value[0].map(TextCleaner.collapse), let name = w3cTitles[title] else { return nil }
                let version = value[1] ?? ""
                switch name {
                case "WCAG": return "W3C WCAG" + version.replacingOccurrences(of: ".", with: "")
                case "WAI-ARIA", "VOCAB-DCAT": return "W3C \(name)" + (version.isEmpty ? "" : "-\(version)")
                default: return "W3C \(name)"
                }
            }),
        Body(
            pattern: Pattern(#"(?<![A-Za-z0-9])WCAG\s?([12])\.(\d)(?![0-9])"#, requiring: ["WCAG"]), kind: .w3c,
            canonical: { "W3C WCAG\($0[0] ?? "")\($0[1] ?? "")" }),
        Body(
            pattern: Pattern(
                #"(?<![A-Za-z0-9])ETSI\s+(EN|ES|EG|TS|TR|GS|GR|SR)\s+(\d{3})\s?(\d{3})((?:-\s?\d{1,2}){0,3})"#,
                requiring: ["ETSI"]),
            kind: .etsi,
            canonical: { "ETSI \($0[0] ?? "") \($0[1] ?? "") \($0[2] ?? "")" + compactNumber($0[3]) }),
        Body(
            pattern: Pattern(
                #"(?<![A-Za-z/])IEEE\s+(?:Std\.?\s+)?(\d{3,5}(?:\.\d{1,2}(?:[A-Z](?![A-Za-z]))?)?)((?:-\d{1,5})?)(?![0-9])"#,
                requiring: ["IEEE"]),
            kind: .ieee,
            canonical: { value in
                guard let base = value[0] else { return nil }
                // `802.11-2020` carries its year; `11073-20601` is a part number.
                let tail = value[1] ?? ""
                let isYear = tail.count == 5 && (tail.hasPrefix("-19") || tail.hasPrefix("-20"))
                return "IEEE \(base)" + (isYear ? "" : tail)
            }),
        Body(
            pattern: Pattern(#"(?<![A-Za-z0-9])3GPP\s+(TS|TR)\s+(\d{2}\.\d{3}(?:-\d{1,2})?)"#, requiring: ["3GPP"]),
            kind: .other,
            canonical: { "3GPP \($0[0] ?? "") \($0[1] ?? "")" }),
        Body(
            pattern: Pattern(
                #"(?<![A-Za-z0-9])(?:NIST\s+(SP|IR|FIPS)|(FIPS))\s+(\d{2,4}(?:-\d{1,4}[A-Za-z]?)?)(?![0-9])"#,
                requiring: ["NIST", "FIPS"]),
            kind: .other,
            canonical: { "NIST \($0[0] ?? $0[1] ?? "") \($0[2] ?? "")" }),
        Body(
            pattern: Pattern(#"(?<![A-Za-z0-9])GSMA\s+([A-Z]{2,4})\.(\d{1,3})(?![0-9])"#, requiring: ["GSMA"]),
            kind: .other,
            canonical: { "GSMA \($0[0] ?? "").\($0[1] ?? "")" }),
        Body(
            pattern: Pattern(#"(?<![A-Za-z0-9])CISPR\s+(\d{1,3})(?![0-9])"#, requiring: ["CISPR"]), kind: .other,
            canonical: { "CISPR \($0[0] ?? "")" }),
        Body(
            pattern: Pattern(
                #"(?<![A-Za-z0-9])HL7\s+(FHIR|CDA)(?:\s+(R\d|Release\s+\d))?(?![A-Za-z0-9])"#, requiring: ["HL7"]),
            kind: .other,
            canonical: { value in
                let release = value[1].map { " R" + $0.filter(\.isNumber) } ?? ""
                return "HL7 \(value[0] ?? "")\(release)"
            }),
        Body(
            pattern: Pattern(#"(?<![A-Za-z0-9])ITU-R\s+([A-Z]{1,3})\.(\d{1,4}(?:\.\d{1,2})?)"#, requiring: ["ITU-R"]),
            kind: .other,
            canonical: { "ITU-R \($0[0] ?? "").\($0[1] ?? "")" }),
    ]

    /// W3C specifications cited by title, and their W3C short names.
    private static let w3cTitles: [String: String] = [
        "Verifiable Credentials Data Model": "VC-DATA-MODEL", "Decentralized Identifiers": "DID-CORE",
        "Web Authentication": "WEBAUTHN", "Web Content Accessibility Guidelines": "WCAG",
        "Data Catalog Vocabulary": "VOCAB-DCAT", "Accessible Rich Internet Applications": "WAI-ARIA",
    ]

    private static let w3cStoplist: Set<String> = ["WG", "TAG", "AC", "CG", "IG", "TPAC", "REC", "CR", "WD", "DID"]

    /// `27035- 1` (a line-end hyphen) → `27035-1`.
    static func compactNumber(_ text: String?) -> String {
        (text ?? "").filter { !$0.isWhitespace }
    }

    private static func otherBodies(_ text: String) -> [Found] {
        var found: [Found] = []
        for body in bodies {
            for match in body.pattern.matches(in: text) {
                guard let cited = body.canonical(match.groups) else { continue }
                let edition = body.editionGroup.flatMap { match[$0] }
                found.append(
                    Found(
                        reference: Reference(cited: cited, kind: body.kind, edition: edition, raw: match.text),
                        range: match.range))
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    // MARK: - ITU-T documents

    private static let monthYear = Pattern(
        #"(?<![A-Za-z])([A-Za-zéûÀ-ÿ]{3,9})\s+((?:19|20)\d{2})(?![0-9])"#, caseInsensitive: true)

    /// Contributions and TDs (`SG17-C548`, `TD 209 (WP1/17)`, `T25-SG17-C-0548`), completed from the
    /// citing document: its study period and group and, for a TD, the meeting it was written for.
    ///
    /// A TD number is unique only within one meeting. A TD of the citing document's group is taken to be
    /// of its meeting unless a month is named next to one of its mentions ("TD 209 (WP1/17) of April
    /// 2025"); a meeting in that month is then looked up among the full TD numbers the document gives
    /// (`T25-SG17-250909-TD-PLEN-0305` names the September 2025 meeting). When the meeting stays unknown,
    /// the short form is kept (`SG17-TD209/WP1`) with the month as its edition (`04/2025`).
    private static func ituDocuments(_ text: String, context: Context) -> [Found] {
        let items = DocumentNumber.all(in: text)
        var meetings: [String: String] = [:]
        if let own = context.meeting, let group = context.group {
            meetings[group + own.compact.prefix(4)] = own.compact
        }
        for item in items {
            if let meeting = item.number.meeting, let group = item.number.group,
                meetings[group + meeting.prefix(4)] == nil
            {
                meetings[group + meeting.prefix(4)] = meeting
            }
        }
        // The month named next to any mention of a TD (`YYMM`).
        var months: [DocumentNumber: String] = [:]
        for item in items where item.number.kind == .td && item.number.meeting == nil {
            let key = item.number.resolved(period: context.period, group: context.group, meeting: nil)
            if months[key] != nil { continue }
            if let month = monthNamed(near: item.range, in: text) { months[key] = month }
        }
        return items.map { item in
            let number = item.number.resolved(period: context.period, group: context.group, meeting: nil)
            var edition: String?
            var resolved = number
            if number.kind == .td, number.meeting == nil, let group = number.group {
                if let month = months[number] {
                    resolved.meeting = meetings[group + month]
                    edition = resolved.meeting == nil ? "\(month.suffix(2))/20\(month.prefix(2))" : nil
                } else if group == context.group {
                    resolved.meeting = context.meeting?.compact
                }
            }
            return Found(
                reference: Reference(
                    cited: resolved.best, kind: .ituDocument, edition: edition, raw: String(text[item.range])),
                range: item.range)
        }
    }

    /// A month and year written within a few words of a citation (`of April 2025`, `, September 2025`,
    /// `in April 2025 (TD 71 (PLEN/17))`), as `YYMM`.
    private static func monthNamed(near range: Range<String.Index>, in text: String) -> String? {
        // After: within the same clause (`(WP1/17) of April 2025`, `, output of the September 2025 meeting`).
        let after = String(text[range.upperBound...].prefix(40).prefix { !".;(".contains($0) })
        // Before: right before it (`in April 2025 (TD 71 (PLEN/17))`).
        let from = text.index(range.lowerBound, offsetBy: -24, limitedBy: text.startIndex) ?? text.startIndex
        let before = String(text[from..<range.lowerBound])
        var candidates = Array(monthYear.matches(in: after).prefix(1))
        if let last = monthYear.matches(in: before).last,
            before[last.range.upperBound...].allSatisfy({ $0.isWhitespace || $0 == "(" || $0 == "," })
        {
            candidates.append(last)
        }
        for match in candidates {
            guard let word = match[0], let year = match[1], let month = MeetingDate.months[word.lowercased()] else {
                continue
            }
            return String(year.suffix(2)) + MeetingDate.twoDigits(month)
        }
        return nil
    }

    // MARK: - Work items

    /// A provisional name after its cue: `draft Recommendation ITU-T X.idm-dpi`, `new work item D.DigID`,
    /// `provisional name X.rsig-dpi`, `(ex Y.dataexch)`, `建议书草案ITU-T Y.dx-gov（原Y.dataexch）`.
    /// Whether a text holds what every `workItem` match ends in: a series letter, a dot and a letter
    /// (`X.dpi-arch`). Most texts do not, and are not searched with that long pattern.
    static func mayNameDraft(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 3 else { return false }
            for dot in 1..<(bytes.count - 1) where bytes[dot] == 0x2E {
                let series = bytes[dot - 1]
                let next = bytes[dot + 1] | 0x20  // ASCII lower case
                if (0x41...0x56).contains(series) || (0x58...0x5A).contains(series), (0x61...0x7A).contains(next) {
                    return true
                }
            }
            return false
        }
    }

    private static let workItem = Pattern(
        #"(?:draft\s+(?:new\s+|revised\s+)?(?:Recommendations?|Supplements?|Technical\s+Reports?)|(?:new\s+)?work\s+items?|provisional(?:ly)?\s+(?:name|named|title|titled)|projet\s+de\s+(?:nouvelle\s+)?Recommandation|proyecto\s+de\s+(?:nueva\s+)?Recomendaci[oó]n|\(\s*ex\.?|（\s*原|ex-|建议书草案|新工作项目|工作项目)\s*(?:ITU-T\s+|UIT-T\s+)?([A-VX-Z])\.([A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*)"#,
        caseInsensitive: false)
    private static let workItemStoplist: Set<String> = ["E.g", "I.e", "U.S", "U.K", "U.N"]

    private static func workItems(_ text: String) -> [Found] {
        guard mayNameDraft(text) else { return [] }
        return workItem.matches(in: text).compactMap { match -> Found? in
            guard let series = match[0], var name = match[1] else { return nil }
            while name.hasSuffix(".") { name.removeLast() }
            let id = "\(series).\(name)"
            guard !workItemStoplist.contains(id), name.contains(where: \.isLetter) else { return nil }
            let start = text.range(of: id, range: match.range)?.lowerBound ?? match.range.lowerBound
            return Found(
                reference: Reference(cited: "ITU-T \(id)", kind: .workItem, raw: match.text),
                range: start..<match.range.upperBound)
        }
    }
}
