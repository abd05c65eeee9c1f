// Small typed builders for the pages' wire payloads, so each test states only what it cares about.

type Wire = Record<string, unknown>;

export function name(name: string, lang = 'EN'): Wire {
  return { lang, name };
}

export function drugItem(id: string, overrides: Wire = {}): Wire {
  return {
    drug_id: id,
    drug_name: [name(`Drug ${id}`), name(`药物 ${id}`, 'CN')],
    drug_type: [{ normalized_id: 'type-1', display_name: [name('Small molecule drug')] }],
    ...overrides,
  };
}

export function drugPage(items: Wire[], total: number, offset = 0, limit = items.length): Wire {
  return { items, total, offset, limit, total_dev_status: 3 };
}

export function milestoneItem(overrides: Wire = {}): Wire {
  return {
    date: '2025-09-09',
    event: [{ id: 'event-1', display_name: [name('Approval')] }],
    country: [{ country_id: 'country-us', alpha2_code: 'US', display_name: [name('United States'), name('美国', 'CN')] }],
    disease: [{ disease_id: 'disease-1', display_name: [name('Uveitic Macular Edema')] }],
    description: [name('Approved in the US')],
    event_status: { id: 'status-1', display_name: [name('Completed')] },
    organization: [{ organization_id: 'org-1', display_name: [name('Roche Holding AG')] }],
    milestone_tag: [name('First approval')],
    ...overrides,
  };
}

export function paperItem(id: string, overrides: Wire = {}): Wire {
  return {
    paper_id: id,
    doi: '10.1007/s00262-011-1007-5',
    title: `Paper ${id}`,
    author: ['John Smith', 'Jane Doe'],
    pubmed: ['https://pubmed.ncbi.nlm.nih.gov/39912419'],
    source: 'https://example.org/paper.pdf',
    doc_type: 'Journal',
    epub_date: 20110327,
    institution: ['Harvard Medical School'],
    publication: 'Cancer Immunology, Immunotherapy',
    abstract_text: 'Programmed death 1…',
    published_date: '20110701',
    structure_count: 5,
    ...overrides,
  };
}

export function patentItem(pn: string, overrides: Wire = {}): Wire {
  return {
    pn,
    claimed: true,
    location: { APP: ['5'], FIG: ['1A'] },
    patent_id: `id-${pn}`,
    sequence_id_number: ['1'],
    ...overrides,
  };
}

export function sarItemSnake(overrides: Wire = {}): Wire {
  return {
    unit: 'nM',
    match: true,
    value: 10,
    source: { x: 100, y: 200, page: 1, width: 300, height: 50 },
    target: ['EGFR', 'HER2'],
    indicator: 'IC50',
    result_id: 'result_123456',
    structure: { mol: 'MOL', smiles: 'CC(=O)Oc1ccccc1C(=O)O', inchy_key: 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N' },
    other_name: 'Compound A',
    value_source: 'Literature',
    dosing_regimen: { route: 'Oral', dosage: '10 mg/kg', duration: '7 days', frequency: 'Once daily' },
    substance_code: { code: 'C001', name: 'Compound A' },
    protein_subtype: 'EGFR-T790M',
    experimental_method: 'MTT assay',
    experimental_target: 'EGFR',
    standardized_target: [{ target_id: 'T001', display_name_cn: '表皮生长因子受体', display_name_en: 'EGFR' }],
    experimental_purpose: 'Cytotoxicity',
    experimental_subject: 'Cell line',
    ...overrides,
  };
}

/** The camelCase spelling the page's own schema table shows. */
export function sarItemCamel(overrides: Wire = {}): Wire {
  return {
    unit: 'nM',
    value: '10',
    resultId: 'result_001',
    indicator: 'IC50',
    structure: { smiles: 'CC(=O)Oc1ccccc1C(=O)O', inchyKey: 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N' },
    standardizedTarget: [{ targetId: 'T001', displayNameCn: '表皮生长因子受体', displayNameEn: 'EGFR' }],
    ...overrides,
  };
}
