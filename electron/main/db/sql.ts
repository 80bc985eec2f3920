// SQL is written as a tagged template so that every interpolated value becomes a bound parameter: there is no
// way to splice a value into the text by accident.

export type SqlValue = string | number | bigint | null | Uint8Array;

export interface SqlQuery {
  readonly text: string;
  readonly values: SqlValue[];
}

export function sql(strings: TemplateStringsArray, ...values: SqlValue[]): SqlQuery {
  return { text: strings.join('?'), values };
}
