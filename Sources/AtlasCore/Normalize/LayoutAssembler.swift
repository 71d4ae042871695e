import Foundation

/// Turns the lines of a PDF's pages into body text and blocks: lines normalised, running headers
/// and footers removed (kept as metadata), paragraphs rebuilt from the geometry, words broken at
/// line ends joined, and headings recognised from their numbering and font.
public struct LayoutAssembler: Sendable {
    public struct Result: Sendable, Hashable {
        /// Body text of each page: one line per printed line, a blank line between paragraphs.
        public var pages: [String]
        public var blocks: [TextBlock]
        public var headersFooters: [RunningText]
        public var pageLabels: [String]
    }

    public var runningText = RunningTextDetector()

    public init() {}

    /// A paragraph being built: its lines as laid out.
    private struct Group {
        var page: Int
        var lines: [LayoutLine]
        var texts: [String] = []
        var kind: TextBlock.Kind = .paragraph
        var level: Int?
        var heading: Heading?
    }

    /// The dominant font of the body.
    private struct BodyFont {
        var size: Double
        var isBold: Bool
        /// Whether fonts differ at all in the document (else headings are known by numbering alone).
        var varies: Bool
    }

    public func assemble(_ layoutPages: [LayoutPage]) -> Result {
        // 1. Normalise every line; keep a final soft hyphen as the sign of a broken word.
        var pages = layoutPages
        for pageIndex in pages.indices {
            for lineIndex in pages[pageIndex].lines.indices {
                pages[pageIndex].lines[lineIndex].text = TextNormalizer.line(
                    pages[pageIndex].lines[lineIndex].text, keepingFinalSoftHyphen: true)
            }
        }
        // 2. Pieces of one printed line that the reader split (a clause number and its title, a
        //    bullet and its item, a reference label and its text) become one line again.
        //    Two-column pages are then read column by column.
        for pageIndex in pages.indices {
            let joined = Self.joiningSplitRows(pages[pageIndex].lines, pageWidth: pages[pageIndex].width)
            pages[pageIndex].lines = ColumnOrder.order(joined, pageWidth: pages[pageIndex].width)
        }
        // 3. Running headers and footers.
        let running = runningText.detect(pages)
        var body: [[LayoutLine]] = []
        for (pageIndex, page) in pages.enumerated() {
            body.append(
                page.lines.indices.compactMap { index in
                    let line = page.lines[index]
                    return line.text.isEmpty || running.removed[pageIndex].contains(index) ? nil : line
                })
        }
        let font = bodyFont(body)
        let dehyphenator = Dehyphenator(vocabularyFrom: body.joined().map(\.text))

        // 4. Paragraphs, 5. their kind, 6. their text.
        var groupsByPage: [[Group]] = []
        for (pageIndex, lines) in body.enumerated() {
            var groups = paragraphs(lines, page: pageIndex, width: pages[pageIndex].width, font: font)
            for index in groups.indices { classify(&groups[index], font: font) }
            groupsByPage.append(mergeAnnexTitles(groups))
        }
        for pageIndex in groupsByPage.indices {
            for index in groupsByPage[pageIndex].indices {
                groupsByPage[pageIndex][index].texts = join(
                    groupsByPage[pageIndex][index].lines.map(\.text), dehyphenator)
            }
        }
        joinAcrossPages(&groupsByPage, dehyphenator)

        var result = Result(pages: [], blocks: [], headersFooters: running.running, pageLabels: running.pageLabels)
        for (pageIndex, groups) in groupsByPage.enumerated() {
            var pageText: [String] = []
            for group in groups {
                let texts = group.texts.map(Self.withoutFinalSoftHyphen).filter { !$0.isEmpty }
                guard !texts.isEmpty else { continue }
                pageText.append(texts.joined(separator: "\n"))
                let text = group.heading.map(\.text) ?? texts.joined(separator: " ")
                let first = group.lines[0]
                let style = first.fontName.map { "\($0) \(Self.formatSize(first.fontSize))" }
                result.blocks.append(
                    TextBlock(kind: group.kind, text: text, level: group.level, style: style, page: pageIndex + 1))
            }
            result.pages.append(pageText.joined(separator: "\n\n"))
        }
        return result
    }

