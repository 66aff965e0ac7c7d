// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Text a member could type to attack other members or the people who open an export: script and
 * HTML injection, Markdown structure and links, spreadsheet formulas, and text that only looks odd.
 * Rendered, every entry must show as the same characters and do nothing; `__pwned` is what the
 * script payloads would set if they ever ran.
 */
export const INJECTION_CORPUS: readonly string[] = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '<svg onload="window.__pwned = 1"></svg>',
  '"><script>window.__pwned = 1</script>',
  "'><img src=x onerror=window.__pwned=1>",
  '<a href="https://evil.example">a link</a>',
  'javascript:window.__pwned=1',
  '[click me](javascript:window.__pwned=1)',
  '![tracker](https://evil.example/pixel.png)',
  '<https://evil.example/autolink>',
  'see https://evil.example/phish now',
  'www.evil.example',
  'mail me: someone@evil.example',
  '[x][ref]\n\n[ref]: https://evil.example',
  '&lt;b&gt;entity&lt;/b&gt; &amp; &#60;i&#62;',
  '# Heading',
  '> quoted',
  '- list item',
  '1. numbered',
  '| a | b |\n| - | - |\n| c | d |',
  '```\nfenced code\n```',
  '    indented code',
  '***',
  '**bold** _em_ ~~strike~~ `code`',
  'Setext heading\n===',
  '=HYPERLINK("https://evil.example","Rechnung")',
  '+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  'a,b;"c"\nd',
  '\u202Egnp.exe',
  'zero\u200Bwidth',
  '{{constructor.constructor("window.__pwned = 1")()}}',
  '${window.__pwned = 1}',
  'Ünïcödé – „Grüße“ ß',
];
