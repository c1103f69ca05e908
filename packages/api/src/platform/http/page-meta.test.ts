import { describe, expect, it } from 'vitest';
import { withPageMeta } from './page-meta';

const indexHtml =
  '<html><head><meta name="description" content="Skillcall: live help." /><title>Skillcall</title></head><body><div id="root"></div></body></html>';

describe('withPageMeta', () => {
  it.each([
    ['$&', '$&amp;'],
    ["$'", "$'"],
    ['$`', '$`'],
    ['$1', '$1'],
    ['$$', '$$'],
    ['$<name>', '$&lt;name&gt;'],
    ['</title><script>alert(1)</script>', '&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"quoted" and \'single\'', "&quot;quoted&quot; and 'single'"],
  ])('writes %s literally, escaped, once in each place', (text, escaped) => {
    const html = withPageMeta(indexHtml, { title: `Zed ${text}`, description: `About ${text}` }, 'https://help.example.org/experts/zed');
    expect(html).toContain(`<title>Zed ${escaped}</title>`);
    expect(html).toContain(`<meta property="og:title" content="Zed ${escaped}" />`);
    expect(html).toContain(`<meta name="description" content="About ${escaped}" />`);
    expect(html).toContain(`<meta property="og:description" content="About ${escaped}" />`);
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/<\/head>/g)).toHaveLength(1);
    expect(html.match(/<meta name="description"/g)).toHaveLength(1);
    expect(html).toContain('<body><div id="root"></div></body>');
  });
});