    // MARK: - Split rows

    /// Joins a label at the left (`1`, `6.2.1`, `A.1`, `–`, `[ITU-T X.509]`) with the text that stands
    /// on the same printed line just to its right, which PDF readers give as separate lines (not
    /// always next to each other) when a tab stop separates them. The joined line takes the text's
    /// place in the reading order, so a label read out of its column lands in its column. A label
    /// that wraps (`[ITU-T` / `X.509]`) is joined back into one label.
    static func joiningSplitRows(_ lines: [LayoutLine], pageWidth: Double) -> [LayoutLine] {
        guard pageWidth > 0, lines.count > 1 else { return lines }
        // label index → text index, and back.
        var partnerOfLabel: [Int: Int] = [:]
        var labelOfText: [Int: Int] = [:]
        for index in lines.indices {
            let label = lines[index]
            guard label.yMax > 0, label.xMax - label.xMin <= pageWidth * 0.3, isLabel(label.text) else { continue }
            var best: Int?
            for other in lines.indices where other != index && labelOfText[other] == nil && partnerOfLabel[other] == nil
            {
                let text = lines[other]
                let gap = text.xMin - label.xMax
                guard abs(label.yMin - text.yMin) < 1.5, gap >= -1, gap <= min(pageWidth * 0.25, 80) else { continue }
                if let current = best, lines[current].xMin <= text.xMin { continue }
                best = other
            }
            if let best, labelOfText[index] == nil {
                partnerOfLabel[index] = best
                labelOfText[best] = index
            }
        }
        guard !partnerOfLabel.isEmpty else { return lines }
        var output: [LayoutLine] = []
        /// For the last output line when it was joined: where its label and its text start.
        var lastJoin: (labelX: Double, textX: Double, labelOpen: Bool)?
        for index in lines.indices where partnerOfLabel[index] == nil {
            guard let labelIndex = labelOfText[index] else {
                output.append(lines[index])
                lastJoin = nil
                continue
            }
            let label = lines[labelIndex]
            let text = lines[index]
            if let join = lastJoin, join.labelOpen, abs(join.labelX - label.xMin) < 2,
                abs(join.textX - text.xMin) < 2, var previous = output.popLast()
            {
                // The label's second half (`X.509]`) goes back to its first half; the text line stays a line.
                previous.text = Self.insertingIntoLabel(previous.text, label.text)
                output.append(previous)
                output.append(text)
                lastJoin = nil
                continue
            }
            var joined = text
            joined.text = label.text + " " + text.text
            joined.xMin = min(label.xMin, text.xMin)
            joined.yMin = min(label.yMin, text.yMin)
            joined.xMax = max(label.xMax, text.xMax)
            joined.yMax = max(label.yMax, text.yMax)
            output.append(joined)
            lastJoin = (label.xMin, text.xMin, label.text.hasPrefix("[") && !label.text.contains("]"))
        }
        return output
    }

    /// What stands before a tab stop: a clause number (`6`, `6.2.1`, `A.1`, `II.3`), a bullet or
    /// dash, a reference label (`[ITU-T`, `[b-IETF RFC 6749]`), an item letter (`a)`, `(iv)`), `NOTE`.
    static func isLabel(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.utf8.count <= 40 else { return false }
        if text.unicodeScalars.count == 1 {
            return Segmenter.listMarkers.contains(first) || first == "-" || isClause(text)
        }
        if first == "[" { return true }
        if text.hasPrefix("NOTE") { return text.utf8.count <= 10 }
        if (text.hasSuffix(")") && text.utf8.count <= 5) { return true }
        return isClause(text)
    }

