// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { existsSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LOCALES } from '../../shared/i18n/locale';

/**
 * `publiccode.yml` against the standard (publiccodeyml/publiccode.yml, docs/standard/schema.core.rst):
 * its mandatory keys and their value types, the controlled vocabularies, the length limits of the
 * descriptions, and agreement with the code (version, licence, languages).
 */
const CATEGORIES = `accounting agile-project-management applicant-tracking application-development
appointment-scheduling backup billing-and-invoicing blog budgeting business-intelligence
business-process-management cad call-center-management cloud-management collaboration communications
compliance-management contact-management content-management crm customer-service-and-support
data-analytics data-collection data-visualization design design-system digital-asset-management
digital-citizenship document-management donor-management e-commerce e-signature educational-content
email-management email-marketing employee-management enterprise-project-management
enterprise-social-networking erp event-management facility-management feedback-and-reviews-management
financial-reporting fleet-management fundraising gamification geographic-information-systems
grant-management graphic-design help-desk hr ide identity-management instant-messaging
inventory-management it-asset-management it-development it-management it-security
it-service-management knowledge-management learning-management-system marketing mind-mapping
mobile-marketing mobile-payment network-management office online-booking online-community
payment-gateway payroll predictive-analysis procurement productivity-suite project-collaboration
project-management property-management real-estate-management remote-support resource-management
sales-management seo service-desk social-media-management survey talent-management task-management
taxes-management test-management time-management time-tracking translation video-conferencing
video-editing visitor-management voip warehouse-management web-collaboration web-conferencing
website-builder whistleblowing workflow-management`.split(/\s+/);

const text = v.pipe(v.string(), v.minLength(1));
const url = v.pipe(v.string(), v.url());
const date = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const language = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/));
const contact = v.object({
  name: text,
  email: v.optional(v.string()),
  phone: v.optional(v.string()),
  affiliation: v.optional(v.string()),
});
const dependency = v.object({
  name: text,
  versionMin: v.optional(v.string()),
  versionMax: v.optional(v.string()),
  version: v.optional(v.string()),
  optional: v.optional(v.boolean()),
});
const Description = v.object({
  localisedName: v.optional(text),
  shortDescription: v.pipe(v.string(), v.minLength(1), v.maxLength(150)),
  longDescription: v.optional(v.pipe(v.string(), v.minLength(150), v.maxLength(10_000))),
  features: v.optional(v.array(text)),
  documentation: v.optional(url),
  screenshots: v.optional(v.array(text)),
});
const PubliccodeSchema = v.strictObject({
  publiccodeYmlVersion: v.pipe(v.string(), v.regex(/^0(\.\d+)?$/)),
  name: text,
  url,
  landingURL: v.optional(url),
  softwareVersion: v.optional(text),
  releaseDate: v.optional(date),
  platforms: v.union([text, v.pipe(v.array(text), v.minLength(1))]),
  categories: v.pipe(v.array(v.picklist(CATEGORIES)), v.minLength(1)),
  developmentStatus: v.picklist(['concept', 'development', 'beta', 'stable', 'obsolete']),
  softwareType: v.picklist([
    'standalone/mobile',
    'standalone/iot',
    'standalone/desktop',
    'standalone/web',
    'standalone/backend',
    'standalone/other',
    'addon',
    'library',
    'configurationFiles',
  ]),
  intendedAudience: v.optional(v.object({ countries: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z]{2}$/)))) })),
  description: v.pipe(
    v.record(language, Description),
    v.check((all) => Object.keys(all).length > 0, 'at least one language'),
    v.check(
      (all) => Object.values(all).some((entry) => entry.longDescription && entry.features?.length),
      'a long description and features',
    ),
  ),
  legal: v.object({ license: text, mainCopyrightOwner: v.optional(text), repoOwner: v.optional(text) }),
  maintenance: v.variant('type', [
    v.object({ type: v.picklist(['internal', 'community']), contacts: v.pipe(v.array(contact), v.minLength(1)) }),
    v.object({
      type: v.literal('contract'),
      contractors: v.pipe(v.array(v.object({ name: text, until: date })), v.minLength(1)),
      contacts: v.optional(v.array(contact)),
    }),
    v.object({ type: v.literal('none') }),
  ]),
  localisation: v.object({
    localisationReady: v.boolean(),
    availableLanguages: v.pipe(v.array(language), v.minLength(1)),
  }),
  dependsOn: v.optional(
    v.object({
      open: v.optional(v.array(dependency)),
      proprietary: v.optional(v.array(dependency)),
      hardware: v.optional(v.array(dependency)),
    }),
  ),
});

const read = (path: string) => readFileSync(path, 'utf8');

describe('publiccode.yml', () => {
  const file = parse(read('publiccode.yml')) as unknown;

  it('has every mandatory key of the standard, with values of the right types and vocabularies', () => {
    const result = v.safeParse(PubliccodeSchema, file);
    expect(result.issues?.map((issue) => `${v.getDotPath(issue) ?? ''}: ${issue.message}`) ?? []).toEqual([]);
  });

  it('says what the code says: version, licence and the languages of the interface', () => {
    const entry = v.parse(PubliccodeSchema, file);
    const pkg = JSON.parse(read('package.json')) as { version: string; license: string };
    expect(entry.softwareVersion).toBe(pkg.version);
    expect(entry.legal.license).toBe(pkg.license);
    expect(existsSync(`LICENSES/${pkg.license}.txt`)).toBe(true);
    expect([...entry.localisation.availableLanguages].sort()).toEqual([...LOCALES].sort());
    expect(Object.keys(entry.description).sort()).toEqual([...LOCALES].sort());
  });

  it('the check can fail: a missing key, a category outside the list and a long short description are each refused', () => {
    const entry = v.parse(PubliccodeSchema, file);
    const broken = [
      { ...entry, developmentStatus: undefined },
      { ...entry, categories: ['team-building'] },
      { ...entry, description: { en: { ...entry.description.en!, shortDescription: 'x'.repeat(151) } } },
      { ...entry, maintenance: { type: 'internal', contacts: [] } },
    ];
    for (const bad of broken) expect(v.safeParse(PubliccodeSchema, bad).success).toBe(false);
  });
});
