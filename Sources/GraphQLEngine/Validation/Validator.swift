import GraphQLLanguage

/// Validates executable documents against a schema (spec §5) and the query limits: every rule in
/// one walk of the document, at most `maxErrors` errors.
///
///     let errors = Validator.validate(try Document.parse("{ me { id } }"), against: schema)
public enum Validator {
    public static func validate(
        _ document: Document, against schema: Schema, limits: QueryLimits = QueryLimits(), maxErrors: Int = 100
    ) -> [GraphQLError] {
        let context = ValidationContext(schema: schema, document: document, limits: limits, maxErrors: maxErrors)
        var walker = DocumentWalker(rules: ValidationRules.specified() + ValidationRules.limits(), context: context)
        walker.walk(document)
        return context.errors
    }
}

/// The spec's rules, in the order graphql-js runs them (`specifiedRules`), so that errors come
/// in the order clients know.
enum ValidationRules {
    static func specified() -> [any ValidationRule] {
        [
            ExecutableDefinitions(),
            UniqueOperationNames(),
            LoneAnonymousOperation(),
            SingleFieldSubscriptions(),
            KnownTypeNames(),
            FragmentsOnCompositeTypes(),
            VariablesAreInputTypes(),
            ScalarLeafs(),
            FieldsOnCorrectType(),
            UniqueFragmentNames(),
            KnownFragmentNames(),
            NoUnusedFragments(),
            PossibleFragmentSpreads(),
            NoFragmentCycles(),
            UniqueVariableNames(),
            NoUndefinedVariables(),
            NoUnusedVariables(),
            KnownDirectives(),
            UniqueDirectivesPerLocation(),
            KnownArgumentNames(),
            UniqueArgumentNames(),
            ValuesOfCorrectType(),
            ProvidedRequiredArguments(),
            VariablesInAllowedPosition(),
            OverlappingFieldsCanBeMerged(),
            UniqueInputFieldNames(),
            KnownOperationTypes(),
        ]
    }

    /// The query limits, checked after the spec's rules.
    static func limits() -> [any ValidationRule] {
        [MaxDepth(), MaxAliases(), MaxDirectives(), MaxCost()]
    }
}