    /// `6`, `6.2.1`, `6.2.`, `A.1`, `II.3.2`.
    private static func isClause(_ text: String) -> Bool {
        var parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count > 1, parts.last?.isEmpty == true { parts.removeLast() }
        guard !parts.isEmpty, parts.count <= 7, parts.allSatisfy({ !$0.isEmpty && $0.utf8.count <= 4 }) else {
            return false
        }
        let digits = parts.dropFirst().allSatisfy { $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        let head = parts[0].utf8
        if head.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return digits }
        // A letter or Roman label needs a number after it (`A.1`), or it would match words.
        return parts.count >= 2 && digits && head.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// `[ITU-T Recommendation …` with `X.509]` becomes `[ITU-T X.509] Recommendation …`.
    private static func insertingIntoLabel(_ joined: String, _ rest: String) -> String {
        guard let space = joined.firstIndex(of: " ") else { return joined + " " + rest }
        return String(joined[..<space]) + " " + rest + joined[space...]
    }

    // MARK: - Fonts

    private func bodyFont(_ body: [[LayoutLine]]) -> BodyFont {
        struct Key: Hashable {
            var halfPoints: Int
            var isBold: Bool
        }
        var weight: [Key: Int] = [:]
        for line in body.joined() where line.fontSize > 0 {
            weight[Key(halfPoints: Int((line.fontSize * 2).rounded()), isBold: line.isBold), default: 0] +=
                line.text.utf8.count
        }
        guard
            let top = weight.max(by: {
                $0.value < $1.value || ($0.value == $1.value && $0.key.halfPoints > $1.key.halfPoints)
            })
        else {
            return BodyFont(size: 0, isBold: false, varies: false)
        }
        return BodyFont(size: Double(top.key.halfPoints) / 2, isBold: top.key.isBold, varies: weight.count > 1)
    }

    private static func formatSize(_ size: Double) -> String {
        size == size.rounded() ? String(Int(size)) : String(format: "%.1f", size)
    }

    // MARK: - Paragraphs

    private func paragraphs(_ lines: [LayoutLine], page: Int, width: Double, font: BodyFont) -> [Group] {
        guard !lines.isEmpty else { return [] }
        let pitch = medianPitch(lines)
        let edges = columnRightEdges(lines)
        let headingLike = lines.map { looksLikeHeading($0, font: font) }
        let listItems = lines.map { Segmenter.startsListItem($0.text) }
        var groups: [Group] = []
        var current: [LayoutLine] = []
        for (index, line) in lines.enumerated() {
            if !current.isEmpty {
                let context = BreakContext(
                    pitch: pitch, rightEdge: edges[index - 1], pageWidth: width, font: font,
                    lineIsHeading: headingLike[index], previousIsHeading: headingLike[index - 1],
                    lineStartsItem: listItems[index])
                if startsParagraph(line, after: lines[index - 1], context) {
                    groups.append(Group(page: page, lines: current))
                    current = []
                }
            }
            current.append(line)
        }
        if !current.isEmpty { groups.append(Group(page: page, lines: current)) }
        return groups
    }

    /// What is known about a line and the page around it when deciding whether it starts a paragraph.
    private struct BreakContext {
        var pitch: Double?
        var rightEdge: Double
        var pageWidth: Double
        var font: BodyFont
        var lineIsHeading: Bool
        var previousIsHeading: Bool
        var lineStartsItem: Bool
    }

    private func startsParagraph(_ line: LayoutLine, after previous: LayoutLine, _ context: BreakContext) -> Bool {
        let hasGeometry = line.yMax > 0 || previous.yMax > 0
        let font = context.font
        if context.lineStartsItem || context.lineIsHeading { return true }
        if context.previousIsHeading {
            // A heading stands alone, unless its title wraps onto a next line in the same emphasised font.
            let wrapsTitle =
                font.varies && emphasised(line, font: font) && sameFont(line, previous) && hasGeometry
                && line.yMin - previous.yMin <= (context.pitch ?? previous.height) * 1.35 + 0.5
                && Heading(numbered: line.text) == nil
            if !wrapsTitle { return true }
        }
        guard hasGeometry else { return false }
        // Moved up the page: a new column or region.
        if line.yMin < previous.yMin - previous.height * 0.5 { return true }
        // More space than between the lines of a paragraph.
        let step = line.yMin - previous.yMin
        if let pitch = context.pitch, step > pitch * 1.35 + 0.5 { return true }
        if context.pitch == nil, line.yMin - previous.yMax > previous.height * 0.5 { return true }
        if !sameFont(line, previous) { return true }
        // The previous line ended a sentence well short of the column's right edge.
        let width = max(context.rightEdge - previous.xMin, 1)
        let short = previous.xMax < context.rightEdge - max(0.12 * width, 18)
        if short, Self.endsSentence(previous.text) { return true }
        // Centred lines (cover pages, titles) are paragraphs of their own.
        let pageWidth = context.pageWidth
        if pageWidth > 0, isCentred(previous, pageWidth: pageWidth), previous.xMin > pageWidth * 0.15,
            isCentred(line, pageWidth: pageWidth)
        {
            return true
        }
        return false
    }

    /// A line whose middle is the page's middle.
    private func isCentred(_ line: LayoutLine, pageWidth: Double) -> Bool {
        abs((line.xMin + line.xMax) / 2 - pageWidth / 2) < 6
    }

    private func sameFont(_ a: LayoutLine, _ b: LayoutLine) -> Bool {
        abs(a.fontSize - b.fontSize) <= 0.9 && a.isBold == b.isBold
    }

    private func looksLikeHeading(_ line: LayoutLine, font: BodyFont) -> Bool {
        guard emphasised(line, font: font) || !font.varies else { return false }
        return Heading(numbered: line.text) != nil || (Heading(unnumbered: line.text) != nil && font.varies)
    }

    /// Bold in a body that is not, or larger than the body.
    private func emphasised(_ line: LayoutLine, font: BodyFont) -> Bool {
        (line.isBold && !font.isBold) || (font.size > 0 && line.fontSize >= font.size + 0.9)
    }

    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return ".:;?!。：；？！".contains(last)
    }

