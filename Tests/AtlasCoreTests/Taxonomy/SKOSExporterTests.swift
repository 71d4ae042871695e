import AtlasCore
import Testing

struct SKOSExporterTests {
    @Test func conceptsWithLabelsHierarchyAndEscapes() {
        let taxonomy = Taxonomy(
            version: "2026.1", acronyms: ["IdP"],
            topics: [
                TaxonomyNode(
                    id: "identity", labels: ["en": "Digital identity", "zh": "数字身份"],
                    definition: ["en": "Who people \"are\"."],
                    keywords: [.init("digital identity"), .init("identity management"), .init("身份管理", language: "zh")],
                    studyGroups: ["SG17"], govstack: ["identity"],
                    subtopics: [
                        TaxonomyNode(
                            id: "identity-federation", parent: "identity", labels: ["en": "Federation"],
                            keywords: [.init("relying party")], acronyms: ["IdP"])
                    ])
            ])
        let turtle = SKOSExporter(baseURI: "https://example.org/dpi/").turtle(taxonomy)
        #expect(turtle.contains("@prefix skos: <http://www.w3.org/2004/02/skos/core#> ."))
        #expect(turtle.contains("<https://example.org/dpi/> a skos:ConceptScheme"))
        #expect(turtle.contains("skos:hasTopConcept <https://example.org/dpi/identity> ."))
        #expect(turtle.contains("<https://example.org/dpi/identity>\n    a skos:Concept ;"))
        #expect(turtle.contains("skos:prefLabel \"Digital identity\"@en, \"数字身份\"@zh"))
        #expect(turtle.contains("skos:definition \"Who people \\\"are\\\".\"@en"))
        // The English label is not repeated as an alternative label.
        #expect(turtle.contains("skos:altLabel \"identity management\"@en, \"身份管理\"@zh"))
        #expect(turtle.contains("skos:narrower <https://example.org/dpi/identity-federation>"))
        #expect(turtle.contains("skos:broader <https://example.org/dpi/identity>"))
        #expect(turtle.contains("skos:notation \"identity-federation\""))
        #expect(turtle.contains("skos:hiddenLabel \"IdP\""))
        #expect(turtle.contains("skos:note \"ITU-T study groups: SG17\"@en, \"GovStack building blocks: identity\"@en"))
        #expect(SKOSExporter().turtle(taxonomy) == SKOSExporter().turtle(taxonomy))
    }
}
