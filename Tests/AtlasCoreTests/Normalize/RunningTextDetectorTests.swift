import AtlasCore
import Testing

struct RunningTextDetectorTests {
    /// A page of 842 points with a header at the top, body lines, and a footer at the bottom.
    private func page(header: String?, body: [String], footer: String?) -> LayoutPage {
        var lines: [LayoutLine] = []
        if let header { lines.append(LayoutLine(text: header, xMin: 70, yMin: 30, xMax: 300, yMax: 40)) }
        for (index, text) in body.enumerated() {
            let y = 100 + Double(index) * 14
            lines.append(LayoutLine(text: text, xMin: 70, yMin: y, xMax: 520, yMax: y + 12))
        }
        if let footer { lines.append(LayoutLine(text: footer, xMin: 290, yMin: 800, xMax: 300, yMax: 810)) }
        return LayoutPage(width: 595, height: 842, lines: lines)
    }

    @Test func repeatedHeadersAndPageNumbersAreFound() {
        let pages = [
            page(header: nil, body: ["Cover", "X.1281 (03/2024)"], footer: nil),
            page(header: "Rec. ITU-T X.1281 (03/2024)", body: ["Summary", "This Recommendation"], footer: "i"),
            page(header: "Rec. ITU-T X.1281 (03/2024)", body: ["1 Scope", "The scope"], footer: "1"),
            page(header: "Rec. ITU-T X.1281 (03/2024)", body: ["2 References", "The following"], footer: "2"),
        ]
        let result = RunningTextDetector().detect(pages)
        #expect(
            result.running == [RunningText(position: .header, text: "Rec. ITU-T X.1281 (03/2024)", pages: [2, 3, 4])])
        #expect(result.pageLabels == ["", "i", "1", "2"])
        #expect(result.removed[0].isEmpty)
        #expect(result.removed[1] == [0, 3])
    }

    @Test func aNumberInTheRunningTextIsSplitFromIt() {
        let bodies = [["Clause", "text"], ["More", "words"], ["Other", "lines"], ["Last", "page"]]
        let pages = (1...4).map { number in
            page(header: nil, body: bodies[number - 1], footer: "Rec. ITU-T X.1281 (03/2024) \(number + 10)")
        }
        let result = RunningTextDetector().detect(pages)
        #expect(result.running.map(\.text) == ["Rec. ITU-T X.1281 (03/2024)"])
        #expect(result.running.first?.position == .footer)
        #expect(result.pageLabels == ["11", "12", "13", "14"])
    }

    @Test func contributionsNumberPagesWithDashes() {
        let bodies = [["Alpha", "one"], ["Beta", "two"], ["Gamma", "three"]]
        let pages = (2...4).map { number in
            page(header: "- \(number) -", body: bodies[number - 2], footer: "SG17-C123")
        }
        let result = RunningTextDetector().detect(pages)
        #expect(result.pageLabels == ["2", "3", "4"])
        #expect(result.running == [RunningText(position: .footer, text: "SG17-C123", pages: [1, 2, 3])])
    }

    @Test func bodyLinesThatRepeatOnlyOnceAreKept() {
        let pages = [
            page(header: nil, body: ["Same first line", "Alpha"], footer: nil),
            page(header: nil, body: ["Another first line", "Beta"], footer: nil),
            page(header: nil, body: ["Third", "Gamma"], footer: nil),
        ]
        let result = RunningTextDetector().detect(pages)
        #expect(result.running.isEmpty)
        let nothingRemoved = result.removed.allSatisfy(\.isEmpty)
        #expect(nothingRemoved)
    }

    @Test func romanNumeralsAreRecognised() {
        #expect(RunningTextDetector.isPageNumber("iv"))
        #expect(RunningTextDetector.isPageNumber("XII"))
        #expect(RunningTextDetector.isPageNumber("Page 3 of 12"))
        #expect(RunningTextDetector.isPageNumber("7/12"))
        #expect(!RunningTextDetector.isPageNumber("Scope"))
        #expect(!RunningTextDetector.isPageNumber("mix"))
    }
}
