/// What may be asked of the node's invoices through the API.
public enum NodeInvoiceRules {
    /// A new invoice: `value` sats (0: any amount), a memo BOLT11 can carry, 60 s to a year.
    public static func request(value: Int, memo: String, expiry: Int) throws(InvalidInput) -> InvoiceRequest {
        var problems: [FieldProblem] = []
        if value < 0 { problems.append(FieldProblem(field: "value", message: "must be 0 (any amount) or more sats")) }
        if memo.utf8.count > 639 { problems.append(FieldProblem(field: "memo", message: "must be at most 639 bytes")) }
        if !(60...31_536_000).contains(expiry) { problems.append(FieldProblem(field: "expiry", message: "must be from 60 seconds to a year")) }
        guard problems.isEmpty else { throw InvalidInput(problems) }
        return InvoiceRequest(value: Int64(value), memo: memo, expiry: expiry)
    }

    /// A page of the node's invoices: at most 1000, from an add index of 0 or more.
    public static func checkPage(limit: Int, offset: Int) throws(InvalidInput) {
        var problems: [FieldProblem] = []
        if !(1...1_000).contains(limit) { problems.append(FieldProblem(field: "limit", message: "must be from 1 to 1000")) }
        if offset < 0 { problems.append(FieldProblem(field: "offset", message: "must be 0 or more")) }
        guard problems.isEmpty else { throw InvalidInput(problems) }
    }
}
