import AtlasCore
import Testing

struct EvaluationTests {
    let taxonomy = MiniTaxonomy.make()

    @Test func handComputedMicroAndMacro() {
        // doc 1: gold identity-federation (→ identity); predicted identity-federation, payments.
        // doc 2: gold payments-mobile-money (→ payments); predicted identity.
        // doc 3: gold nothing; predicted nothing.
        let evaluation = Evaluation(
            gold: [["identity-federation"], ["payments-mobile-money"], []],
            predicted: [["identity-federation", "identity", "payments"], ["identity"], []], taxonomy: taxonomy)
        // Topics: doc 1 identity tp, payments fp; doc 2 payments fn, identity fp.
        let top = evaluation.topLevel
        #expect(top.micro.truePositives == 1 && top.micro.falsePositives == 2 && top.micro.falseNegatives == 1)
        #expect(abs(top.micro.precision - 1.0 / 3) < 1e-12)
        #expect(abs(top.micro.recall - 0.5) < 1e-12)
        #expect(abs(top.micro.f1 - 0.4) < 1e-12)  // 2·(1/3)(1/2)/(1/3 + 1/2)
        // identity: P 1/2, R 1, F1 2/3; payments: P 0, R 0, F1 0. Macro: means.
        #expect(abs(top.categories["identity"]!.f1 - 2.0 / 3) < 1e-12)
        #expect(top.categories["payments"]!.f1 == 0)
        #expect(abs(top.macro.precision - 0.25) < 1e-12)
        #expect(abs(top.macro.recall - 0.5) < 1e-12)
        #expect(abs(top.macro.f1 - 1.0 / 3) < 1e-12)
        // Subtopics: identity-federation tp; payments-mobile-money fn.
        let sub = evaluation.subtopic
        #expect(sub.micro.truePositives == 1 && sub.micro.falsePositives == 0 && sub.micro.falseNegatives == 1)
        #expect(abs(sub.micro.f1 - 2.0 / 3) < 1e-12)
        #expect(abs(sub.macro.f1 - 0.5) < 1e-12)  // (1 + 0) / 2
    }

    @Test func aSubtopicImpliesItsTopicInGoldAndPrediction() {
        let evaluation = Evaluation(
            gold: [["identity-proofing"]], predicted: [["identity-proofing"]], taxonomy: taxonomy)
        #expect(evaluation.topLevel.micro.f1 == 1)
        #expect(evaluation.topLevel.categories.keys.sorted() == ["identity"])
    }

    @Test func nothingToDivideByIsZero() {
        let evaluation = Evaluation(gold: [[]], predicted: [[]], taxonomy: taxonomy)
        #expect(evaluation.topLevel.micro.f1 == 0)
        #expect(evaluation.topLevel.macro.f1 == 0)
        #expect(evaluation.topLevel.categories.isEmpty)
    }
}