    /// The usual distance from one line's top to the next in the same column.
    private func medianPitch(_ lines: [LayoutLine]) -> Double? {
        var steps: [Double] = []
        for index in lines.indices.dropFirst() {
            let step = lines[index].yMin - lines[index - 1].yMin
            if step > 0.5, step < lines[index - 1].height * 3 { steps.append(step) }
        }
        guard steps.count >= 3 else { return nil }
        steps.sort()
        return steps[steps.count / 2]
    }

    /// For each line, the right edge of its column: a high percentile of the right ends of the lines
    /// that start where it starts (within 15 points).
    private func columnRightEdges(_ lines: [LayoutLine]) -> [Double] {
        let order = lines.indices.sorted { lines[$0].xMin < lines[$1].xMin }
        var edges = [Double](repeating: 0, count: lines.count)
        var low = 0
        var high = 0
        for position in order.indices {
            let x = lines[order[position]].xMin
            while lines[order[low]].xMin < x - 15 { low += 1 }
            while high + 1 < order.count, lines[order[high + 1]].xMin <= x + 15 { high += 1 }
            var ends = order[low...high].map { lines[$0].xMax }
            ends.sort()
            edges[order[position]] = ends[min(ends.count - 1, Int(Double(ends.count) * 0.9))]
        }
        return edges
    }

    // MARK: - Kinds

    private func classify(_ group: inout Group, font: BodyFont) {
        let first = group.lines[0]
        let text = group.lines.map(\.text).joined(separator: " ")
        let allEmphasised = group.lines.allSatisfy { emphasised($0, font: font) }
        if group.lines.count <= 3, text.count <= 200 {
            if let heading = Heading(numbered: text), allEmphasised || !font.varies {
                group.kind = .heading
                group.level = heading.level
                group.heading = heading
                return
            }
            if allEmphasised, let heading = Heading(unnumbered: text) {
                group.kind = .heading
                group.level = heading.level
                group.heading = heading
                return
            }
        }
        if Segmenter.startsListItem(first.text) {
            group.kind = .listItem
            group.level = 1
        }
    }

