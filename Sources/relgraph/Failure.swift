import ArgumentParser
import Foundation
import RelGraph

/// Runs a command's body, printing any failure as one line on stderr and exiting
/// with `status` (1, or 2 for `diff`, whose 1 means "the inputs differ", and for
/// `merge` and `timeline`), so that scripts see a clean message instead of a
/// stack trace. Usage errors (`ValidationError`) pass through to ArgumentParser,
/// which exits 64 (2 for diff, merge and timeline, see `RelGraphCommand.main`).
func reportingFailures(status: Int32 = 1, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ValidationError {
        throw error
    } catch let error as ExitCode {
        throw error
    } catch let error as FormatError {
        // Already in the `file:line:column: error: message` form editors understand.
        StandardError.write("\(error)\n")
        throw ExitCode(status)
    } catch {
        StandardError.write("relgraph: \(error)\n")
        throw ExitCode(status)
    }
}
