import Testing

@testable import AtlasCore

struct PassageTyperTests {
    func kind(_ text: String, heading: String? = nil) -> Passage.Kind {
        PassageTyper.kind(of: Passage(ordinal: 0, section: "6", heading: heading, text: text))
    }

    @Test func ituRequirementWording() {
        #expect(kind("The identity provider is required to sign every assertion.") == .requirement)
        #expect(kind("The relying party is recommended to cache metadata.") == .requirement)
        #expect(kind("The wallet can optionally support selective disclosure.") == .requirement)
        #expect(kind("The operator shall log each SIM replacement.") == .requirement)
        #expect(kind("It is required that the platform supports USSD.") == .requirement)
    }

    @Test func numberedRequirements() {
        #expect(PassageTyper.cue(of: Passage(ordinal: 0, text: "R-FED-01: Assertions are signed."))?.cue == "R-FED-01")
        #expect(kind("[R-3] The registry keeps a history of each record.") == .requirement)
        #expect(kind("REQ-12 Access is logged.") == .requirement)
        #expect(kind("Rwanda deployed a national switch.") == .other)
    }

    @Test func frenchAndChineseRequirements() {
        #expect(kind("L'opérateur doit vérifier l'identité du client.") == .requirement)
        #expect(kind("身份提供方必须对断言签名。") == .requirement)
        #expect(kind("本建议书规定了政务云的托管框架。") == .other)
        #expect(kind("建议运营商记录每次换卡。") == .requirement)
        #expect(kind("对于 C4 类工作负载，要求提供商记录每次访问。") == .requirement)
        #expect(kind("本建议书规定了托管政府工作负载的云服务的要求。") == .other)
    }

    @Test func useCases() {
        #expect(kind("Use case 2: a farmer receives a subsidy on a mobile wallet.") == .useCase)
        #expect(kind("A farmer receives a subsidy on a feature phone.", heading: "Use cases") == .useCase)
        #expect(kind("Un agriculteur reçoit une subvention.", heading: "Cas d'utilisation") == .useCase)
        #expect(kind("农民通过手机钱包领取补贴的用例。") == .useCase)
    }

    @Test func gapsUnderAGapHeadingAndPlainWordingElsewhere() {
        #expect(
            kind(
                "no ITU-T Recommendation specifies how a relying party is registered.", heading: "Standardization gaps")
                == .gap)
        #expect(
            kind("Existing texts do not say what a wallet must do offline.", heading: "Standardization gaps") == .gap)
        #expect(kind("Operators must keep a log of SIM changes.") == .requirement)
        #expect(kind("Les opérateurs doivent conserver un journal.", heading: "Questions à étudier") == .gap)
    }

    @Test func gaps() {
        #expect(
            kind("No existing Recommendation covers consent receipts for DPI; this is a standardization gap.") == .gap)
        #expect(kind("Interoperability of wallets is for further study.") == .gap)
        #expect(kind("目前尚未有关于数字钱包互操作的标准。") == .gap)
        #expect(kind("Une norme d’interopérabilité n’existe pas encore.") == .gap)
    }

    @Test func requirementWordingWinsOverAUseCaseHeading() {
        #expect(kind("The wallet is required to work offline.", heading: "Use cases") == .requirement)
    }

    @Test func otherText() {
        #expect(kind("This clause describes the architecture.") == .other)
        #expect(kind("A gapless stream.") == .other)
        // A heading passage states nothing.
        #expect(kind("7 Use cases", heading: "Use cases") == .other)
    }
}

/// Cue words of ASCII text are read byte by byte; they must be the words the character split gives.
struct PassageTyperWordTests {
    @Test func asciiWordsAreTheCharacterSplitsWords() {
        let texts = [
            "", "shall", "  The IdP is required to sign;\r\nit can't -- re-use keys (R-FED-01).\t\"x\"",
            "x86-64, 5G-ready l'opérateur", "a-b' 'c -", "\r\n\r\n", "end-",
        ]
        for text in texts {
            let expected = text.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-") }
            #expect(PassageTyper.Text.words(text) == expected, "\(text)")
        }
    }
}
