@testable import GraphQLEngine
import Testing

@Suite("Validation: values of correct type")
struct ValuesOfCorrectTypeTests {
    @Test("valid literals of every built-in scalar, enums, lists, objects and null") func valid() {
        expectValid(ValuesOfCorrectType(), """
            { complicatedArgs {
                intArgField(intArg: -2147483648) floatArgField(floatArg: 1) a: floatArgField(floatArg: -6.02e23)
                stringArgField(stringArg: \"\"\"block\"\"\") booleanArgField(booleanArg: false)
                idArgField(idArg: 4) b: idArgField(idArg: "x") enumArgField(enumArg: NO_FUR)
                stringListArgField(stringListArg: ["a", null]) c: stringListArgField(stringListArg: "single")
                complexArgField(complexArg: {requiredField: true, stringListField: []})
                dateArgField(at: "2024-02-29T23:59:59.5Z") oneOfArgField(selector: {byName: "Rex"})
                d: intArgField(intArg: null)
            } }
            """)
    }

    @Test("scalar literals of the wrong kind, in the scalar's words") func scalars() {
        expectErrors(ValuesOfCorrectType(), """
            { complicatedArgs {
            intArgField(intArg: "3") a: intArgField(intArg: 2147483648) b: intArgField(intArg: 1.5)
            floatArgField(floatArg: "1") stringArgField(stringArg: 1) booleanArgField(booleanArg: TRUE)
            idArgField(idArg: 1.0) dateArgField(at: "2025-02-30T00:00:00Z") c: dateArgField(at: 5)
            } }
            """, [
            "2:21 Int cannot represent non-integer value: \"3\"",
            "2:49 Int cannot represent non 32-bit signed integer value: 2147483648",
            "2:84 Int cannot represent non-integer value: 1.5",
            "3:25 Float cannot represent non numeric value: \"1\"",
            "3:56 String cannot represent a non string value: 1",
            "3:87 Boolean cannot represent a non boolean value: TRUE",
            "4:19 ID cannot represent a non-string and non-integer value: 1.0",
            "4:41 DateTime cannot represent an invalid date-time string: \"2025-02-30T00:00:00Z\"",
            "4:85 DateTime cannot represent a non string value: 5",
        ])
    }

    @Test("enum literals: unknown values, strings, and suggestions") func enums() {
        expectErrors(ValuesOfCorrectType(), "{ dog { doesKnowCommand(dogCommand: sit) a: doesKnowCommand(dogCommand: \"SIT\") b: doesKnowCommand(dogCommand: HEL) } }", [
            "1:37 Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?",
            "1:73 Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?",
            "1:111 Value \"HEL\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"HEEL\"?",
        ])
    }

    @Test("null where non-null is expected; lists and objects where leaves are, in the leaf's words") func shapes() {
        expectErrors(ValuesOfCorrectType(), """
            { complicatedArgs {
            nonNullIntArgField(nonNullIntArg: null) stringListNonNullArgField(stringListNonNullArg: ["a", null])
            stringArgField(stringArg: ["a"]) a: stringArgField(stringArg: {a: "b"}) b: stringListArgField(stringListArg: [["a"]])
            } }
            """, [
            "2:35 Expected value of type \"Int!\", found null.",
            "2:95 Expected value of type \"String!\", found null.",
            "3:27 String cannot represent a non string value: [\"a\"]",
            "3:63 String cannot represent a non string value: {a: \"b\"}",
            "3:111 String cannot represent a non string value: [\"a\"]",
        ])
    }

    @Test("input objects: missing required fields, unknown fields, wrong field values") func inputObjects() {
        expectErrors(ValuesOfCorrectType(), """
            { complicatedArgs {
            complexArgField(complexArg: {intField: 4}) a: complexArgField(complexArg: {requiredField: true, strinField: "x"})
            b: complexArgField(complexArg: {requiredField: "yes"}) c: complexArgField(complexArg: "x")
            } }
            """, [
            "2:29 Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.",
            "2:97 Field \"strinField\" is not defined by type \"ComplexInput\". Did you mean \"stringField\", \"intField\", or \"stringListField\"?",
            "3:48 Boolean cannot represent a non boolean value: \"yes\"",
            "3:87 Expected value of type \"ComplexInput\", found \"x\".",
        ])
    }

