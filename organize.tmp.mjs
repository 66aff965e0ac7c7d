// Removes unused imports from the named files (TypeScript's organizeImports, without sorting).
import ts from 'typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
const files = process.argv.slice(2).map((f) => resolve(f));
const config = ts.getParsedCommandLineOfConfigFile(resolve(process.env.TSCONFIG ?? 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const host = {
  getScriptFileNames: () => [...new Set([...config.fileNames, ...files])],
  getScriptVersion: () => '1',
  getScriptSnapshot: (f) => (ts.sys.fileExists(f) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(f)) : undefined),
  getCurrentDirectory: () => process.cwd(),
  getCompilationSettings: () => config.options,
  getDefaultLibFileName: ts.getDefaultLibFilePath,
  fileExists: ts.sys.fileExists, readFile: ts.sys.readFile, readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists, getDirectories: ts.sys.getDirectories,
};
const service = ts.createLanguageService(host);
for (const file of files) {
  const changes = service.organizeImports({ type: 'file', fileName: file, mode: ts.OrganizeImportsMode.RemoveUnused }, {}, {});
  let text = readFileSync(file, 'utf8');
  for (const change of changes) for (const edit of [...change.textChanges].sort((a, b) => b.span.start - a.span.start))
    text = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.start + edit.span.length);
  writeFileSync(file, text);
}
