import AtlasCore
import Testing

struct ColumnOrderTests {
    private func line(_ text: String, x: Double, y: Double, width: Double = 225) -> LayoutLine {
        LayoutLine(text: text, xMin: x, yMin: y, xMax: x + width, yMax: y + 12)
    }

    /// The order a reader that alternates between columns gives, read column by column again.
    @Test func aTwoColumnPageIsReadLeftColumnFirst() {
        let title = line("Title across the page", x: 60, y: 60, width: 470)
        let left = (0..<5).map { line("L\($0)", x: 57, y: 100 + Double($0) * 14) }
        let right = (0..<5).map { line("R\($0)", x: 308, y: 100 + Double($0) * 14) }
        let below = line("6 Reference model", x: 57, y: 250, width: 140)
        let figure = line("Figure 1 shows the entities", x: 57, y: 280, width: 470)
        let scrambled =
            [title, left[0], left[1], right[0], right[1], left[2], below, right[2], left[3], left[4]]
            + [right[3], right[4], figure]
        let ordered = ColumnOrder.order(scrambled, pageWidth: 595).map(\.text)
        #expect(
            ordered == [
                "Title across the page", "L0", "L1", "L2", "L3", "L4", "R0", "R1", "R2", "R3", "R4",
                "6 Reference model", "Figure 1 shows the entities",
            ])
    }

    @Test func aOneColumnPageKeepsTheReadersOrder() {
        let lines = (0..<8).map { line("line \($0)", x: 57, y: 100 + Double($0) * 14, width: 470) }
        #expect(ColumnOrder.order(lines.reversed(), pageWidth: 595).map(\.text) == lines.reversed().map(\.text))
    }

    @Test func aClauseNumberSplitFromItsTitleIsJoinedInTheTitlesColumn() {
        let lines = [
            line("4", x: 57, y: 130, width: 8), line("Abbreviations and acronyms", x: 96, y: 130, width: 170),
            line("5", x: 308, y: 130, width: 8), line("This Recommendation uses", x: 57, y: 150),
            line("Conventions", x: 348, y: 130, width: 75),
        ]
        let result = LayoutAssembler().assemble([LayoutPage(width: 595, height: 842, lines: lines)])
        #expect(result.pages[0].contains("4 Abbreviations and acronyms"))
        #expect(result.pages[0].contains("5 Conventions"))
        #expect(!result.pages[0].contains("acronyms 5"))
    }
}
