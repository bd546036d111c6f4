import Foundation
import RelGraphStore

/// Generated articles and database checks for the store's command-line tests.
enum StoreCorpus {
    /// `count` distinct articles as JSON lines, each `sentences` sentences long.
    static func jsonLines(count: Int, sentences: Int) -> String {
        let templates = [
            "Turkey condemned Russia on Monday, officials said.",
            "Iran imposed sanctions on Saudi Arabia and expelled its ambassador.",
            "Russia backs Syria in its fight against Islamic State.",
            "Residents said electricity had been cut for most of the week.",
            "Egypt condemned Qatar on Sunday.",
        ]
        var out = ""
        for index in 0..<count {
            let body = (0..<sentences).map { templates[($0 + index) % templates.count] }.joined(separator: " ")
            let month = 1 + index % 12
            out += "{\"id\": \"gen-\(index)\", \"date\": \"2017-\(month < 10 ? "0" : "")\(month)-01\", "
                + "\"text\": \"\(body) This is report number \(index).\"}\n"
        }
        return out
    }

    static func storedCount(_ path: String) throws -> Int {
        try Store(path: path, mode: .readOnly).articleCount()
    }

    static func isSound(_ path: String) throws -> Bool {
        try Store(path: path, mode: .readOnly).checkIntegrity().isSound
    }

    /// Overwrites the 4 KiB pages `pages` (1-based) of `path` with fixed
    /// pseudo-random bytes: damage in the middle of a database.
    static func overwritePages(_ pages: [Int], of path: String) throws {
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var state: UInt32 = 54321
        for page in pages {
            try handle.seek(toOffset: UInt64((page - 1) * 4096))
            let bytes = (0..<4096).map { _ -> UInt8 in
                state = state &* 1_103_515_245 &+ 12345
                return UInt8(truncatingIfNeeded: state >> 16)
            }
            try handle.write(contentsOf: Data(bytes))
        }
    }

    /// The bytes of `path`, and of its `-wal` file if there is one.
    static func bytes(_ path: String) -> [Data?] {
        [FileManager.default.contents(atPath: path), FileManager.default.contents(atPath: path + "-wal")]
    }
}
