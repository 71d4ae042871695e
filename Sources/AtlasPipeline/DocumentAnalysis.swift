import AtlasCore
import Foundation

/// What the pure stages make of an extracted document: its passages, what it is and cites, and its
/// labels. Made in the worker process that extracted the document, so the stages run in parallel and
/// a stage stuck on a hostile file is stopped by the worker's timeout; made in this process when a
/// run has no workers.
public struct DocumentAnalysis: Sendable, Hashable, Codable {
    public var passages: [Passage]
    public var recognition: Recognition
    /// Document and passage labels; empty when the run does not classify.
    public var labels: [Label]
    /// The taxonomy and classifier settings the labels were made with (`ClassificationSetup.fingerprint`).
    public var classifiedWith: String?
    /// The term counts `similar` compares, counted here rather than in the process that loads.
    public var terms: Similarity.Terms?

    /// Segments, recognises and (with a setup) classifies one extracted document.
    public static func analyze(
        fileName: String, _ extracted: ExtractedDocument, classification: ClassificationSetup?
    ) -> DocumentAnalysis {
        let segmented = Segmenter.passages(of: extracted)
        let recognition = Recognizer.recognize(fileName: fileName, document: extracted, passages: segmented)
        var analysis = DocumentAnalysis(
            passages: segmented, recognition: recognition, labels: [],
            terms: Similarity.terms(extracted.text, tokenizer: Tokenizer()))
        if let classification {
            (analysis.labels, analysis.passages) = classification.classify(
                text: extracted.text, title: recognition.identity.title ?? extracted.title,
                fields: recognition.identity.fields, passages: segmented)
            analysis.classifiedWith = classification.fingerprint
        }
        return analysis
    }
}
