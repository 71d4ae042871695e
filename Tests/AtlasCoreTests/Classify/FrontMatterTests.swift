import AtlasCore
import Testing

struct FrontMatterTests {
    @Test func recommendationCoverLabelsOnTheirOwnLines() {
        let text = """
            Recommendation ITU-T X.1458
            Summary
            Recommendation ITU-T X.1458 gives security guidelines for con-
            trols at the DFS provider.
            History
            Edition 1.0
            Keywords
            Account takeover, DFS security, SIM swap
            * The unique ID resolves at https://handle.itu.int/
            """
        let front = FrontMatter(text: text)
        #expect(
            front.abstract == "Recommendation ITU-T X.1458 gives security guidelines for controls at the DFS provider.")
        #expect(front.keywords == "Account takeover, DFS security, SIM swap")
        #expect(front.title == nil)
    }

    @Test func contributionFrontPageFields() {
        let text = """
            Question(s):\tQ10/17\tGeneva, 8-17 April 2026
            Source:\tExample Administration
            Title:\tProposal for a new work item on identity wallets
            Keywords:\tidentity wallet; verifiable credentials
            Abstract:\tThis contribution proposes a work item.
            1\tIntroduction
            """
        let front = FrontMatter(text: text)
        #expect(front.title == "Proposal for a new work item on identity wallets")
        #expect(front.keywords == "identity wallet; verifiable credentials")
        #expect(front.abstract == "This contribution proposes a work item.")
    }

    @Test func frenchAndChineseLabels() {
        #expect(FrontMatter(text: "Mots clés:\targent mobile; USSD").keywords == "argent mobile; USSD")
        #expect(FrontMatter(text: "关键词\n云计算，数据位置\n").keywords == "云计算，数据位置")
    }

    @Test func aSentenceStartingWithALabelWordIsNoLabel() {
        #expect(FrontMatter(text: "Summary of the discussions held in Geneva.").abstract == nil)
    }
}
