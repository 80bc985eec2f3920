// An evidence item's number within its case, as the gallery shows it: E001, E002, …

export function evidenceLabel(seq: number): string {
  return `E${String(seq).padStart(3, '0')}`;
}

/** "E001–E004、E006" in Chinese, "E001–E004, E006" in English: runs of three or more are written as a range. */
export function evidenceList(seqs: readonly number[], style: 'zh' | 'en'): string {
  const sorted = [...new Set(seqs)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    const from = sorted[i] ?? 0;
    const to = sorted[j] ?? 0;
    if (j - i >= 2) parts.push(`${evidenceLabel(from)}–${evidenceLabel(to)}`);
    else for (let k = i; k <= j; k++) parts.push(evidenceLabel(sorted[k] ?? 0));
    i = j + 1;
  }
  return parts.join(style === 'zh' ? '、' : ', ');
}
