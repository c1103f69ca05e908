import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness';
import { categoryIdBySlug, createApprovedExpert } from '../../seed/expert-factories';
import { updateExpert } from './expert.queries';

let t: TestApp;
const indexHtml = `<!doctype html><html><head><meta name="description" content="Skillcall: live help." /><title>Skillcall</title></head><body><div id="root"></div></body></html>`;

beforeAll(async () => {
  const dist = await mkdtemp(path.join(os.tmpdir(), 'skillcall-web-'));
  await writeFile(path.join(dist, 'index.html'), indexHtml);
  t = await startTestApp({ WEB_DIST_DIR: dist, PUBLIC_URL: 'https://help.example.org' });
});
afterAll(() => t.close());

describe('shareable pages', () => {
  it('serve the expert’s and the offering’s own title, description and Open Graph tags, escaped, to link previews', async () => {
    const cooking = await categoryIdBySlug(t.app.database.db, 'cooking');
    const { expert, offerings } = await createApprovedExpert(t.app.database.db, {
      displayName: 'Chloé <Chef> Dubois',
      headline: 'Cuisine du marché & recettes de saison',
      bio: 'Je cuisine avec ce que le marché offre: des recettes simples, "de saison", que vous referez.',
      skills: ['cuisine'],
      categoryIds: [cooking],
      languages: ['fr'],
      country: 'FR',
      timeZone: 'Europe/Paris',
      approvedAt: new Date('2026-01-01T00:00:00Z'),
      offerings: [
        {
          title: 'Un dîner de saison',
          description: 'Trois plats de saison, du marché à la table, en une heure.',
          categoryId: cooking,
          languages: ['fr'],
          price: { model: 'FREE', durationMinutes: 30 },
          cancellationPolicy: 'FLEXIBLE',
        },
      ],
    });
    const html = await (await fetch(`${t.url}/experts/${expert.slug}`)).text();
    expect(html).toContain('<title>Chloé &lt;Chef&gt; Dubois · Cuisine du marché &amp; recettes de saison · Skillcall</title>');
    expect(html).toContain(
      '<meta name="description" content="Je cuisine avec ce que le marché offre: des recettes simples, &quot;de saison&quot;, que vous referez." />',
    );
    expect(html).toContain(`<meta property="og:url" content="https://help.example.org/experts/${expert.slug}" />`);
    expect(html).toContain('<div id="root"></div>');

    const offeringHtml = await (await fetch(`${t.url}/experts/${expert.slug}/${offerings[0]!.slug}`)).text();
    expect(offeringHtml).toContain('<title>Un dîner de saison · Chloé &lt;Chef&gt; Dubois · Skillcall</title>');

    await updateExpert(t.app.database.db, expert.id, { status: 'SUSPENDED' });
    const hidden = await (await fetch(`${t.url}/experts/${expert.slug}`)).text();
    expect(hidden).toContain('<title>Skillcall</title>');
    expect(hidden).not.toContain('Chloé');
    expect(await (await fetch(`${t.url}/experts/nobody-here`)).text()).toBe(indexHtml);
  });
});
