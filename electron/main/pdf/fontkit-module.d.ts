// fontkit 2 ships no type declarations. Only what the adapter touches is declared; pdf-lib sees the font through
// its own `Fontkit` interface.
declare module 'fontkit' {
  export interface FontkitSubset {
    includeGlyph(glyph: number | { id: number }): number;
    encode(): Uint8Array;
  }
  export interface FontkitFont {
    postscriptName: string | null;
    createSubset(): FontkitSubset;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}
