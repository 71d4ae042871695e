extension AtlasStore {
    /// The reports of Resolution 103 as views: `dpiatlas report` only formats their rows, and a
    /// researcher can run the same views in `sqlite3`. Part of migration v1.
    static let v1ReportViews = """
        -- Each document with each category it is labelled with, the topic of a labelled subtopic included.
        CREATE VIEW document_category AS
        SELECT l.document_id, l.category AS category_id FROM label l WHERE l.passage_id IS NULL
        UNION
        SELECT l.document_id, c.parent_id FROM label l JOIN category c ON c.id = l.category
        WHERE l.passage_id IS NULL AND c.parent_id IS NOT NULL;

        -- A distinct work: translations of the same identifier, edition and part count once.
        CREATE VIEW document_work AS
        SELECT d.*, coalesce(d.identifier || '|' || coalesce(d.edition, '') || '|' || coalesce(d.part, ''), d.id)
            AS work
        FROM document d;

        -- Gap analysis: per category and study group, what exists: Recommendations in force (or
        -- pre-published), work in progress (contributions, TDs, liaison statements, meeting reports)
        -- and informative texts (Supplements), counted as distinct works; and the newest date.
        CREATE VIEW gap_cell AS
        SELECT dc.category_id, g.study_group_id,
            count(DISTINCT CASE WHEN d.kind = 'recommendation' AND coalesce(d.status, 'in-force') <> 'superseded'
                THEN d.work END) AS recommendations,
            count(DISTINCT CASE WHEN d.kind IN ('contribution', 'td', 'liaison', 'report') THEN d.work END)
                AS work_in_progress,
            count(DISTINCT CASE WHEN d.kind = 'supplement' THEN d.work END) AS informative,
            count(DISTINCT d.work) AS documents,
            max(d.date) AS newest_date
        FROM document_category dc JOIN document_work d ON d.id = dc.document_id
            JOIN document_study_group g ON g.document_id = d.id
        GROUP BY dc.category_id, g.study_group_id;

        -- The matrix: every category against every current study group that has documents or is
        -- expected somewhere; a gap is an expected cell with no document at all.
        CREATE VIEW gap_matrix AS
        WITH columns AS (
            SELECT s.id FROM study_group s
            WHERE s.merged_into IS NULL AND (
                EXISTS (SELECT 1 FROM document_study_group g WHERE g.study_group_id = s.id)
                OR EXISTS (SELECT 1 FROM category_study_group e WHERE e.study_group_id = s.id))
        )
        SELECT c.id AS category_id, c.parent_id, c.position, c.label, columns.id AS study_group_id,
            coalesce(cell.recommendations, 0) AS recommendations,
            coalesce(cell.work_in_progress, 0) AS work_in_progress,
            coalesce(cell.informative, 0) AS informative,
            coalesce(cell.documents, 0) AS documents,
            cell.newest_date,
            EXISTS (SELECT 1 FROM category_study_group e WHERE e.category_id = c.id AND e.study_group_id = columns.id)
                AS expected,
            EXISTS (SELECT 1 FROM category_study_group e WHERE e.category_id = c.id AND e.study_group_id = columns.id)
                AND coalesce(cell.documents, 0) = 0 AS gap
        FROM category c CROSS JOIN columns
            LEFT JOIN gap_cell cell ON cell.category_id = c.id AND cell.study_group_id = columns.id;

        -- Per category, over all study groups: what covers it, and whether only informative texts do.
        CREATE VIEW category_coverage AS
        SELECT c.id AS category_id, c.parent_id, c.position, c.label,
            count(DISTINCT CASE WHEN d.kind = 'recommendation' AND coalesce(d.status, 'in-force') <> 'superseded'
                THEN d.work END) AS recommendations,
            count(DISTINCT CASE WHEN d.kind IN ('contribution', 'td', 'liaison', 'report') THEN d.work END)
                AS work_in_progress,
            count(DISTINCT CASE WHEN d.kind = 'supplement' THEN d.work END) AS informative,
            count(DISTINCT d.work) AS documents,
            max(d.date) AS newest_date
        FROM category c LEFT JOIN document_category dc ON dc.category_id = c.id
            LEFT JOIN document_work d ON d.id = dc.document_id
        GROUP BY c.id;

        -- The repository of Resolution 103: requirements, use cases and standardization issues (gaps),
        -- filed under the passage's own labels, else under its document's. Superseded editions and
        -- translations of an English text are left out (the English original is in).
        CREATE VIEW repository_item AS
        SELECT coalesce(pl.category, dl.category) AS category_id,
            CASE WHEN pl.category IS NULL THEN 'document' ELSE 'passage' END AS filed_by,
            p.kind AS item_type, p.id AS passage_id, p.document_id, p.ordinal, p.section, p.heading, p.page,
            p.text, d.kind AS document_kind, d.identifier, d.edition, d.part, d.status,
            d.title AS document_title, d.date, d.language,
            (SELECT group_concat(study_group_id, ',') FROM (
                SELECT study_group_id FROM document_study_group WHERE document_id = d.id ORDER BY 1))
                AS study_groups
        FROM passage p JOIN document d ON d.id = p.document_id
            LEFT JOIN label pl ON pl.passage_id = p.id
            LEFT JOIN label dl ON pl.category IS NULL AND dl.document_id = p.document_id AND dl.passage_id IS NULL
        WHERE p.kind IN ('requirement', 'use-case', 'gap')
            AND coalesce(pl.category, dl.category) IS NOT NULL
            AND coalesce(d.status, '') <> 'superseded'
            AND NOT EXISTS (
                SELECT 1 FROM document_link k JOIN document original ON original.id = k.to_document_id
                WHERE k.from_document_id = d.id AND k.relation = 'translation-of'
                    AND original.language = 'en' AND d.language <> 'en');

        -- GovStack building blocks and the ITU-T texts that address them (through their categories).
        CREATE VIEW building_block_coverage AS
        SELECT b.id AS building_block_id, b.name AS building_block, d.id AS document_id, d.kind, d.identifier,
            d.edition, d.part, d.status, d.title, d.date, d.language,
            group_concat(DISTINCT cb.category_id) AS via_categories
        FROM building_block b JOIN category_building_block cb ON cb.building_block_id = b.id
            JOIN document_category dc ON dc.category_id = cb.category_id
            JOIN document d ON d.id = dc.document_id
        WHERE coalesce(d.status, '') <> 'superseded'
        GROUP BY b.id, d.id;
        """
}
