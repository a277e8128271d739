/**
 * The layout's breakpoints (viewport widths in CSS px), one place for the code and the stylesheets.
 * The stylesheets write them as literals, `@media (max-width: 700px)`: src/styles/stylesheets.test.ts
 * checks that every @media width in the stylesheets under src/ is one of these, and that each file has at most one
 * block per query.
 */

/** Phones: the side and details panels become sheets at the bottom; touch targets are 44 px. */
export const PHONE_MAX_PX = 700;
/** The media query of a phone, for matchMedia. */
export const PHONE_QUERY = `(max-width: ${PHONE_MAX_PX}px)`;

/** Narrow screens: the details panel leaves the right edge for the bottom. */
export const NARROW_MAX_PX = 1100;

/** The pages (directory, park profile) go to one column, and the header's tabs take a row of their own. */
export const ONE_COLUMN_MAX_PX = 760;

/** Every width the stylesheets may use in a media query. */
export const BREAKPOINTS_PX: readonly number[] = [PHONE_MAX_PX, ONE_COLUMN_MAX_PX, NARROW_MAX_PX];
