/** The export's ZIP: a README saying what each file is, one pretty-printed JSON file per category, and the workspaces' own files (fflate). */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { exportFiles, type CollectedExport, type ExportFileName } from './data-export.collect';

function readme(files: ExportFileName[], createdAt: Date): string {
  const lines = files.map((name) => `${name}\n    ${exportFiles[name]}`);
  return [
    'Your Skillcall data',
    `Prepared on ${createdAt.toISOString()} (times in the files are UTC, ISO 8601; amounts are in minor units, e.g. cents).`,
    '',
    ...lines,
    '',
    'Recordings are not inside this archive: recordings.json gives the address of each one, to open while signed in.',
    '',
  ].join('\n');
}

export function buildArchive({ documents, files }: CollectedExport, createdAt: Date): Buffer {
  const names = (Object.keys(exportFiles) as ExportFileName[]).filter((name) => name in documents);
  const entries: Zippable = { 'README.txt': strToU8(readme(names, createdAt)) };
  for (const name of names) entries[name] = strToU8(`${JSON.stringify(documents[name], null, 2)}\n`);
  for (const [name, text] of Object.entries(files)) entries[name] = strToU8(text);
  return Buffer.from(zipSync(entries, { level: 6, mtime: createdAt }));
}
