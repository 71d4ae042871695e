import AtlasCore
import Foundation
import ZIPFoundation

/// DOCX text and metadata: the ZIP is opened in memory and its XML parts are read with libxml2.
enum DOCXExtractor {
    /// The most uncompressed bytes we accept for one part (a defence against ZIP bombs).
    static let maximumPartSize = 256 * 1024 * 1024

    static func extract(_ data: Data) -> ExtractionResult {
        if !hasEndOfCentralDirectory(data) {
            return .failure(ExtractionFailure(.truncated, "the ZIP archive has no end-of-central-directory record"))
        }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            return .failure(ExtractionFailure(.corrupt, "not a readable ZIP archive: \(error)"))
        }
        guard let body = archive["word/document.xml"] else {
            return .failure(ExtractionFailure(.unsupported, "a ZIP archive without word/document.xml is not a DOCX"))
        }
        do {
            let bodyXML = try read(body, from: archive)
            let text = try WordprocessingText.text(of: bodyXML)
            var metadata: [String: String] = [:]
            if let core = archive["docProps/core.xml"] {
                metadata = (try? CoreProperties.read(try read(core, from: archive))) ?? [:]
            }
            return .success(ExtractedDocument(format: .docx, pages: [text], metadata: metadata))
        } catch let failure as ExtractionFailure {
            return .failure(failure)
        } catch {
            return .failure(ExtractionFailure(.corrupt, "word/document.xml: \(error)"))
        }
    }

    /// Inflates one part, stopping as soon as it grows past `maximumPartSize`.
    static func read(_ entry: Entry, from archive: Archive) throws -> Data {
        var content = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                content.append(chunk)
                if content.count > maximumPartSize {
                    throw ExtractionFailure(
                        .tooLarge, "\(entry.path) inflates past \(maximumPartSize / 1_048_576) MiB (ZIP bomb?)")
                }
            }
        } catch let failure as ExtractionFailure {
            throw failure
        } catch {
            throw ExtractionFailure(.corrupt, "\(entry.path) cannot be inflated: \(error)")
        }
        return content
    }

    /// A ZIP ends with an end-of-central-directory record (`PK\u{5}\u{6}`) in its last 64 KiB.
    static func hasEndOfCentralDirectory(_ data: Data) -> Bool {
        data.suffix(65_557).range(of: Data([0x50, 0x4B, 0x05, 0x06])) != nil
    }
}
