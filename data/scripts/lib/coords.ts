/** The coordinate sanity checks live in src/lib/geo/coords.ts (the bureau's import uses them too). */
export * from '../../../src/lib/geo/coords';
