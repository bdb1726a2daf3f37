/// Bad input, one problem per field (`VALIDATION_ERROR` with `details`), for services whose
/// only refusal is that.
public struct InvalidInput: Error, Sendable, Hashable {
    public var problems: [FieldProblem]

    public init(_ problems: [FieldProblem]) {
        self.problems = problems
    }
}
