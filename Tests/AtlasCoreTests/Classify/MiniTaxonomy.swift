import AtlasCore

/// A small taxonomy for classifier tests: two topics with subtopics, acronyms, an exclusion.
enum MiniTaxonomy {
    static func make() -> Taxonomy {
        typealias Term = TaxonomyNode.Term
        let identity = TaxonomyNode(
            id: "identity", labels: ["en": "Digital identity", "zh": "数字身份", "fr": "Identité numérique"],
            definition: ["en": "Identifying people in digital systems."],
            keywords: [Term("digital identity"), Term("identity management"), Term("数字身份", language: "zh")],
            acronyms: ["IdM"],
            exclusions: [Term("conditional access")],
            subtopics: [
                TaxonomyNode(
                    id: "identity-federation", parent: "identity", labels: ["en": "Federation"],
                    definition: ["en": "Identity providers and relying parties."],
                    keywords: [Term("identity provider"), Term("relying party"), Term("single sign-on")],
                    acronyms: ["IdP"]),
                TaxonomyNode(
                    id: "identity-proofing", parent: "identity", labels: ["en": "Proofing"],
                    definition: ["en": "Checking who a person is."],
                    keywords: [Term("identity proofing"), Term("know your customer"), Term("e-KYC")],
                    acronyms: ["KYC"]),
            ])
        let payments = TaxonomyNode(
            id: "payments", labels: ["en": "Digital payments"],
            definition: ["en": "Moving money digitally."],
            keywords: [Term("digital payments"), Term("payment system")],
            subtopics: [
                TaxonomyNode(
                    id: "payments-mobile-money", parent: "payments", labels: ["en": "Mobile money"],
                    definition: ["en": "Money on mobile phones."],
                    keywords: [Term("mobile money"), Term("mobile wallet"), Term("argent mobile", language: "fr")],
                    acronyms: ["DFS"],
                    exclusions: [Term("dynamic frequency selection")])
            ])
        return Taxonomy(
            version: "test", languages: ["en", "fr", "zh"], acronyms: ["IdM", "IdP", "KYC", "eKYC", "DFS"],
            topics: [identity, payments], file: "mini.yaml")
    }
}
