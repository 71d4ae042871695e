import Foundation

/// A meeting's place and first day, read from the front page in the six ITU languages:
/// `Geneva, 8-17 April 2026`, `Genève, 20-29 octobre 2025`, `Ginebra, 8-17 de abril de 2026`,
/// `Женева, 8–17 апреля 2026 года`, `日内瓦，2026年3月2-13日`, `Geneva, 28 April – 7 May 2026`.
struct MeetingDate: Hashable, Sendable {
    /// `Geneva`, when written before the dates.
    var place: String?
    /// The first day: `2026-04-08`.
    var start: String
    /// The place and dates as written: `Geneva, 8-17 April 2026`.
    var text: String

    /// `260408`, as in TD numbers.
    var compact: String {
        let parts = start.split(separator: "-")
        return String(parts[0].suffix(2)) + parts[1] + parts[2]
    }

    /// Month names (and their genitive or abbreviated forms) in English, French, Spanish, Russian and Arabic.
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "janvier", "enero", "января", "январь", "يناير", "كانون الثاني"],
            ["february", "feb", "février", "fevrier", "febrero", "февраля", "февраль", "فبراير", "شباط"],
            ["march", "mar", "mars", "marzo", "марта", "март", "مارس", "آذار"],
            ["april", "apr", "avril", "abril", "апреля", "апрель", "أبريل", "ابريل", "نيسان"],
            ["may", "mai", "mayo", "мая", "май", "مايو", "أيار"],
            ["june", "jun", "juin", "junio", "июня", "июнь", "يونيو", "حزيران"],
            ["july", "jul", "juillet", "julio", "июля", "июль", "يوليو", "تموز"],
            ["august", "aug", "août", "aout", "agosto", "августа", "август", "أغسطس", "آب"],
            [
                "september", "sep", "sept", "septembre", "septiembre", "setiembre", "сентября", "сентябрь", "سبتمبر",
                "أيلول",
            ],
            ["october", "oct", "octobre", "octubre", "октября", "октябрь", "أكتوبر", "اكتوبر", "تشرين الأول"],
            ["november", "nov", "novembre", "noviembre", "ноября", "ноябрь", "نوفمبر", "تشرين الثاني"],
            ["december", "dec", "décembre", "decembre", "diciembre", "декабря", "декабрь", "ديسمبر", "كانون الأول"],
        ]
        var table: [String: Int] = [:]
        for (index, words) in names.enumerated() {
            for word in words { table[word] = index + 1 }
        }
        return table
    }()

    private static let monthAlternation: String = months.keys.sorted { $0.count > $1.count }.joined(separator: "|")

    /// `8-17 April 2026`, `28 April – 7 May 2026`, `8 to 17 April 2026`, `8-17 de abril de 2026`.
    private static let dayMonthYear = Pattern(
        #"(?<![0-9])(\d{1,2})(?:\s*(?:[-–—]|to|au|al|a|по)\s*(\d{1,2}))?\.?\s+(?:de\s+)?("#
            + monthAlternation
            + #")\.?(?:\s*(?:[-–—]|to|au|al|a|по)\s*(\d{1,2})\s+(?:de\s+)?(?:"# + monthAlternation
            + #")\.?)?,?\s+(?:de\s+)?((?:19|20)\d{2})(?![0-9])"#,
        caseInsensitive: true)
    /// `April 8-17, 2026`.
    private static let monthDayYear = Pattern(
        #"\b("# + monthAlternation + #")\.?\s+(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?,?\s+((?:19|20)\d{2})(?![0-9])"#,
        caseInsensitive: true)
    /// `2026年3月2-13日`, `2025年7月14日至25日`.
    private static let chinese = Pattern(
        #"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*(?:日)?\s*(?:[-–—至~]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*)?日"#)

    /// The first meeting date in `text`, with the place written just before it on the same line.
    static func first(in text: String) -> MeetingDate? {
        var candidates: [(MeetingDate, String.Index)] = []
        if let match = dayMonthYear.firstMatch(in: text), let day = match[0].flatMap({ Int($0) }),
            let month = match[2].flatMap({ months[$0.lowercased()] }), let year = match[4]
        {
            candidates.append(
                (make(year: year, month: month, day: day, match: match, in: text), match.range.lowerBound))
        }
        if let match = monthDayYear.firstMatch(in: text), let month = match[0].flatMap({ months[$0.lowercased()] }),
            let day = match[1].flatMap({ Int($0) }), let year = match[3]
        {
            candidates.append(
                (make(year: year, month: month, day: day, match: match, in: text), match.range.lowerBound))
        }
        if let match = chinese.firstMatch(in: text), let year = match[0], let month = match[1].flatMap({ Int($0) }),
            let day = match[2].flatMap({ Int($0) })
        {
            candidates.append(
                (make(year: year, month: month, day: day, match: match, in: text), match.range.lowerBound))
        }
        return candidates.min { $0.1 < $1.1 }?.0
    }

    private static func make(year: String, month: Int, day: Int, match: Pattern.Match, in text: String) -> MeetingDate {
        let start = "\(year)-\(twoDigits(month))-\(twoDigits(day))"
        let place = place(before: match.range.lowerBound, in: text)
        let written = [place, match.text].compactMap { $0 }.joined(separator: ", ")
        return MeetingDate(place: place, start: start, text: written)
    }

    /// The words before the date on its line (`Geneva, `), when they read like a place.
    private static func place(before index: String.Index, in text: String) -> String? {
        var start = index
        var count = 0
        while start > text.startIndex, count < 60 {
            let previous = text.index(before: start)
            if text[previous] == "\n" || text[previous] == "\t" { break }
            start = previous
            count += 1
        }
        let separators = CharacterSet(charactersIn: " ,，、:：").union(.whitespaces)
        let candidate = text[start..<index].trimmingCharacters(in: separators)
        guard !candidate.isEmpty, candidate.count <= 40, !candidate.contains(where: \.isNumber),
            candidate.first?.isLetter == true
        else { return nil }
        return candidate
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