    @Test("@oneOf input objects take exactly one non-null field") func oneOf() {
        expectErrors(ValuesOfCorrectType(), "{ complicatedArgs { oneOfArgField(selector: {byId: \"1\", byName: \"x\"}) a: oneOfArgField(selector: {}) b: oneOfArgField(selector: {byId: null}) } }", [
            "1:45 OneOf Input Object \"PetSelector\" must specify exactly one key.",
            "1:98 OneOf Input Object \"PetSelector\" must specify exactly one key.",
            "1:129 Field \"PetSelector.byId\" must be non-null.",
        ])
    }

    @Test("values in directives and variable defaults are checked too") func elsewhere() {
        expectErrors(ValuesOfCorrectType(), "query Q($l: [Int] = [1, \"two\"], $i: Int! = null) { dog { name @include(if: \"yes\") } }", [
            "1:25 Int cannot represent non-integer value: \"two\"",
            "1:44 Expected value of type \"Int!\", found null.",
            "1:76 Boolean cannot represent a non boolean value: \"yes\"",
        ])
    }
}

/// Cases after graphql-js's own suite for this rule, on the shared test schema.
@Suite("Validation: values of correct type, case by case")
struct ValuesOfCorrectTypeCases {
    static func args(_ field: String, _ argument: String, _ value: String) -> String {
        "{ complicatedArgs { \(field)(\(argument): \(value)) } }"
    }

