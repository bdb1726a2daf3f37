/// A plain-text table, columns padded to their widest cell.
final class Table {
    let columns: [String]
    var rows: [[String]] = []

    init(columns: [String]) {
        self.columns = columns
    }

    func row(_ cells: [String]) {
        rows.append(cells + Array(repeating: "", count: max(0, columns.count - cells.count)))
    }

    func print() {
        let widths = columns.indices.map { column in ([columns] + rows).map { $0[column].count }.max() ?? 0 }
        for line in [columns] + rows {
            Swift.print(zip(line, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  "))
        }
    }
}
