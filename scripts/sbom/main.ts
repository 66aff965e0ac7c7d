// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// `npm run sbom`: a CycloneDX SBOM per artifact (extension, web app, sync server) in .output/sbom/,
// listing the npm packages whose code ships in it with their licences, and a check of those
// licences against the allow-list. Exits non-zero if one is missing or not allowed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ALLOWED_LICENCES, licenceAllowed, licenceOf } from './licences.ts';
import { ARTIFACTS, type Artifact, shippedPackages } from './shipped.ts';

interface Component {
  'bom-ref': string;
  name: string;
  version: string;
  licenses?: { license?: { id?: string; name?: string }; expression?: string }[];
}
interface Bom {
  metadata: Record<string, unknown> & { component: Record<string, unknown> };
  components: Component[];
  dependencies?: { ref: string; dependsOn?: string[] }[];
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; license: string };
// npm's SBOM of everything installed: shipped code can come from a dev dependency (WXT's runtime).
const all = JSON.parse(
  execFileSync('npm', ['sbom', '--sbom-format', 'cyclonedx'], { encoding: 'utf8', maxBuffer: 64 << 20 }),
) as Bom;

mkdirSync('.output/sbom', { recursive: true });
const rows: string[][] = [];
const problems: string[] = [];
for (const artifact of Object.keys(ARTIFACTS) as Artifact[]) {
  const shipped = await shippedPackages(artifact);
  const components = all.components.filter((component) => shipped.get(component.name) === component.version);
  for (const [name, version] of shipped) {
    if (!components.some((component) => component.name === name))
      problems.push(`${artifact}: ${name}@${version} is not in npm's SBOM`);
  }
  const refs = new Set(components.map((component) => component['bom-ref']));
  const bom: Bom = {
    ...all,
    metadata: {
      ...all.metadata,
      component: {
        'bom-ref': `team-rituals-${artifact}@${pkg.version}`,
        type: 'application',
        name: ARTIFACTS[artifact].title,
        version: pkg.version,
        licenses: [{ license: { id: pkg.license } }],
      },
    },
    components,
    dependencies: (all.dependencies ?? [])
      .filter((entry) => refs.has(entry.ref))
      .map((entry) => ({ ref: entry.ref, dependsOn: (entry.dependsOn ?? []).filter((ref) => refs.has(ref)) })),
  };
  writeFileSync(`.output/sbom/${artifact}.cdx.json`, `${JSON.stringify(bom, null, 2)}\n`);
  for (const component of components.sort((a, b) => a.name.localeCompare(b.name))) {
    const licence = licenceOf(component);
    const ok = licenceAllowed(licence);
    rows.push([artifact, component.name, component.version, licence ?? '(none)', ok ? 'allowed' : 'NOT ALLOWED']);
    if (!ok) problems.push(`${artifact}: ${component.name}@${component.version} has licence ${licence ?? '(none)'}`);
  }
}

console.table(
  rows.map(([artifact, name, version, licence, verdict]) => ({ artifact, package: name, version, licence, verdict })),
);
console.log(`allowed: ${ALLOWED_LICENCES.join(', ')}`);
console.log('written: .output/sbom/extension.cdx.json, web-app.cdx.json, worker.cdx.json (CycloneDX)');
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
