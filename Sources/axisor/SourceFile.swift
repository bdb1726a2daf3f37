#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import GraphQLLanguage

/// Reading files and writing to standard error without Foundation.
enum SourceFile {
    /// The file's text (invalid UTF-8 is replaced, which the lexer then reports where it stands).
    static func read(_ path: String) throws -> String {
        guard let handle = fopen(path, "rb") else {
            throw ValidationError("cannot read \(path): \(String(cString: strerror(errno)))")
        }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&buffer, 1, buffer.count, handle)
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The GraphQL document in a file; a syntax error is printed as FILE:LINE:COLUMN: message
    /// and ends the command with status 1.
    static func document(_ path: String) throws -> Document {
        do {
            return try Document.parse(try read(path))
        } catch let error as SyntaxError {
            StandardError.write("\(path):\(error.location.line):\(error.location.column): \(error.message)")
            throw ExitCode(1)
        }
    }

    /// The regular files directly inside `directory` whose names end with `suffix`, sorted.
    static func list(_ directory: String, suffix: String) throws -> [String] {
        guard let handle = opendir(directory) else {
            throw ValidationError("cannot read \(directory): \(String(cString: strerror(errno)))")
        }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasSuffix(suffix) { names.append(name) }
        }
        return names.sorted().map { directory.hasSuffix("/") ? directory + $0 : directory + "/" + $0 }
    }
}

enum StandardError {
    static func write(_ line: String) {
        let text = line + "\n"
        _ = text.utf8CString.withUnsafeBufferPointer { bytes in
            Glibc.write(2, bytes.baseAddress, bytes.count - 1)
        }
    }
}
