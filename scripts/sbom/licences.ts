// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Licences a dependency that ships inside one of our artifacts may have: permissive licences and
 * weak copyleft that is compatible with distributing the whole under the EUPL-1.2 (file-level
 * MPL-2.0; the EUPL itself). Anything else needs a person's decision, not a build.
 */
export const ALLOWED_LICENCES = [
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'CC0-1.0',
  'EUPL-1.2',
  'ISC',
  'MIT',
  'MPL-2.0',
  'Unlicense',
] as const;

/**
 * Whether an SPDX expression is allowed: for `A OR B` one side must be, for `A AND B` both. Anything
 * else (a missing licence, `SEE LICENSE IN …`, an exception, nested parentheses) is refused.
 */
export function licenceAllowed(expression: string | null): boolean {
  if (!expression) return false;
  const inner = expression.trim().replace(/^\((.*)\)$/, '$1');
  if (/[()]/.test(inner) || / WITH /.test(inner)) return false;
  const allowed = new Set<string>(ALLOWED_LICENCES);
  return inner.split(/ OR /).some((alternative) => alternative.split(/ AND /).every((id) => allowed.has(id.trim())));
}

/** The licence of a CycloneDX component as one SPDX expression, or null when it names none. */
export function licenceOf(component: {
  licenses?: { license?: { id?: string; name?: string }; expression?: string }[];
}): string | null {
  const parts = (component.licenses ?? []).map(
    (entry) => entry.expression ?? entry.license?.id ?? entry.license?.name ?? '',
  );
  const named = parts.filter(Boolean);
  if (named.length === 0) return null;
  return named.length === 1 ? named[0]! : named.map((part) => `(${part})`).join(' AND ');
}
