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
}
