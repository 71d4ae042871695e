/// Puts the lines of a two-column page in reading order: what spans the page, then the left
/// column top to bottom, then the right column, band by band.
///
/// PDF readers find columns from the blocks of text they see, and on real pages they often
/// alternate between the columns block by block (poppler on a K-series page gives a paragraph of
/// the left column, then references of the right column, then the left again). Here the page is
/// cut into bands by the lines that cross its middle (titles, full-width paragraphs, figures); a
/// band whose both halves hold column-wide text is read left column first. Lines of the left half
/// above the right column, or below it after a clear gap, are single-column text before or after
/// the columns. A page without such a band keeps the reader's order.
public enum ColumnOrder {
    public static func order(_ lines: [LayoutLine], pageWidth: Double) -> [LayoutLine] {
        guard pageWidth > 0, lines.count >= 6, lines.contains(where: { $0.yMax > 0 }) else { return lines }
        let middle = pageWidth / 2
        enum Side { case left, right, spanning }
        func side(_ line: LayoutLine) -> Side {
            if line.xMax <= middle + 5 { return .left }
            if line.xMin >= middle - 5 { return .right }
            return .spanning
        }
        let columnWidth = pageWidth * 0.28
        func isColumnText(_ line: LayoutLine) -> Bool { line.xMax - line.xMin >= columnWidth }

        // Bands between spanning lines, top to bottom.
        let sorted = lines.indices.sorted { (lines[$0].yMin, lines[$0].xMin) < (lines[$1].yMin, lines[$1].xMin) }
        var bands: [[Int]] = []
        var current: [Int] = []
        for index in sorted {
            if side(lines[index]) == .spanning {
                if !current.isEmpty { bands.append(current) }
                bands.append([index])
                current = []
            } else {
                current.append(index)
            }
        }
        if !current.isEmpty { bands.append(current) }

        var reordered = false
        var result: [LayoutLine] = []
        result.reserveCapacity(lines.count)
        for band in bands {
            let left = band.filter { side(lines[$0]) == .left }
            let right = band.filter { side(lines[$0]) == .right }
            let isTwoColumns =
                left.filter { isColumnText(lines[$0]) }.count >= 3
                && right.filter { isColumnText(lines[$0]) }.count >= 3
            guard isTwoColumns, let rightTop = right.map({ lines[$0].yMin }).min(),
                let rightBottom = right.map({ lines[$0].yMax }).max()
            else {
                // Not columns: the reader's order within the band.
                result += band.sorted().map { lines[$0] }
                continue
            }
            reordered = true
            let before = left.filter { lines[$0].yMax <= rightTop }
            var column = left.filter { lines[$0].yMax > rightTop }
            // Left-half lines below the right column after a clear gap: single-column text that follows.
            var after: [Int] = []
            let pitch = typicalPitch(column.map { lines[$0] })
            if let firstBelow = column.firstIndex(where: { lines[$0].yMin >= rightBottom }), firstBelow > 0 {
                let gap = lines[column[firstBelow]].yMin - lines[column[firstBelow - 1]].yMax
                if gap >= max(pitch * 1.5, 12) {
                    after = Array(column[firstBelow...])
                    column = Array(column[..<firstBelow])
                }
            }
            result += (before + column + right + after).map { lines[$0] }
        }
        return reordered ? result : lines
    }

    /// The usual distance from one line's top to the next one's.
    private static func typicalPitch(_ lines: [LayoutLine]) -> Double {
        var steps: [Double] = []
        for index in lines.indices.dropFirst() {
            let step = lines[index].yMin - lines[index - 1].yMin
            if step > 0.5 { steps.append(step) }
        }
        guard !steps.isEmpty else { return 14 }
        steps.sort()
        return steps[steps.count / 2]
    }
}