    /// `Annex A` on one line and its title, in bold, on the next paragraph: one heading.
    private func mergeAnnexTitles(_ groups: [Group]) -> [Group] {
        var result: [Group] = []
        var index = 0
        while index < groups.count {
            var group = groups[index]
            if group.kind == .heading, let heading = group.heading, heading.title.isEmpty, index + 1 < groups.count {
                let next = groups[index + 1]
                let nextText = next.lines.map(\.text).joined(separator: " ")
                if next.kind == .paragraph, next.lines.count <= 2, nextText.count <= 160,
                    sameFont(next.lines[0], group.lines[0]), !Self.endsSentence(nextText)
                {
                    group.lines += next.lines
                    group.heading?.title = nextText
                    result.append(group)
                    index += 2
                    continue
                }
            }
            result.append(group)
            index += 1
        }
        return result
    }

    // MARK: - De-hyphenation

    /// The lines of a paragraph with broken words rejoined: the second half moves up to the first
    /// line (as `pdftotext` does), and the hyphen goes unless the word is a hyphenated term.
    private func join(_ lines: [String], _ dehyphenator: Dehyphenator) -> [String] {
        var out: [String] = []
        for text in lines {
            if let last = out.last, merge(&out[out.count - 1], with: text, kind: dehyphenator.join(last, text)) {
                let rest = Self.afterFirstWord(text)
                if !rest.isEmpty { out.append(rest) }
                continue
            }
            out.append(text)
        }
        return out
    }

    /// Appends the first word of `next` to `line` when they join; `false` when they do not.
    private func merge(_ line: inout String, with next: String, kind: Dehyphenator.Join) -> Bool {
        switch kind {
        case .none: return false
        case .hyphenation:
            line.unicodeScalars.removeLast()
        case .compound:
            if line.unicodeScalars.last == "\u{AD}" { line.unicodeScalars.removeLast() }
        }
        line += Self.firstWord(next)
        return true
    }

    /// A paragraph that ends a page on a broken word continues on the next page.
    private func joinAcrossPages(_ pages: inout [[Group]], _ dehyphenator: Dehyphenator) {
        for pageIndex in pages.indices.dropLast() {
            guard let lastIndex = pages[pageIndex].indices.last,
                let nextPage = pages[(pageIndex + 1)...].firstIndex(where: { !$0.isEmpty }),
                pages[pageIndex][lastIndex].kind == .paragraph, pages[nextPage][0].kind == .paragraph,
                let lastLine = pages[pageIndex][lastIndex].texts.last, let nextLine = pages[nextPage][0].texts.first
            else { continue }
            var merged = lastLine
            if merge(&merged, with: nextLine, kind: dehyphenator.join(lastLine, nextLine)) {
                pages[pageIndex][lastIndex].texts[pages[pageIndex][lastIndex].texts.count - 1] = merged
                let rest = Self.afterFirstWord(nextLine)
                if rest.isEmpty {
                    pages[nextPage][0].texts.removeFirst()
                } else {
                    pages[nextPage][0].texts[0] = rest
                }
            }
        }
    }

    static func firstWord(_ text: String) -> String {
        String(text.prefix { $0 != " " })
    }

    static func afterFirstWord(_ text: String) -> String {
        guard let space = text.firstIndex(of: " ") else { return "" }
        return String(text[text.index(after: space)...])
    }

    static func withoutFinalSoftHyphen(_ text: String) -> String {
        guard text.unicodeScalars.last == "\u{AD}" else { return text }
        var copy = text
        copy.unicodeScalars.removeLast()
        return copy
    }
}
