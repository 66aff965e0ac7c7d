// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// `npm run screenshots`: every view of the product, in German, at the widths people use, for people
// to look at. It builds (see package.json), starts the local sync server, takes the tour of every
// view (`tour.ts`) and writes PNGs to .output/screenshots/ with an index.html and overflow.txt (what
// sticks out sideways).
import { camera } from './camera';
import { tour } from './tour';

const OUT = '.output/screenshots';
const shots = camera(OUT);
try {
  await tour((page, name, variants) => shots.shoot(page, name, variants));
} finally {
  const { shots: count, overflowing } = shots.finish();
  console.log(`${count} pictures in ${OUT}; ${overflowing} with something sticking out sideways (overflow.txt)`);
}
