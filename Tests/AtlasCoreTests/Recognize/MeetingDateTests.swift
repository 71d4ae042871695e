import Testing

@testable import AtlasCore

struct MeetingDateTests {
    @Test(
        arguments: [
            ("Geneva, 8-17 April 2026", "2026-04-08", "Geneva"),
            ("Question(s):\tQ10/17\tGeneva, 8-17 April 2026", "2026-04-08", "Geneva"),
            ("Geneva, 28 April – 7 May 2026", "2026-04-28", "Geneva"),
            ("Geneva, 9-18 September\n2025", "2025-09-09", "Geneva"),
            ("Genève, 20-29 octobre 2025", "2025-10-20", "Genève"),
            ("Ginebra, 8-17 de abril de 2026", "2026-04-08", "Ginebra"),
            ("Женева, 8–17 апреля 2026 года", "2026-04-08", "Женева"),
            ("日内瓦，2026年3月2-13日", "2026-03-02", "日内瓦"),
            ("Virtual, 26 January 2026", "2026-01-26", "Virtual"),
        ] as [(String, String, String?)])
    func firstDay(text: String, start: String, place: String?) {
        let meeting = MeetingDate.first(in: text)
        #expect(meeting?.start == start)
        #expect(meeting?.place == place)
    }

    @Test func compactFormAsInTDNumbers() {
        #expect(MeetingDate.first(in: "Geneva, 2-11 December 2025")?.compact == "251202")
    }

    @Test func noDate() {
        #expect(MeetingDate.first(in: "STUDY PERIOD 2025-2028") == nil)
    }
}
