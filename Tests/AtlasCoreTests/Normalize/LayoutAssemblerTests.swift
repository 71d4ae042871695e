import AtlasCore
import Testing

struct LayoutAssemblerTests {
    private func line(
        _ text: String, y: Double, x: Double = 70, right: Double = 520, size: Double = 10, bold: Bool = false
    )
        -> LayoutLine
    {
        LayoutLine(
            text: text, xMin: x, yMin: y, xMax: right, yMax: y + size * 1.2, fontSize: size,
            fontName: bold ? "Times-Bold" : "Times-Roman", isBold: bold)
    }

    @Test func paragraphsHeadingsAndBrokenWordsFromGeometry() {
        let page = LayoutPage(
            width: 595, height: 842,
            lines: [
                line("6.2.1 Assertion validation", y: 100, right: 250, size: 11, bold: true),
                line("The relying party is required to complete the identi-", y: 120),
                line("fication of the subject with e-", y: 132),
                line("KYC checks.", y: 144, right: 150),
                line("A second paragraph starts after a gap and ends here.", y: 170, right: 400),
                line("• A list item.", y: 190, right: 200),
                line("10 Gbit/s interfaces are required for the backbone.", y: 210, right: 420),
            ])
        let result = LayoutAssembler().assemble([page])
        #expect(
            result.blocks.map(\.kind) == [.heading, .paragraph, .paragraph, .listItem, .paragraph])
        #expect(result.blocks[0].level == 3)
        #expect(result.blocks[0].style == "Times-Bold 11")
        #expect(
            result.blocks[1].text
                == "The relying party is required to complete the identification of the subject with e-KYC checks.")
        let onPageOne = result.blocks.allSatisfy { $0.page == 1 }
        #expect(onPageOne)
        #expect(
            result.pages[0].hasPrefix(
                "6.2.1 Assertion validation\n\nThe relying party is required to complete the identification\nof the"))
    }

    @Test func aWordBrokenAcrossPagesIsJoined() {
        let first = LayoutPage(
            width: 595, height: 842,
            lines: [line("Some text that continues on the next page with infra-", y: 700)])
        let second = LayoutPage(width: 595, height: 842, lines: [line("structure and more.", y: 100, right: 200)])
        let result = LayoutAssembler().assemble([first, second])
        #expect(result.pages == ["Some text that continues on the next page with infrastructure", "and more."])
    }

    @Test func withoutFontsHeadingsComeFromNumberingAlone() {
        let page = LayoutPage(
            width: 0, height: 0,
            lines: [LayoutLine(text: "1 Scope"), LayoutLine(text: "This Recommendation covers identity.")])
        let result = LayoutAssembler().assemble([page])
        #expect(result.blocks.map(\.kind) == [.heading, .paragraph])
    }
}
