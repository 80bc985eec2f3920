// What the confirmed party's snapshot says, read defensively: the contract types it as unknown because the
// snapshot is stored exactly as it was taken, and an older snapshot may lack a field a newer one has.

export interface SnapshotFacts {
  key: string | null;
  address: string | null;
  uscc: string | null;
  datasetVersion: string | null;
  secondSource: { name: string | null; datasetVersion: string | null } | null;
}

type Bag = Record<string, unknown>;

const bag = (v: unknown): Bag | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Bag) : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

function versionId(record: Bag | null): string | null {
  const version = bag(record?.['datasetVersion']);
  return str(version?.['id']) ?? str(record?.['datasetVersion']);
}

export function snapshotFacts(snapshot: unknown): SnapshotFacts {
  const root = bag(snapshot);
  const record = bag(root?.['record']);
  const second = bag(root?.['secondSource']);
  return {
    key: str(record?.['key']),
    address: str(record?.['address']),
    uscc: str(record?.['uscc']),
    datasetVersion: versionId(record),
    secondSource: second ? { name: str(second['name']), datasetVersion: versionId(second) } : null,
  };
}
