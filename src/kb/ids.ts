/**
 * The documented id pattern (CONTRIBUTING “编号规则”): a report's id prefix is the city's
 * short name and the year (xt2023); a later report's sections and categories carry it
 * (xt2024-transport); an entry id is <prefix>-<category or section, prefix left out>-<NN>.
 */

/** A report's id prefix, as a pattern: letters, then a year. */
export const ID_PREFIX = /[a-z]{2,8}\d{4}/;

const LEADING_PREFIX = new RegExp(`^${ID_PREFIX.source}-`);

/** An id without a report's prefix: transport for xt2024-transport, and for transport. */
export const withoutIdPrefix = (id: string) => id.replace(LEADING_PREFIX, '');

/** The start of an entry id, up to its number: xt2024-transport- for a category xt2024-transport (or transport). */
export const entryIdStem = (prefix: string, categoryOrSection: string) => `${prefix}-${withoutIdPrefix(categoryOrSection)}-`;