    static let cases: [RuleCase] = [
        // Valid values.
        RuleCase(args("intArgField", "intArg", "2")),
        RuleCase(args("intArgField", "intArg", "-0")),
        RuleCase(args("booleanArgField", "booleanArg", "true")),
        RuleCase(args("stringArgField", "stringArg", "\"foo\"")),
        RuleCase(args("stringArgField", "stringArg", "\"\"")),
        RuleCase(args("floatArgField", "floatArg", "1.1")),
        RuleCase(args("floatArgField", "floatArg", "1")),
        RuleCase(args("floatArgField", "floatArg", "1e3")),
        RuleCase(args("idArgField", "idArg", "1")),
        RuleCase(args("idArgField", "idArg", "\"someIdString\"")),
        RuleCase("{ dog { doesKnowCommand(dogCommand: SIT) } }"),
        RuleCase(args("enumArgField", "enumArg", "UNKNOWN")),
        RuleCase(args("enumArgField", "enumArg", "null")),
        RuleCase(args("intArgField", "intArg", "null")),
        RuleCase(args("stringListArgField", "stringListArg", "[\"one\", null, \"two\"]")),
        RuleCase(args("stringListArgField", "stringListArg", "[]")),
        RuleCase(args("stringListArgField", "stringListArg", "null")),
        RuleCase(args("stringListArgField", "stringListArg", "\"one\"")),
        RuleCase(args("stringListNonNullArgField", "stringListNonNullArg", "[\"one\", \"two\"]")),
        RuleCase(args("nonNullIntArgField", "nonNullIntArg", "2")),
        RuleCase("{ complicatedArgs { multipleReqs(req1: 1, req2: 2) } }"),
        RuleCase("{ complicatedArgs { multipleOpts } }"),
        RuleCase("{ complicatedArgs { multipleOpts(opt1: 1) } }"),
        RuleCase("{ complicatedArgs { multipleOptAndReq(req1: 3, req2: 4, opt1: 5) } }"),
        RuleCase(args("complexArgField", "complexArg", "{requiredField: true}")),
        RuleCase(args("complexArgField", "complexArg", "{requiredField: false, nonNullField: true}")),
        RuleCase(args("complexArgField", "complexArg", "{requiredField: true, intField: 4}")),
        RuleCase(args("complexArgField", "complexArg", "{stringListField: [\"one\", \"two\"], requiredField: true}")),
        RuleCase(args("complexArgField", "complexArg", "{requiredField: true, stringListField: \"one\"}")),
        RuleCase(args("oneOfArgField", "selector", "{byId: \"4\"}")),
        RuleCase(args("dateArgField", "at", "\"2025-12-31T23:59:59Z\"")),
        RuleCase("query Q($a: Int = 1, $b: String = \"ok\", $c: ComplexInput = {requiredField: true, intField: 3}, $d: Int! = 3) { dog { name } }"),
        RuleCase("query Q($a: [Int] = [1, 2], $b: [Int] = 3) { dog { name } }"),
        RuleCase("{ dog { name @include(if: true) nickname @skip(if: false) } }"),
        // Invalid scalar values.
        RuleCase(args("stringArgField", "stringArg", "1"), ["String cannot represent a non string value: 1"]),
        RuleCase(args("stringArgField", "stringArg", "1.0"), ["String cannot represent a non string value: 1.0"]),
        RuleCase(args("stringArgField", "stringArg", "true"), ["String cannot represent a non string value: true"]),
        RuleCase(args("stringArgField", "stringArg", "BAR"), ["String cannot represent a non string value: BAR"]),
        RuleCase(args("intArgField", "intArg", "\"3\""), ["Int cannot represent non-integer value: \"3\""]),
        RuleCase(args("intArgField", "intArg", "829384293849283498239482938"), ["Int cannot represent non 32-bit signed integer value: 829384293849283498239482938"]),
        RuleCase(args("intArgField", "intArg", "FOO"), ["Int cannot represent non-integer value: FOO"]),
        RuleCase(args("intArgField", "intArg", "3.0"), ["Int cannot represent non-integer value: 3.0"]),
        RuleCase(args("intArgField", "intArg", "3.333"), ["Int cannot represent non-integer value: 3.333"]),
        RuleCase(args("floatArgField", "floatArg", "\"3.333\""), ["Float cannot represent non numeric value: \"3.333\""]),
        RuleCase(args("floatArgField", "floatArg", "true"), ["Float cannot represent non numeric value: true"]),
        RuleCase(args("floatArgField", "floatArg", "FOO"), ["Float cannot represent non numeric value: FOO"]),
        RuleCase(args("booleanArgField", "booleanArg", "2"), ["Boolean cannot represent a non boolean value: 2"]),
        RuleCase(args("booleanArgField", "booleanArg", "1.0"), ["Boolean cannot represent a non boolean value: 1.0"]),
        RuleCase(args("booleanArgField", "booleanArg", "\"true\""), ["Boolean cannot represent a non boolean value: \"true\""]),
        RuleCase(args("booleanArgField", "booleanArg", "TRUE"), ["Boolean cannot represent a non boolean value: TRUE"]),
        RuleCase(args("idArgField", "idArg", "1.0"), ["ID cannot represent a non-string and non-integer value: 1.0"]),
        RuleCase(args("idArgField", "idArg", "true"), ["ID cannot represent a non-string and non-integer value: true"]),
        RuleCase(args("idArgField", "idArg", "SOMETHING"), ["ID cannot represent a non-string and non-integer value: SOMETHING"]),
        // Invalid enum values.
        RuleCase("{ dog { doesKnowCommand(dogCommand: 2) } }", ["Enum \"DogCommand\" cannot represent non-enum value: 2."]),
        RuleCase("{ dog { doesKnowCommand(dogCommand: 1.0) } }", ["Enum \"DogCommand\" cannot represent non-enum value: 1.0."]),
        RuleCase("{ dog { doesKnowCommand(dogCommand: \"SIT\") } }", ["Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?"]),
        RuleCase("{ dog { doesKnowCommand(dogCommand: true) } }", ["Enum \"DogCommand\" cannot represent non-enum value: true."]),
        RuleCase("{ dog { doesKnowCommand(dogCommand: JUGGLE) } }", ["Value \"JUGGLE\" does not exist in \"DogCommand\" enum."]),
        RuleCase("{ dog { doesKnowCommand(dogCommand: sit) } }", ["Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?"]),
        // Null and lists.
        RuleCase(args("nonNullIntArgField", "nonNullIntArg", "null"), ["Expected value of type \"Int!\", found null."]),
        RuleCase("{ complicatedArgs { multipleReqs(req1: null, req2: null) } }", [
            "Expected value of type \"Int!\", found null.", "Expected value of type \"Int!\", found null.",
        ]),
        RuleCase(args("stringListArgField", "stringListArg", "[\"one\", 2]"), ["String cannot represent a non string value: 2"]),
        RuleCase(args("stringListArgField", "stringListArg", "1"), ["String cannot represent a non string value: 1"]),
        RuleCase(args("stringListNonNullArgField", "stringListNonNullArg", "[null]"), ["Expected value of type \"String!\", found null."]),
        RuleCase(args("intArgField", "intArg", "[1]"), ["Int cannot represent non-integer value: [1]"]),
        // Input objects.
        RuleCase(args("complexArgField", "complexArg", "{intField: 4}"), ["Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided."]),
        RuleCase(args("complexArgField", "complexArg", "{stringListField: [\"one\", 2], requiredField: true}"), ["String cannot represent a non string value: 2"]),
        RuleCase(args("complexArgField", "complexArg", "{requiredField: true, nonNullField: null}"), ["Expected value of type \"Boolean!\", found null."]),
        RuleCase(args("complexArgField", "complexArg", "{requiredField: true, invalidField: \"value\"}"), ["Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?"]),
        RuleCase(args("complexArgField", "complexArg", "{requiredField: true, booleanFiled: true}"),
                 ["Field \"booleanFiled\" is not defined by type \"ComplexInput\". Did you mean \"booleanField\"?"]),
        RuleCase(args("complexArgField", "complexArg", "1"), ["Expected value of type \"ComplexInput\", found 1."]),
        RuleCase(args("complexArgField", "complexArg", "[{requiredField: true}]"), ["Expected value of type \"ComplexInput\", found [{requiredField: true}]."]),
        RuleCase(args("oneOfArgField", "selector", "{byId: \"4\", byName: \"Rex\"}"), ["OneOf Input Object \"PetSelector\" must specify exactly one key."]),
        RuleCase(args("oneOfArgField", "selector", "{byName: null}"), ["Field \"PetSelector.byName\" must be non-null."]),
        // Directives and variable defaults.
        RuleCase("{ dog @include(if: \"yes\") { name @skip(if: ENUM) } }", [
            "Boolean cannot represent a non boolean value: \"yes\"", "Boolean cannot represent a non boolean value: ENUM",
        ]),
        RuleCase("query Q($a: Int = \"one\", $b: String = 4, $c: ComplexInput = \"NotVeryComplex\") { dog { name } }", [
            "Int cannot represent non-integer value: \"one\"", "String cannot represent a non string value: 4",
            "Expected value of type \"ComplexInput\", found \"NotVeryComplex\".",
        ]),
        RuleCase("query Q($a: ComplexInput = {requiredField: 123, intField: \"abc\"}) { dog { name } }", [
            "Boolean cannot represent a non boolean value: 123", "Int cannot represent non-integer value: \"abc\"",
        ]),
        RuleCase("query Q($a: ComplexInput = {intField: 3}) { dog { name } }", ["Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided."]),
        RuleCase("query Q($a: [String] = [\"one\", 2]) { dog { name } }", ["String cannot represent a non string value: 2"]),
        RuleCase("query Q($a: Int! = null) { dog { name } }", ["Expected value of type \"Int!\", found null."]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(ValuesOfCorrectType(), example.source, example.messages)
    }
}
