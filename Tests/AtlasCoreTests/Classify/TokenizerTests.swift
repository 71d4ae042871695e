import Testing

@testable import AtlasCore

struct TokenizerTests {
    let tokenizer = Tokenizer(acronyms: ["eKYC", "KYC", "IdM", "PKI", "DID"])

    @Test func identifiersStayWhole() {
        let tokens = tokenizer.tokens("Rec. ITU-T X.509 and Y.4500.1, see ISO/IEC 29115.")
        #expect(tokens.map(\.text) == ["Rec", "ITU-T", "X.509", "and", "Y.4500.1", "see", "ISO/IEC", "29115"])
        #expect(tokens.map(\.key) == ["rec", "itut", "x.509", "and", "y.4500.1", "see", "iso/iec", "29115"])
        #expect(tokens[2].kind == .identifier)
        #expect(tokens[1].kind == .word)
    }

    @Test func aTrailingFullStopIsNotPartOfAnIdentifier() {
        #expect(tokenizer.tokens("It cites X.509.").map(\.text) == ["It", "cites", "X.509"])
    }

    @Test func hyphenatedAcronymsAreTheAcronym() {
        let tokens = tokenizer.tokens("e-KYC, eKYC and E-KYC")
        #expect(tokens.map(\.key) == ["eKYC", "eKYC", "and", "ekyc"])
        #expect(tokens[0].isCompound)
    }

    @Test func acronymsKeepTheirCaseAndOtherWordsFold() {
        let tokens = tokenizer.tokens("DID did Did PKIs Identity")
        #expect(tokens.map(\.key) == ["DID", "did", "did", "PKI", "identity"])
    }

    @Test func noStemming() {
        #expect(tokenizer.keys("credentials services") == ["credentials", "services"])
    }

    @Test func chineseBecomesBigrams() {
        let tokens = tokenizer.tokens("分布式数字身份")
        #expect(tokens.map(\.key) == ["分布", "布式", "式数", "数字", "字身", "身份"])
        #expect(tokens.map(\.start) == [0, 1, 2, 3, 4, 5])
        #expect(tokens.last?.end == 7)
        #expect(tokenizer.tokens("身").map(\.key) == ["身"])
    }

    @Test func chineseRunsGoOnAcrossALineWrap() {
        let tokens = tokenizer.tokens("数\n据 中心")
        #expect(tokens.map(\.key) == ["数据", "据中", "中心"])
        #expect(tokens[0].start == 0 && tokens[0].end == 3)
    }

    @Test func mixedScripts() {
        #expect(tokenizer.keys("支持IdM的系统") == ["支持", "IdM", "的系", "系统"])
    }

    @Test func frenchElisionsAndTypographicApostrophesSplit() {
        #expect(tokenizer.keys("l'identité numérique") == ["l", "identité", "numérique"])
        #expect(tokenizer.keys("l’identité") == ["l", "identité"])
    }

    @Test func fullWidthFormsAreNormalised() {
        #expect(tokenizer.keys("ＸＭＬ Ｘ．５０９") == ["xml", "x.509"])
    }

    @Test func offsetsCountCodePoints() {
        let text = "café — e-KYC"
        let token = tokenizer.tokens(text).last!
        #expect(token.text == "e-KYC")
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == "e-KYC")
    }

    @Test func partsOfAJoinedToken() {
        let token = tokenizer.tokens("a mobile-money wallet")[1]
        let parts = tokenizer.parts(of: token)
        #expect(parts.map(\.key) == ["mobile", "money"])
        #expect(parts.map(\.start) == [2, 9])
        #expect(parts.map(\.end) == [8, 14])
    }
}

/// `Tokenizer` makes ASCII tokens on a fast path; it must give what the general path gives.
struct TokenizerFastPathTests {
    static let text = """
        The e-KYC flow: an IdP (identity provider) issues DIDs; re-identification risk, mobile-money and PKIs.
        Rec. ITU-T X.509 | ISO/IEC 9594-8, R-FED-01, IMT-2030, SSC&C, pub/sub, snake_case, x86-64, 5G-ready.
        UPPER lower MiXeD did DID Did kyc KYC KYCs eKYCs a b c 1 22 3.4 -- --x x-- l'identité données Ａｂｃ１
        """

    @Test(arguments: [
        Tokenizer(), Tokenizer(acronyms: ["eKYC", "KYC", "IdM", "PKI", "DID"]), Tokenizer(acronyms: ["ok"]),
    ])
    func asciiTokensAreWhatTheGeneralPathMakes(tokenizer: Tokenizer) {
        let tokens = tokenizer.tokens(Self.text)
        #expect(tokens.count > 40)
        for token in tokens where token.kind != .cjk {
            let general = tokenizer.makeToken(token.text, start: token.start, end: token.end)
            #expect(token == general, "\(token.text)")
        }
    }
}
