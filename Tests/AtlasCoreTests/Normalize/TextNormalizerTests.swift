import AtlasCore
import Testing

struct TextNormalizerTests {
    @Test func ligaturesAndCompatibilityFormsThatKeepTheirMeaningAreFolded() {
        #expect(TextNormalizer.line("ﬁnancial workﬂow ﬀ ﬃ") == "financial workflow ff ffi")
        #expect(TextNormalizer.line("ＩＴＵ－Ｔ Ｘ．１２８１") == "ITU－T X．1281")
        #expect(TextNormalizer.line("Appendix Ⅱ") == "Appendix II")
        // Arabic presentation forms, as PDFs often give them, become letters.
        #expect(TextNormalizer.line("\u{FEB3}\u{FEE0}\u{FE8E}\u{FEE1}") == "سلام")
        // Kangxi radicals that PDFs give for ideographs.
        #expect(TextNormalizer.line("\u{2F00}") == "一")
    }

    @Test func meaningfulCompatibilityCharactersStay() {
        #expect(TextNormalizer.line("10 m² and ½ and ①") == "10 m² and ½ and ①")
        #expect(TextNormalizer.line("数字身份，互操作性：要求") == "数字身份，互操作性：要求")
    }

    @Test func softHyphensZeroWidthAndControlCharactersGo() {
        #expect(TextNormalizer.line("inter\u{AD}operability\u{200B} \u{FEFF}x\u{7}") == "interoperability x")
        #expect(TextNormalizer.line("identi\u{AD}", keepingFinalSoftHyphen: true) == "identi\u{AD}")
        #expect(TextNormalizer.line("identi\u{AD}") == "identi")
    }

    @Test func whitespaceIsFoldedAndTrimmed() {
        #expect(TextNormalizer.line("  a\t\tb \u{A0} c\u{3000}d  ") == "a b c d")
        #expect(TextNormalizer.line("e\u{2011}KYC") == "e-KYC")
        #expect(TextNormalizer.text("one  line\n\n two ") == "one line\n\ntwo")
    }

    @Test func textIsComposed() {
        let decomposed = "re\u{301}sume\u{301}"
        #expect(TextNormalizer.line(decomposed).unicodeScalars.count == 6)
        #expect(TextNormalizer.line("plain ascii") == "plain ascii")
    }
}
