// SAR task detail (API) → the rows and file summaries the SAR results panel shows. Everything
// becomes a display string here, so the webview never needs the API types; the export's columns.
import type { SarFile, SarResultItem, SarTaskDetail } from '../../api';
import type { SarFileView } from '../../protocol/sar';
import type { SarRow } from '../../protocol/sarQuery';
import type { Column } from '../../platform/export/columns';

function targetsOf(item: SarResultItem): string[] {
  if (item.targets.length > 0) return [...item.targets];
  const standardized = item.standardizedTargets.map((t) => t.nameEn ?? t.nameCn ?? t.id ?? '').filter((t) => t !== '');
  if (standardized.length > 0) return standardized;
  return item.experimentalTarget ? [item.experimentalTarget] : [];
}

function dosingOf(item: SarResultItem): string {
  const d = item.dosingRegimen;
  return d ? [d.route, d.dosage, d.frequency, d.duration].filter((p) => p !== undefined && p !== '').join(', ') : '';
}

export function sarRow(item: SarResultItem, file: SarFile, key: number): SarRow {
  return {
    key,
    fileId: file.id,
    fileName: file.name ?? file.id,
    smiles: item.structure?.smiles ?? '',
    inchiKey: item.structure?.inchiKey ?? '',
    compound: item.substanceCode?.name ?? item.otherName ?? '',
    code: item.substanceCode?.code ?? '',
    indicator: item.indicator ?? '',
    value: item.value ?? '',
    numericValue: item.numericValue ?? null,
    unit: item.unit ?? '',
    targets: targetsOf(item),
    proteinSubtype: item.proteinSubtype ?? '',
    method: item.experimentalMethod ?? '',
    subject: item.experimentalSubject ?? '',
    purpose: item.experimentalPurpose ?? '',
    dosing: dosingOf(item),
    page: item.source?.page ?? null,
  };
}

/** Every file's items in file order; `key` numbers them across files. */
export function sarRows(detail: SarTaskDetail): SarRow[] {
  const rows: SarRow[] = [];
  for (const file of detail.files) for (const item of file.items) rows.push(sarRow(item, file, rows.length));
  return rows;
}

export function sarFileViews(detail: SarTaskDetail): SarFileView[] {
  return detail.files.map((f) => ({ id: f.id, name: f.name ?? f.id, status: f.status, items: f.items.length }));
}

/** The SAR table's columns as the panel shows them, plus the structure's SMILES and InChIKey. */
export const sarColumns: readonly Column<SarRow>[] = [
  { key: 'file', header: 'File', value: (r) => r.fileName },
  { key: 'compound', header: 'Compound', value: (r) => r.compound },
  { key: 'code', header: 'Code', value: (r) => r.code },
  { key: 'smiles', header: 'SMILES', value: (r) => r.smiles },
  { key: 'inchiKey', header: 'InChIKey', value: (r) => r.inchiKey },
  { key: 'indicator', header: 'Indicator', value: (r) => r.indicator },
  { key: 'value', header: 'Value', value: (r) => r.value },
  { key: 'unit', header: 'Unit', value: (r) => r.unit },
  { key: 'targets', header: 'Targets', value: (r) => r.targets },
  { key: 'proteinSubtype', header: 'Protein subtype', value: (r) => r.proteinSubtype },
  { key: 'method', header: 'Method', value: (r) => r.method },
  { key: 'subject', header: 'Subject', value: (r) => r.subject },
  { key: 'purpose', header: 'Purpose', value: (r) => r.purpose },
  { key: 'dosing', header: 'Dosing regimen', value: (r) => r.dosing },
  { key: 'page', header: 'Source page', value: (r) => r.page },
];
