import GraphQLLanguage

// libFuzzer target for the parser. `make fuzz` builds it with `--sanitize=fuzzer`, which links
// libFuzzer's own `main`; built normally the program does nothing.

/// Parses whatever bytes libFuzzer makes up. Any input must end in a document or a
/// `SyntaxError`; a crash, a hang or a stack overflow is a bug. Whatever parses must print and
/// parse back to the same document.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let document = try? Document.parse(source, options: ParserOptions(maxNestingDepth: 64, maxTokens: 20_000)) else {
        return 0
    }
    let printed = Printer.print(document)
    guard let reparsed = try? Document.parse(printed), reparsed == document else {
        fatalError("printing does not round-trip:\n\(source)\n---\n\(printed)")
    }
    return 0
}
