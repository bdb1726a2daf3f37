import Testing
@testable import GraphQLEngine

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
            "1:37 Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean \"SIT\"?",
            "1:73 Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean \"SIT\"?",
            "1:111 Value \"HEL\" does not exist in \"DogCommand\" enum. Did you mean \"HEEL\"?",
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
