import Dispatch
import Foundation
import RelGraph

/// `relgraph extract` over several articles or a folder: one graph file per
/// article in the output folder, the articles extracted on all cores.
///
/// The extractor is built once and shared (it is an immutable value). Each
/// article is read, extracted, encoded and written on its own, at most `jobs`
/// at a time, so memory is that of `jobs` articles whatever the folder's size.
/// Every output is written to a temporary file and renamed into place, so a
/// failing article never leaves a half-written graph; the files, their names
/// and their bytes do not depend on `jobs` or on timing.
///
/// A failing article does not stop the others: every failure is reported, in
/// input order, with the file it concerns, and the command then exits with
/// status 1. Two articles that would write the same output file (`a/x.txt` and
/// `b/x.txt`) are refused before anything is extracted.
struct BatchExtraction {
    var extractor: StanceExtractor
    var format: ExtractCommand.ExtractFormat
    var jobs: Int
    /// Advanced as each article is written (from the worker threads).
    var progress: ProgressReporter? = nil

    /// One article that could not be extracted or written.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var message: String
        var description: String { message }
    }

    /// The output file for each input, in input order: `folder`, the subfolder
    /// the article was found in, its name with the format's extension.
    func targets(for files: [ArticleFiles.Entry], in folder: String) throws -> [String] {
        let targets = files.map { file in
            var url = URL(fileURLWithPath: folder)
            if !file.subfolder.isEmpty { url.appendPathComponent(file.subfolder, isDirectory: true) }
            return url.appendingPathComponent("\(ExtractorLoader.articleID(file.path)).\(format.fileExtension)").path
        }
        var firstInput: [String: String] = [:]
        for (file, target) in zip(files, targets) {
            if let earlier = firstInput[target] {
                throw CLIError("\(earlier) and \(file.path) would both be written to \(target); rename one of them")
            }
            firstInput[target] = file.path
        }
        return targets
    }

    /// Extracts every article in `files` into `folder` (into the subfolders
    /// they were found in, created as needed); returns the failures, in input order.
    func run(_ files: [ArticleFiles.Entry], into folder: String) throws -> [Failure] {
        let targets = try targets(for: files, in: folder)
        for subfolder in Set(files.map(\.subfolder)) where !subfolder.isEmpty {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(subfolder).path
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw CLIError("\(path): cannot create this folder (\(error.localizedDescription))")
            }
        }
        let paths = files.map(\.path)
        let results = ParallelMap.run(paths.count, width: jobs) { index -> Failure? in
            do {
                let article = try ExtractorLoader.article(at: paths[index])
                let graph = extractor.extract(article)
                try OutputFile.write(text: format.write(graph), to: targets[index])
                progress?.advance(articles: 1, bytes: article.body.utf8.count)
                return nil
            } catch {
                progress?.advance(articles: 1, bytes: 0)
                return Failure(path: paths[index], message: "\(error)")
            }
        }
        return results.compactMap { $0 }
    }
}
